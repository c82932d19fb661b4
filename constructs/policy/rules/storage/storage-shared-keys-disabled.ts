import { defineRule, equals } from "../../rule";

export const AML_SA_03 = defineRule({
  id: "AML-SA-03",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV2_AZURE_40", "Azure Policy 8c6a50c6"],
  cause: "The storage account allows shared key (account key and SAS) access",
  explanation: "Account keys grant full access, do not expire and bypass Entra ID.",
  fix: "keep sharedAccessKeyEnabled false (the Workspace's default, with identity-based datastores)",
  check: (r) => equals(r.attrs.shared_access_key_enabled, false),
});
