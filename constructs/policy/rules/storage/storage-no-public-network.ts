import { defineRule, equals } from "../../rule";

export const AML_SA_01 = defineRule({
  id: "AML-SA-01",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_59", "Azure Policy b2982f36"],
  cause: "The storage account accepts traffic from public networks",
  explanation: "Public endpoints expose data to the internet, protected by credentials alone.",
  fix: "make the workspace private (publicNetworkAccessEnabled: false) so its storage follows",
  check: (r) => equals(r.attrs.public_network_access_enabled, false),
});
