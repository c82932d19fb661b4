import { defineRule, block, notEquals } from "../../rule";

export const AML_SA_13 = defineRule({
  id: "AML-SA-13",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV2_AZURE_38", "AVD-AZU-0056"],
  cause: "The storage account has no blob soft delete",
  explanation: "Deleted or overwritten blobs cannot be recovered.",
  fix: "keep blobSoftDeleteDays (7 by default)",
  check: (r) => {
    if (r.attrs.account_kind === "FileStorage") return "fail";
    const policy = block(block(r.attrs.blob_properties)?.delete_retention_policy);
    if (!policy) return "fail";
    return notEquals(policy.days, 0);
  },
});
