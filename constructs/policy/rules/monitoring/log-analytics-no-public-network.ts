import { defineRule, all, equals } from "../../rule";

export const AML_LA_01 = defineRule({
  id: "AML-LA-01",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_log_analytics_workspace"],
  sources: ["Azure Policy 6c53d030"],
  cause: "The Log Analytics workspace accepts ingestion and queries from public networks",
  explanation: "Logs can be sent and read from outside your network.",
  fix: "set internet_ingestion_enabled and internet_query_enabled false with an Azure Monitor private link scope",
  check: (r) => all(equals(r.attrs.internet_ingestion_enabled, false), equals(r.attrs.internet_query_enabled, false)),
});
