import { defineRule } from "../../rule";

export const AML_KV_06 = defineRule({
  id: "AML-KV-06",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault"],
  sources: ["Azure Policy 12d4fa5e"],
  cause: "The Key Vault uses access policies instead of Azure RBAC",
  explanation: "Access policies are not audited or governed like role assignments.",
  fix: "set rbac_authorization_enabled true (the Workspace's default)",
  check: (r) => r.attrs.rbac_authorization_enabled === true || r.attrs.enable_rbac_authorization === true ? "pass" : "fail",
});
