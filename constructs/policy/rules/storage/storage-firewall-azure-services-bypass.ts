import { defineRule, block } from "../../rule";

export const AML_SA_09 = defineRule({
  id: "AML-SA-09",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["AVD-AZU-0010", "CKV_AZURE_36"],
  cause: "The storage account's firewall does not let trusted Azure services through",
  explanation: "Azure ML reaches its storage as a trusted service; without the bypass the workspace breaks or needs wider rules.",
  fix: "include AzureServices in network_rules.bypass (the Workspace's default)",
  check: (r) => {
    const rules = block(r.attrs.network_rules);
    if (!rules) return "pass";
    return (rules.bypass ?? []).includes("AzureServices") ? "pass" : "fail";
  },
});
