import { defineRule, equals } from "../../rule";

export const AML_SA_15 = defineRule({
  id: "AML-SA-15",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_244"],
  cause: "The storage account allows local (SFTP) users",
  explanation: "Local users authenticate with passwords or keys outside Entra ID.",
  fix: "set local_user_enabled false (the Workspace's default)",
  check: (r) => equals(r.attrs.local_user_enabled, false),
});
