import { defineRule, present } from "../../rule";

export const AML_KVS_02 = defineRule({
  id: "AML-KVS-02",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault_secret"],
  sources: ["CKV_AZURE_114", "AVD-AZU-0015"],
  cause: "The Key Vault secret has no content type",
  explanation: "A content type tells consumers how to use the secret and is required by policy.",
  fix: "set content_type on the secret",
  check: (r) => present(r.attrs.content_type),
});
