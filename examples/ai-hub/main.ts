/**
 * An Azure AI Foundry hub that owns storage, Key Vault, monitoring, a Premium registry and an
 * approved-outbound-only managed network, with two projects that share them.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/ai-hub/main.ts"      # in this repository
 *   npx cdktf deploy ai-hub --app "node -r ./tools/register-ts.js examples/ai-hub/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, AiHub, applyRulePack, runApp } from "cdktf-azureml";
import type { Construct } from "constructs";

export class AiHubStack extends TerraformStack {
  public readonly hub: AiHub;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ai-hub", location: "swedencentral" });
    this.hub = new AiHub(this, "Hub", {
      name: "hub-contoso-ai",
      resourceGroupName: rg.name,
      location: "swedencentral",
      publicNetworkAccessEnabled: true,
      isolationMode: "AllowOnlyApprovedOutbound",
      tags: { owner: "ai-platform" },
    });
    this.hub.addProject("Chatbot", { name: "proj-chatbot", description: "Customer support assistant" });
    this.hub.addProject("Search", { name: "proj-search", description: "Document search" });
  }
}

if (require.main === module) {
  runApp((app) => {
    new AiHubStack(app, "ai-hub");
  });
}
