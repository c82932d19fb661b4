/**
 * A private Azure AI Foundry hub that owns storage, Key Vault, monitoring, a Premium registry and an
 * approved-outbound-only managed network (with FQDN rules for PyPI), reached through private
 * endpoints for the hub and each resource it creates, connected (Entra ID, through a managed private
 * endpoint) to a private AI Services account, with two projects that share them.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/ai-hub/main.ts"      # in this repository
 *   npx cdktf deploy ai-hub --app "node -r ./tools/register-ts.js examples/ai-hub/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { addAzureProviders, addLocalBackend, AiHub, AiServicesAccount, applyRulePack, AzureResourceGroup, runApp } from "cdktf-azureml";
import type { Construct } from "constructs";

export class AiHubStack extends TerraformStack {
  public readonly hub: AiHub;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new AzureResourceGroup(this, "ResourceGroup", { name: "rg-ai-hub", location: "swedencentral" });
    const vnet = new VirtualNetwork(this, "Network", { name: "vnet-ai-hub", resourceGroupName: rg.name, location: "swedencentral", addressSpace: ["10.30.0.0/16"] });
    const endpoints = new Subnet(this, "EndpointSubnet", { name: "snet-private-endpoints", resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: ["10.30.0.0/24"], defaultOutboundAccessEnabled: false });
    // The AI Services account the hub's projects use: private, keys off; the hub reaches it through a
    // private endpoint of its managed network and connects with Entra ID.
    const aiServices = new AiServicesAccount(this, "AiServices", { name: "ais-contoso-ai", resourceGroupName: rg.name, location: "swedencentral", publicNetworkAccessEnabled: false });
    // A private hub: inbound only through its private endpoints (and those of its storage, Key Vault
    // and registry), outbound only to approved destinations through its managed network.
    this.hub = new AiHub(this, "Hub", {
      name: "hub-contoso-ai",
      resourceGroupName: rg.name,
      location: "swedencentral",
      publicNetworkAccessEnabled: false,
      isolationMode: "AllowOnlyApprovedOutbound",
      privateEndpoints: { subnetId: endpoints.id, dnsZones: { mode: "create", virtualNetworkIds: [vnet.id] } },
      outboundRules: {
        pypi: { type: "FQDN", destination: "pypi.org" },
        "pypi-files": { type: "FQDN", destination: "files.pythonhosted.org" },
        "ai-services": { type: "PrivateEndpoint", serviceResourceId: aiServices.accountId, subresourceTarget: "account" },
      },
      firewallSku: "Basic", // the firewall the FQDN rules need; Basic is the cost choice for this size
      provisionNetworkOnCreation: true, // ready with the hub, not 30 minutes after the first compute
      tags: { owner: "ai-platform" },
    });
    aiServices.connectTo(this.hub, "ai-services");
    this.hub.addProject("Chatbot", { name: "proj-chatbot", description: "Customer support assistant" });
    this.hub.addProject("Search", { name: "proj-search", description: "Document search" });
  }
}

if (require.main === module) {
  runApp((app) => {
    new AiHubStack(app, "ai-hub");
  });
}
