/**
 * A private workspace a security reviewer can sign off:
 * - no public network access on the workspace, storage, Key Vault or registry;
 * - private endpoints into our virtual network for the workspace (both Azure ML DNS zones), storage
 *   `blob` and `file`, Key Vault and the Premium registry, with private DNS zones created and linked;
 * - compute in a subnet, without public IPs, local auth off; images built on a CPU cluster in the network;
 *   the subnet's network security group carries the outbound rules Azure ML needs;
 * - the workspace created after its Key Vault, storage and registry endpoints, compute after the
 *   workspace's own endpoint (the order Azure's quickstarts use);
 * - monitoring inside the network: Log Analytics and Application Insights accept telemetry and
 *   queries only through an Azure Monitor Private Link Scope with its own private endpoint;
 * - customer-managed key (HSM, expiring and rotating) for the workspace and its storage;
 * - diagnostics to Log Analytics; role grants for the data science team; stateful resources protected.
 *
 * Deploy it from inside the network (a self-hosted runner in the virtual network or a peered one):
 * creating the key and the storage queue settings are data-plane calls to resources that accept
 * private traffic only.
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/private-network/main.ts"      # in this repository
 *   npx cdktf deploy private-network --app "node -r ./tools/register-ts.js examples/private-network/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { addAzureProviders, addLocalBackend, applyRulePack, ComputeNetworkSecurityGroup, PrivateDnsZones, PrivateMonitoring, runApp, suppressRule, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

/** Object id of the data science team's Entra ID group (placeholder: use your own). */
const DATA_SCIENTISTS_GROUP = "00000000-0000-0000-0000-0000000000d5";

export class PrivateNetworkStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const location = "westeurope";
    const tags = { environment: "prod", "data-classification": "confidential" };

    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-private", location, tags });
    // 10.10.0.0/16: not 172.17.0.0/16, which Docker's bridge network uses on compute.
    const vnet = new VirtualNetwork(this, "Network", { name: "vnet-ml-private", resourceGroupName: rg.name, location, addressSpace: ["10.10.0.0/16"], tags });
    const endpointSubnet = new Subnet(this, "EndpointSubnet", {
      name: "snet-private-endpoints",
      resourceGroupName: rg.name,
      virtualNetworkName: vnet.name,
      addressPrefixes: ["10.10.1.0/24"],
      privateEndpointNetworkPolicies: "Enabled",
      defaultOutboundAccessEnabled: false,
    });
    const computeSubnet = new Subnet(this, "ComputeSubnet", {
      name: "snet-compute",
      resourceGroupName: rg.name,
      virtualNetworkName: vnet.name,
      addressPrefixes: ["10.10.2.0/24"],
      defaultOutboundAccessEnabled: false,
    });
    new ComputeNetworkSecurityGroup(this, "ComputeNetworkSecurityGroup", { name: "nsg-ml-compute", resourceGroupName: rg.name, location, subnets: { compute: computeSubnet.id }, tags });
    const cmkIdentity = new UserAssignedIdentity(this, "CmkIdentity", { name: "id-mlw-private-cmk", resourceGroupName: rg.name, location, tags });

    this.workspace = new Workspace(this, "Workspace", {
      name: "mlw-private",
      resourceGroupName: rg.name,
      location,
      tags,
      publicNetworkAccessEnabled: false,
      highBusinessImpact: true,
      preventDestroy: true,
      identity: { type: "SystemAssigned, UserAssigned", identityIds: [cmkIdentity.id] },
      storageAccount: { mode: "create", replicationType: "GZRS", versioningEnabled: true },
      applicationInsights: { mode: "create", publicIngestionAndQueryEnabled: false }, // reached through the Private Link Scope below
      keyVault: { mode: "create", sku: "premium" },
      containerRegistry: { mode: "create", zoneRedundancyEnabled: true },
      privateEndpoints: { subnetId: endpointSubnet.id, dnsZones: { mode: "create", virtualNetworkIds: [vnet.id] } },
      encryption: {
        key: { mode: "create", expirationDate: "2027-12-31T00:00:00Z" },
        userAssignedIdentityId: cmkIdentity.id,
        userAssignedIdentityPrincipalId: cmkIdentity.principalId,
      },
    });

    const build = this.workspace.addComputeCluster("BuildCluster", {
      name: "cpu-build",
      vmSize: "Standard_DS3_v2",
      maxNodes: 2,
      subnetId: computeSubnet.id,
    });
    this.workspace.useImageBuildCompute(build);
    this.workspace.addComputeCluster("TrainingCluster", {
      name: "gpu-training",
      vmSize: "Standard_NC24ads_A100_v4",
      maxNodes: 4,
      subnetId: computeSubnet.id,
    });

    // Monitoring inside the network: Log Analytics and Application Insights behind an Azure Monitor
    // Private Link Scope, its endpoint in the four Azure Monitor zones and the blob zone the workspace's
    // endpoints already created.
    const monitorZones = new PrivateDnsZones(this, "MonitorDnsZones", {
      zoneNames: ["privatelink.monitor.azure.com", "privatelink.oms.opinsights.azure.com", "privatelink.ods.opinsights.azure.com", "privatelink.agentsvc.azure-automation.net"],
      resourceGroupName: rg.name,
      virtualNetworkIds: [vnet.id],
      tags,
    });
    new PrivateMonitoring(this, "PrivateMonitoring", {
      name: "ampls-ml-private",
      resourceGroupName: rg.name,
      location,
      subnetId: endpointSubnet.id,
      privateDnsZoneIds: { ...monitorZones.zoneIds(), "privatelink.blob.core.windows.net": this.workspace.privateEndpoints!.dnsZones!.zoneId("privatelink.blob.core.windows.net") },
      scopedResources: { "log-analytics": this.workspace.logAnalyticsWorkspaceId!, "app-insights": this.workspace.applicationInsightsId },
      tags,
    });

    this.workspace.grantDataScientist(DATA_SCIENTISTS_GROUP, "Group");

    // Waived with reasons, recorded next to the registry in the synthesized JSON.
    suppressRule(this.workspace.containerRegistry!, "AML-ACR-06", "Quarantine would stop Azure ML from pulling the images it builds; images are scanned by Defender for Containers instead.");
    suppressRule(this.workspace.containerRegistry!, "AML-ACR-08", "Docker Content Trust is being retired by Azure; images are signed with Notation in the release pipeline.");
  }
}

if (require.main === module) {
  runApp((app) => {
    new PrivateNetworkStack(app, "private-network");
  });
}
