import { defineRule, equals } from "../../rule";

export const AML_KV_04 = defineRule({
  id: "AML-KV-04",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_key_vault"],
  sources: ["CKV_AZURE_189", "Azure Policy 405c5871", "Azure Policy 55615ac9"],
  cause: "The Key Vault accepts traffic from public networks",
  explanation: "Public endpoints expose the vault to the internet, protected by its firewall alone.",
  fix: "make the workspace private so its Key Vault follows",
  check: (r) => equals(r.attrs.public_network_access_enabled, false),
});
