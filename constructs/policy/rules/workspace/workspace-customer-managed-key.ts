import { defineRule, all, block, present } from "../../rule";

export const AML_WS_05 = defineRule({
  id: "AML-WS-05",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Azure Policy ba769a63", "Azure Policy 7f40cee6"],
  cause: "The workspace is not encrypted with a customer-managed key",
  explanation: "Customer-managed keys let you control and revoke access to workspace metadata.",
  fix: "set encryption on the Workspace",
  check: (r) => {
    const e = block(r.attrs.encryption);
    return all(present(e?.key_vault_id), present(e?.key_id));
  },
});
