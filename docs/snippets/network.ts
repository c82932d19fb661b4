import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, BuiltInRoles, Workspace } from "cdktf-azureml";

const SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe";
const SCIENTISTS = "00000000-0000-0000-0000-0000000000d5";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-prod", location: "westeurope" });
  const ws = new Workspace(stack, "ws", {
    name: "mlw-private",
    resourceGroupName: rg.name,
    location: rg.location,
    publicNetworkAccessEnabled: false,
    privateEndpoints: { subnetId: SUBNET },
    containerRegistry: { mode: "create" },
    imageBuildComputeName: "cpu-build",
    preventDestroy: true,
  });
  ws.addComputeCluster("build", { name: "cpu-build", vmSize: "Standard_DS3_v2", maxNodes: 2, subnetId: SUBNET.replace("snet-pe", "snet-compute") });
  ws.grant(SCIENTISTS, BuiltInRoles.AzureMLDataScientist, { principalType: "Group" });
  return ws;
}
