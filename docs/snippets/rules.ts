import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, applyRulePack, evaluateRulePack, suppressRule, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  applyRulePack(stack); // errors fail cdktf synth
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  const ws = new Workspace(stack, "ws", {
    name: "mlw-rules",
    resourceGroupName: rg.name,
    location: rg.location,
    publicNetworkAccessEnabled: true,
    storageAccount: { mode: "create", replicationType: "ZRS" },
  });
  suppressRule(ws.storageAccount!, "AML-SA-12", "Scratch data, rebuilt nightly from the lake: zone redundancy is enough.");
  const report = evaluateRulePack(stack);
  if (report.findings.some((f) => f.severity === "error")) throw new Error("unexpected rule pack error");
  return ws;
}
