/**
 * Retraining on a schedule: a nightly command job and a weekly two-step pipeline built from
 * components, on a CPU cluster, plus the connections the team uses (Azure OpenAI with Entra ID, and
 * a private Git repository whose token comes from a sensitive variable, sent write-only).
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   TF_VAR_git_token=... npx cdktf synth --app "node -r ./tools/register-ts.js examples/scheduled-training/main.ts"      # in this repository
 *   TF_VAR_git_token=... npx cdktf deploy scheduled-training --app "node -r ./tools/register-ts.js examples/scheduled-training/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, applyRulePack, runApp, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml-shared/providers";
/** Curated environment from the azureml registry (a registry asset reference). */
const SKLEARN = "azureml://registries/azureml/environments/sklearn-1.5/versions/1";

export class ScheduledTrainingStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-training", location: "westeurope" });
    this.workspace = new Workspace(this, "Workspace", { name: "mlw-training", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
    const cluster = this.workspace.addComputeCluster("Cluster", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });

    this.workspace.addSchedule("Nightly", {
      name: "nightly-retrain",
      trigger: { cron: "0 2 * * *", timeZone: "W. Europe Standard Time" },
      action: {
        type: "command",
        command: "python train.py --data ${{inputs.data}} --lr ${{inputs.learning_rate}} --model ${{outputs.model}}",
        environment: SKLEARN,
        compute: cluster,
        code: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw-training/codes/churn/versions/3`,
        inputs: {
          data: { type: "uri_folder", path: "azureml://datastores/workspaceblobstore/paths/churn/" },
          learning_rate: { type: "literal", value: "0.01" },
        },
        outputs: { model: { type: "mlflow_model", assetName: "churn-model" } },
      },
    });

    this.workspace.addSchedule("Weekly", {
      name: "weekly-pipeline",
      trigger: { recurrence: { frequency: "Week", interval: 1, weekDays: ["Sunday"], hours: [3], minutes: [0] }, timeZone: "UTC" },
      action: {
        type: "pipeline",
        compute: "cpu-cluster",
        inputs: { raw: { type: "uri_folder", path: "azureml://datastores/workspaceblobstore/paths/raw/" } },
        steps: {
          prep: { component: "azureml://registries/azureml/components/prep_data/versions/1", inputs: { data: "${{parent.inputs.raw}}" }, outputs: { clean: { type: "uri_folder" } } },
          train: { component: "azureml://registries/azureml/components/train_model/versions/1", inputs: { data: "${{parent.jobs.prep.outputs.clean}}", epochs: "10" } },
        },
      },
    });

    this.workspace.addConnection("OpenAI", {
      name: "aoai-main",
      target: { kind: "AzureOpenAI", endpoint: "https://aoai-contoso.openai.azure.com/", resourceId: `${SUB}/Microsoft.CognitiveServices/accounts/aoai-contoso` },
      sharedToAll: true,
    });
    const gitToken = new TerraformVariable(this, "git_token", { type: "string", sensitive: true, description: "Token of the training code repository" });
    this.workspace.addConnection("Git", { name: "git-training", target: { kind: "Git", url: "https://github.com/contoso/churn-training", token: gitToken.stringValue } });
  }
}

if (require.main === module) {
  runApp((app) => {
    new ScheduledTrainingStack(app, "scheduled-training");
  });
}
