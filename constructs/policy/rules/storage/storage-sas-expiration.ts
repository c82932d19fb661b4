import { defineRule, block, present } from "../../rule";

export const AML_SA_04 = defineRule({
  id: "AML-SA-04",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV2_AZURE_41"],
  cause: "SAS tokens of the storage account do not expire",
  explanation: "A leaked SAS without an expiry policy stays valid.",
  fix: "turn shared keys off, or set sas_policy.expiration_period",
  check: (r) => {
    if (r.attrs.shared_access_key_enabled === false) return "pass";
    if (r.attrs.shared_access_key_enabled === undefined) return "fail";
    return present(block(r.attrs.sas_policy)?.expiration_period);
  },
});
