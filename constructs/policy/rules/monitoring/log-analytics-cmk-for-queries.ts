import { defineRule, equals } from "../../rule";

export const AML_LA_02 = defineRule({
  id: "AML-LA-02",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_log_analytics_workspace"],
  sources: ["Azure Policy fa298e57"],
  cause: "The Log Analytics workspace does not force customer-managed keys for queries",
  explanation: "Saved queries may hold sensitive data.",
  fix: "set cmk_for_query_forced true with a dedicated cluster",
  check: (r) => equals(r.attrs.cmk_for_query_forced, true),
});
