import { defineRule, equals } from "../../rule";

export const AML_SA_02 = defineRule({
  id: "AML-SA-02",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_190", "CKV2_AZURE_47", "Azure Policy 4fa4b6c0"],
  cause: "The storage account allows public (anonymous) blob access",
  explanation: "Anonymous access to containers leaks data to anyone with the URL.",
  fix: "set allow_nested_items_to_be_public to false (the Workspace's default)",
  check: (r) => equals(r.attrs.allow_nested_items_to_be_public, false),
});
