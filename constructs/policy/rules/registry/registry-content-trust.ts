import { defineRule, equals } from "../../rule";

export const AML_ACR_08 = defineRule({
  id: "AML-ACR-08",
  tier: "A",
  severity: "warning",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_164"],
  cause: "The container registry does not enforce content trust",
  explanation: "Signed images prove their origin. A warning: Docker Content Trust is being retired by Azure in favour of Notation signing.",
  fix: "sign images with Notation, or set trust_policy_enabled",
  check: (r) => equals(r.attrs.trust_policy_enabled, true),
});
