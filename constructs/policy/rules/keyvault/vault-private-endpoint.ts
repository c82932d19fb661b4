import { defineRule } from "../../rule";

export const AML_KV_05 = defineRule({
  id: "AML-KV-05",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_key_vault"],
  sources: ["CKV2_AZURE_32", "Azure Policy a6abeaec"],
  cause: "The Key Vault has no auto-approved private endpoint (vault)",
  explanation: "Without a private endpoint, clients reach the vault over public networks.",
  fix: "add privateEndpoints to the workspace",
  check: (r, stack) => stack.privateEndpointsTo(r, "vault").length > 0 ? "pass" : "fail",
});
