import { defineRule } from "../../rule";

export const AML_KVS_01 = defineRule({
  id: "AML-KVS-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault_secret"],
  sources: ["CKV_AZURE_41", "AVD-AZU-0017"],
  cause: "The Key Vault secret has no expiration date",
  explanation: "Secrets without expiry are never rotated out.",
  fix: "set expiration_date on the secret",
  check: (r) => {
    const d = r.attrs.expiration_date;
    return typeof d === "string" && /^\d{4}-\d{2}-\d{2}T/.test(d) ? "pass" : "fail";
  },
});
