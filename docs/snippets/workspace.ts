import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  return new Workspace(stack, "ws", {
    name: "mlw-team-a-dev",
    resourceGroupName: rg.name,
    location: rg.location,
    publicNetworkAccessEnabled: true,
    containerRegistry: { mode: "create" },
    tags: { team: "a" },
  });
}
