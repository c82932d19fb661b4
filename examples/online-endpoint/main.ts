/**
 * Serving: a managed online endpoint with a blue/green rollout (90/10) of two model versions, and a
 * batch endpoint scoring files on a compute cluster. The endpoint is created first, the deployments
 * next, the traffic last; the scoring URI is an attribute the stack can output.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/online-endpoint/main.ts"      # in this repository
 *   npx cdktf deploy online-endpoint --app "node -r ./tools/register-ts.js examples/online-endpoint/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformOutput, TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, applyRulePack, Duration, type OnlineEndpoint, runApp, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

export class OnlineEndpointStack extends TerraformStack {
  public readonly workspace: Workspace;
  public readonly endpoint: OnlineEndpoint;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-serving", location: "westeurope" });
    const ws = new Workspace(this, "Workspace", { name: "mlw-serving", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
    this.workspace = ws;

    const env = ws.addEnvironment("ScoringEnv", { name: "churn-scoring", version: "1", source: { image: "mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest" } });
    const v1 = ws.addModel("ModelV1", { name: "churn", version: "1", type: "custom_model", path: "azureml://datastores/workspaceblobstore/paths/models/churn/1/" });
    const v2 = ws.addModel("ModelV2", { name: "churn", version: "2", type: "custom_model", path: "azureml://datastores/workspaceblobstore/paths/models/churn/2/" });
    const code = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml-serving/providers/Microsoft.MachineLearningServices/workspaces/mlw-serving/codes/churn-score/versions/1";

    this.endpoint = ws.addOnlineEndpoint("Endpoint", { name: "churn-online", traffic: { blue: 90, green: 10 } });
    const common = { environment: env, code: { code, scoringScript: "score.py" }, instanceType: "Standard_DS3_v2", readinessProbe: { initialDelay: Duration.seconds(30) } };
    this.endpoint.addDeployment("Blue", { name: "blue", model: v1, instanceCount: 2, ...common });
    this.endpoint.addDeployment("Green", { name: "green", model: v2, instanceCount: 1, ...common });

    const cluster = ws.addComputeCluster("BatchCluster", { name: "batch-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });
    const batch = ws.addBatchEndpoint("Batch", { name: "churn-batch", defaultDeployment: "nightly" });
    batch.addDeployment("Nightly", {
      name: "nightly",
      deployment: { type: "model", model: v2, compute: cluster, environment: env, code: { code, scoringScript: "batch_score.py" }, miniBatchSize: 20 },
    });

    new TerraformOutput(this, "scoring_uri", { value: this.endpoint.scoringUri });
  }
}

if (require.main === module) {
  runApp((app) => {
    new OnlineEndpointStack(app, "online-endpoint");
  });
}
