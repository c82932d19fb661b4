import { defineRule, present } from "../../rule";

export const AML_ACR_07 = defineRule({
  id: "AML-ACR-07",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_167"],
  cause: "The container registry has no retention policy for untagged manifests",
  explanation: "Untagged manifests pile up and keep vulnerable layers around.",
  fix: "keep retentionDays (7 by default on Premium)",
  check: (r) => present(r.attrs.retention_policy_in_days),
});
