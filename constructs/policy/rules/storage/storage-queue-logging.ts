import { defineRule, all, block, equals } from "../../rule";

export const AML_SA_14 = defineRule({
  id: "AML-SA-14",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_33", "AVD-AZU-0057", "AVD-AZU-0009"],
  cause: "The storage account does not log queue reads, writes and deletes",
  explanation: "Without logging, access to queues cannot be audited.",
  fix: "set queue_properties.logging with read, write and delete (the Workspace's default)",
  check: (r) => {
    const logging = block(block(r.attrs.queue_properties)?.logging);
    if (!logging) return "fail";
    return all(equals(logging.read, true), equals(logging.write, true), equals(logging.delete, true));
  },
});
