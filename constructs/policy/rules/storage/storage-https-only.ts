import { defineRule, all, notEquals } from "../../rule";

export const AML_SA_06 = defineRule({
  id: "AML-SA-06",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["AVD-AZU-0008", "Azure Policy 404c3081"],
  cause: "The storage account accepts plain HTTP",
  explanation: "Unencrypted transport exposes data and credentials.",
  fix: "keep https_traffic_only_enabled true",
  check: (r) => all(notEquals(r.attrs.https_traffic_only_enabled, false), notEquals(r.attrs.enable_https_traffic_only, false)),
});
