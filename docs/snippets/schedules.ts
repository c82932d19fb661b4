import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  const ws = new Workspace(stack, "ws", { name: "mlw-sched", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
  const cluster = ws.addComputeCluster("cpu", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });
  ws.addSchedule("nightly", {
    name: "nightly-retrain",
    trigger: { cron: "0 2 * * *", timeZone: "UTC" },
    action: {
      type: "command",
      command: "python train.py --data ${{inputs.data}}",
      environment: "azureml://registries/azureml/environments/sklearn-1.5/versions/1",
      compute: cluster,
      inputs: { data: { type: "uri_folder", path: "azureml://datastores/workspaceblobstore/paths/churn/" } },
    },
  });
  return ws;
}
