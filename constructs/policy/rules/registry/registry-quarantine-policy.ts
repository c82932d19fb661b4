import { defineRule, equals } from "../../rule";

export const AML_ACR_06 = defineRule({
  id: "AML-ACR-06",
  tier: "A",
  severity: "warning",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_166"],
  cause: "The container registry does not quarantine new images",
  explanation: "Quarantine holds images until they are scanned. A warning: Azure ML cannot pull the images it builds from a quarantining registry.",
  fix: "enable quarantine_policy_enabled only with a scanning pipeline that releases Azure ML's images",
  check: (r) => equals(r.attrs.quarantine_policy_enabled, true),
});
