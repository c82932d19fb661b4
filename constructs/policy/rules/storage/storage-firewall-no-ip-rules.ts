import { defineRule, block } from "../../rule";

export const AML_SA_08 = defineRule({
  id: "AML-SA-08",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_storage_account"],
  sources: ["Azure Policy 2a1a9cdf"],
  cause: "The storage account's firewall allows public IP ranges",
  explanation: "IP rules open the account to addresses outside your network.",
  fix: "use private endpoints instead of IP rules",
  check: (r) => (block(r.attrs.network_rules)?.ip_rules ?? []).length === 0 ? "pass" : "fail",
});
