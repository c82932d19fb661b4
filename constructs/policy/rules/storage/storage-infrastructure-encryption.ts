import { defineRule, equals } from "../../rule";

export const AML_SA_11 = defineRule({
  id: "AML-SA-11",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["AVD-AZU-0061", "Azure Policy 4733ea7b"],
  cause: "The storage account does not use infrastructure (double) encryption",
  explanation: "Infrastructure encryption adds a second layer of encryption at rest.",
  fix: "set infrastructure_encryption_enabled true (the Workspace's default; create-time only)",
  check: (r) => equals(r.attrs.infrastructure_encryption_enabled, true),
});
