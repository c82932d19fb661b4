import { defineRule, notEquals } from "../../rule";

export const AML_ACR_04 = defineRule({
  id: "AML-ACR-04",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_138"],
  cause: "The container registry allows anonymous pulls",
  explanation: "Anyone could pull the workspace's images.",
  fix: "set anonymous_pull_enabled false (the default)",
  check: (r) => notEquals(r.attrs.anonymous_pull_enabled, true),
});
