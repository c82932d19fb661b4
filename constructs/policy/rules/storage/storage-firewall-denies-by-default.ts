import { defineRule, block } from "../../rule";

export const AML_SA_07 = defineRule({
  id: "AML-SA-07",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_storage_account"],
  sources: ["AVD-AZU-0012", "CKV_AZURE_35", "Azure Policy 2a1a9cdf", "Azure Policy 34c877ad"],
  cause: "The storage account's firewall does not deny by default",
  explanation: "Without a default deny, every network can reach the account's endpoints.",
  fix: "make the workspace private: its storage then denies by default, Azure services excepted",
  check: (r, stack) => {
    const inline = block(r.attrs.network_rules)?.default_action;
    const separate = stack.ofType("azurerm_storage_account_network_rules").filter((n) => stack.refersTo(n.attrs.storage_account_id, r));
    if (separate.some((n) => n.attrs.default_action === "Allow")) return "fail";
    if (inline === "Deny" || separate.some((n) => n.attrs.default_action === "Deny")) return "pass";
    return "fail";
  },
});
