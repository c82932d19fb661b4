import { defineRule, oneOf } from "../../rule";

export const AML_KVK_02 = defineRule({
  id: "AML-KVK-02",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault_key"],
  sources: ["CKV_AZURE_112"],
  cause: "The Key Vault key is not backed by an HSM",
  explanation: "Software keys can be exported from memory; HSM keys cannot.",
  fix: "use keyType RSA-HSM (the default) in a premium vault",
  check: (r) => oneOf(r.attrs.key_type, ["RSA-HSM", "EC-HSM"]),
});
