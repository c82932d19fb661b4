import { defineRule, block } from "../../rule";

export const AML_SA_10 = defineRule({
  id: "AML-SA-10",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV2_AZURE_33", "Azure Policy 6edd7eda"],
  cause: "The storage account has no auto-approved private endpoint",
  explanation: "Without a private endpoint, clients reach the data over public networks.",
  fix: "add privateEndpoints to the workspace (blob and file endpoints are created)",
  check: (r, stack) => stack.resources.some((pe) => pe.type === "azurerm_private_endpoint" && stack.refersTo(block(pe.attrs.private_service_connection)?.private_connection_resource_id, r)) ? "pass" : "fail",
});
