import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  const ws = new Workspace(stack, "ws", { name: "mlw-serving", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
  const endpoint = ws.addOnlineEndpoint("ep", { name: "churn-online", traffic: { blue: 90, green: 10 } });
  endpoint.addDeployment("blue", { name: "blue", model: "azureml://registries/azureml/models/churn/versions/1", instanceCount: 2 });
  endpoint.addDeployment("green", { name: "green", model: "azureml://registries/azureml/models/churn/versions/2" });
  return ws;
}
