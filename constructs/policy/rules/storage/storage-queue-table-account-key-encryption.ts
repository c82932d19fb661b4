import { defineRule, all, equals } from "../../rule";

export const AML_SA_18 = defineRule({
  id: "AML-SA-18",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["Azure Policy f0e5abd0", "Azure Policy 7c322315"],
  cause: "Queues and tables of the storage account are not encrypted with the account key",
  explanation: "With a customer-managed key, queue and table encryption must use the account key to be covered.",
  fix: "set encryption on the Workspace (queue and table encryption then use the account key)",
  check: (r) => all(equals(r.attrs.queue_encryption_key_type, "Account"), equals(r.attrs.table_encryption_key_type, "Account")),
});
