import { defineRule, block, equals } from "../../rule";

export const AML_KV_03 = defineRule({
  id: "AML-KV-03",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault"],
  sources: ["CKV_AZURE_109", "AVD-AZU-0013", "Azure Policy 55615ac9"],
  cause: "The Key Vault's firewall does not deny by default",
  explanation: "Without a default deny, every network can reach the vault's data plane.",
  fix: "set network_acls.default_action Deny (the Workspace's default, with the Azure services bypass)",
  check: (r) => equals(block(r.attrs.network_acls)?.default_action, "Deny"),
});
