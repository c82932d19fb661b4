import { defineRule } from "../../rule";

export const AML_KV_07 = defineRule({
  id: "AML-KV-07",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault"],
  sources: ["Azure Policy cf820ca0"],
  cause: "The Key Vault has no diagnostic setting with logs",
  explanation: "Without audit logs, secret and key access cannot be traced.",
  fix: "keep diagnostics enabled on the Workspace (the default)",
  check: (r, stack) => stack.diagnosticsFor(r).length > 0 ? "pass" : "fail",
});
