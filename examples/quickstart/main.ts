/**
 * Quickstart: a resource group and an Azure ML workspace with its storage account, Key Vault,
 * Log Analytics workspace and Application Insights, all with secure defaults.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/quickstart/main.ts"      # in this repository
 *   npx cdktf deploy quickstart --app "node -r ./tools/register-ts.js examples/quickstart/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { addAzureProviders, addLocalBackend, applyRulePack, AzureResourceGroup, runApp, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

export class QuickstartStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new AzureResourceGroup(this, "ResourceGroup", { name: "rg-ml-quickstart", location: "westeurope" });
    this.workspace = new Workspace(this, "Workspace", {
      name: "mlw-quickstart",
      resourceGroupName: rg.name,
      location: rg.location,
      publicNetworkAccessEnabled: true, // a sandbox: explicit. Production uses private networking.
      containerRegistry: { mode: "create" }, // a registry we can tag, instead of Azure's on-demand one
      tags: { owner: "data-science" },
    });
  }
}

if (require.main === module) {
  runApp((app) => {
    new QuickstartStack(app, "quickstart");
  });
}
