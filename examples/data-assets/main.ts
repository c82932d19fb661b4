/**
 * Data and assets: a container in the workspace's storage registered as an identity-based
 * datastore, a data asset on it, an environment, a model, a code version and a command component,
 * and an Azure ML registry whose assets other workspaces can use. Versions follow the content:
 * change the environment's image and the next synth makes a new version.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/data-assets/main.ts"      # in this repository
 *   npx cdktf deploy data-assets --app "node -r ./tools/register-ts.js examples/data-assets/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, applyRulePack, CodeVersion, CommandComponent, MlRegistry, runApp, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

export interface DataAssetsStackProps {
  /** The training environment's base image (tests change it to prove versions follow content). */
  readonly baseImage?: string;
}

export const CONDA = `name: train
channels: [conda-forge]
dependencies:
  - python=3.11
  - pip
  - pip: [scikit-learn==1.5.2, mlflow==2.17.0, azureml-mlflow==1.57.0]
`;

export class DataAssetsStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string, props: DataAssetsStackProps = {}) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-data", location: "westeurope" });
    const ws = new Workspace(this, "Workspace", { name: "mlw-data", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
    this.workspace = ws;

    const training = ws.addContainerDatastore("TrainingData", { containerName: "training-data", description: "Curated training data" });
    ws.addDataAsset("Churn", {
      name: "churn",
      version: "2026.11.1",
      type: "uri_folder",
      path: `azureml://datastores/${training.datastore.datastoreName}/paths/churn/2026-11/`,
    });
    const env = ws.addEnvironment("TrainEnv", {
      name: "sklearn-train",
      source: { image: props.baseImage ?? "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240908.v1", condaFile: CONDA },
    });
    ws.addModel("ChurnModel", { name: "churn-model", type: "mlflow_model", path: `azureml://datastores/${training.datastore.datastoreName}/paths/models/churn/` });
    const code = new CodeVersion(this, "TrainCode", { workspace: ws, name: "churn-train", path: `azureml://datastores/${training.datastore.datastoreName}/paths/code/churn/` });
    new CommandComponent(this, "TrainComponent", {
      workspace: ws,
      name: "train_churn",
      command: "python train.py --data ${{inputs.data}} --model ${{outputs.model}}",
      environment: env,
      code,
      inputs: { data: { type: "uri_folder" } },
      outputs: { model: { type: "mlflow_model" } },
    });

    new MlRegistry(this, "Registry", { name: "contoso-ml-registry", resourceGroupId: rg.id, location: "westeurope", regions: [{ location: "westeurope" }, { location: "northeurope" }], publicNetworkAccessEnabled: true });
  }
}

if (require.main === module) {
  runApp((app) => {
    new DataAssetsStack(app, "data-assets");
  });
}
