import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, Workspace } from "cdktf-azureml";

export function build(stack: TerraformStack): Workspace {
  addAzureProviders(stack);
  const rg = new ResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope" });
  const ws = new Workspace(stack, "ws", { name: "mlw-data", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
  const training = ws.addContainerDatastore("training", { containerName: "training-data" });
  ws.addDataAsset("churn", { name: "churn", version: "1", type: "uri_folder", path: `azureml://datastores/${training.datastore.datastoreName}/paths/churn/` });
  ws.addEnvironment("env", { name: "sklearn", source: { image: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240908.v1", condaFile: "dependencies: [python=3.11]\n" } });
  ws.addModel("model", { name: "churn-model", type: "mlflow_model", path: "azureml://datastores/workspaceblobstore/paths/models/churn/" });
  return ws;
}
