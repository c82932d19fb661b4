import { ResourceGroup, TerraformStack, Workspace, addAzureProviders } from "../../constructs";

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
