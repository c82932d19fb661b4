/**
 * An Azure AI Foundry hub that owns storage, Key Vault, monitoring, a Premium registry and an
 * approved-outbound-only managed network, with two projects that share them.
 *
 *   npx ts-node --transpile-only examples/ai-hub/main.ts
 */
import type { Construct } from "constructs";
import { App, ResourceGroup, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/core/providers";
import { AiHub } from "../../constructs/workspace/ai-hub";
import { addLocalBackend } from "../../stacks/local-backend";
import { applyRulePack } from "../../constructs/policy/rule-pack";

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
  const app = new App();
  new AiHubStack(app, "ai-hub");
  app.synth();
}
