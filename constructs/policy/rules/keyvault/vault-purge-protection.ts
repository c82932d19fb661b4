import { defineRule, equals } from "../../rule";

export const AML_KV_01 = defineRule({
  id: "AML-KV-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault"],
  sources: ["CKV_AZURE_110", "CKV_AZURE_42", "AVD-AZU-0016", "Azure Policy 0b60c0b2"],
  cause: "The Key Vault has no purge protection",
  explanation: "Deleted keys and secrets could be purged before recovery, and customer-managed keys need it.",
  fix: "set purge_protection_enabled true (the Workspace's default)",
  check: (r) => equals(r.attrs.purge_protection_enabled, true),
});
