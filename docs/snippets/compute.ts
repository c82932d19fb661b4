import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, Duration, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  const ws = new Workspace(stack, "ws", { name: "mlw-compute", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
  const cpu = ws.addComputeCluster("cpu", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });
  ws.useImageBuildCompute(cpu);
  ws.addComputeInstance("alice", {
    name: "ci-alice",
    vmSize: "Standard_DS3_v2",
    idleShutdown: Duration.minutes(30),
    schedules: [{ action: "Stop", cron: "0 19 * * 1-5", timeZone: "W. Europe Standard Time" }],
  });
  return ws;
}
