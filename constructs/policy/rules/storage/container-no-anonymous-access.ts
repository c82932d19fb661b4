import { defineRule, equals } from "../../rule";

export const AML_SC_01 = defineRule({
  id: "AML-SC-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_container"],
  sources: ["CKV_AZURE_34", "CKV2_AZURE_8", "AVD-AZU-0007"],
  cause: "The blob container allows anonymous access",
  explanation: "Anonymous containers leak data to anyone with the URL.",
  fix: "keep container_access_type private (addContainerDatastore's default)",
  check: (r) => r.attrs.container_access_type === undefined ? "pass" : equals(r.attrs.container_access_type, "private"),
});
