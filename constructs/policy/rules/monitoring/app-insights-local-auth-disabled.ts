import { defineRule } from "../../rule";

export const AML_AI_02 = defineRule({
  id: "AML-AI-02",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_application_insights"],
  sources: ["Azure Policy 199d5677"],
  cause: "Application Insights accepts instrumentation keys (local authentication)",
  explanation: "Keys let anyone who has them send telemetry.",
  fix: "set local_authentication_enabled false (Azure ML online endpoints then need Entra ID telemetry)",
  check: (r) => r.attrs.local_authentication_enabled === false || r.attrs.local_authentication_disabled === true ? "pass" : "fail",
});
