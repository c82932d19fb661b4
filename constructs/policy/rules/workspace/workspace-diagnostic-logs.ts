import { defineRule } from "../../rule";

export const AML_WS_03 = defineRule({
  id: "AML-WS-03",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Azure Policy afe0c3be"],
  cause: "The workspace has no diagnostic setting with logs",
  explanation: "Resource logs are the audit trail of who did what in the workspace.",
  fix: "keep diagnostics enabled on the Workspace (the default), or add an azurerm_monitor_diagnostic_setting with enabled_log",
  check: (r, stack) => stack.diagnosticsFor(r).length > 0 ? "pass" : "fail",
});
