import { defineRule } from "../../rule";

export const AML_KVK_01 = defineRule({
  id: "AML-KVK-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault_key"],
  sources: ["CKV_AZURE_40", "AVD-AZU-0014"],
  cause: "The Key Vault key has no expiration date",
  explanation: "Keys without expiry are never rotated out.",
  fix: "set encryption.key.expirationDate (an RFC 3339 time, written in code)",
  check: (r) => {
    const d = r.attrs.expiration_date;
    return typeof d === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(d) ? "pass" : "fail";
  },
});
