import { defineRule, oneOf } from "../../rule";

export const AML_SA_12 = defineRule({
  id: "AML-SA-12",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_206", "AVD-AZU-0058"],
  cause: "The storage account is not geo-redundant",
  explanation: "A regional outage would make the data unavailable, or lose it.",
  fix: "use replicationType GRS, RAGRS, GZRS or RAGZRS (GRS is the default)",
  check: (r) => oneOf(r.attrs.account_replication_type, ["GRS", "RAGRS", "GZRS", "RAGZRS"]),
});
