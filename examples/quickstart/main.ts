/**
 * Quickstart: a resource group and an Azure ML workspace with its storage account, Key Vault,
 * Log Analytics workspace and Application Insights, all with secure defaults.
 *
 *   npx ts-node --transpile-only examples/quickstart/main.ts   # writes cdktf.out/
 */
import { App, ResourceGroup, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/core/providers";
import { Workspace } from "../../constructs/workspace/workspace";
import { addLocalBackend } from "../../stacks/local-backend";
import type { Construct } from "constructs";
import { applyRulePack } from "../../constructs/policy/rule-pack";

export class QuickstartStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-quickstart", location: "westeurope" });
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
  const app = new App();
  new QuickstartStack(app, "quickstart");
  app.synth();
}
