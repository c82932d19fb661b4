import { defineRule, block, present } from "../../rule";

export const AML_SA_17 = defineRule({
  id: "AML-SA-17",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV2_AZURE_1", "AVD-AZU-0060", "Azure Policy 6fac406b"],
  cause: "The storage account is not encrypted with a customer-managed key",
  explanation: "Customer-managed keys let you control and revoke access to the data.",
  fix: "set encryption on the Workspace (encryptStorage is on by default)",
  check: (r, stack) => {
    if (present(block(r.attrs.customer_managed_key)?.key_vault_key_id) === "pass") return "pass";
    return stack.ofType("azurerm_storage_account_customer_managed_key").some((k) => stack.refersTo(k.attrs.storage_account_id, r)) ? "pass" : "fail";
  },
});
