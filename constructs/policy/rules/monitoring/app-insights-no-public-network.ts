import { defineRule, all, equals } from "../../rule";

export const AML_AI_01 = defineRule({
  id: "AML-AI-01",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_application_insights"],
  sources: ["Azure Policy 1bc02227"],
  cause: "Application Insights accepts ingestion and queries from public networks",
  explanation: "Telemetry can be sent and read from outside your network.",
  fix: "set internet_ingestion_enabled and internet_query_enabled false with an Azure Monitor private link scope",
  check: (r) => all(equals(r.attrs.internet_ingestion_enabled, false), equals(r.attrs.internet_query_enabled, false)),
});
