import { defineRule } from "../../rule";

export const AML_ACR_11 = defineRule({
  id: "AML-ACR-11",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_165"],
  cause: "The container registry is not geo-replicated",
  explanation: "A regional outage would stop image pulls.",
  fix: "add georeplications (at extra cost)",
  check: (r) => Array.isArray(r.attrs.georeplications) && r.attrs.georeplications.length > 0 ? "pass" : "fail",
});
