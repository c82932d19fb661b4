/**
 * The private team stacks of bench/generated-private-config.ts written directly against the provider
 * classes: a platform stack (network, a subnet per team, the private DNS zones, Log Analytics) and a
 * stack per team (workspace, its storage, Key Vault, Application Insights, Premium registry, five
 * private endpoints, diagnostics, an image-build cluster), wired by cdktf cross-stack references as
 * ours are. What a platform team writes without this library for the same Terraform; the bench
 * checks both write the same blocks and attributes, stack by stack (bench/parity.ts).
 */
import type { Construct } from "constructs";
import { mlType } from "../constructs/azapi/api-version";
import { AzapiProvider } from "../constructs/azapi/provider";
import { AzapiUpdateResource } from "../constructs/azapi/update-resource";
import { AzurermProvider, TerraformStack, type App } from "../constructs/core/engine";
import { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
import { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
import { MonitorPrivateLinkScope } from "@cdktf/provider-azurerm/lib/monitor-private-link-scope";
import { MonitorPrivateLinkScopedService } from "@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { addLocalBackend } from "../constructs/app/local-backend";
import { FEATURES, PRIVATE_STORAGE, rawDiagnostics, rawPrivateEndpoints } from "./raw-settings";

const LOCATION = "westeurope";
const ZONES = [
  "privatelink.api.azureml.ms",
  "privatelink.notebooks.azure.net",
  "privatelink.blob.core.windows.net",
  "privatelink.file.core.windows.net",
  "privatelink.vaultcore.azure.net",
  "privatelink.azurecr.io",
  "privatelink.queue.core.windows.net",
  "privatelink.table.core.windows.net",
  "privatelink.dfs.core.windows.net",
  "privatelink.monitor.azure.com",
  "privatelink.oms.opinsights.azure.com",
  "privatelink.ods.opinsights.azure.com",
  "privatelink.agentsvc.azure-automation.net",
];

class RawPlatformStack extends TerraformStack {
  public readonly law: LogAnalyticsWorkspace;
  public readonly endpointSubnet: Subnet;
  public readonly teamSubnets: Subnet[] = [];
  public readonly zones: Record<string, PrivateDnsZone> = {};
  public readonly scope: MonitorPrivateLinkScope;
  public readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, teams: number) {
    super(scope, id);
    addLocalBackend(this, id);
    new AzurermProvider(this, "azurerm", { storageUseAzuread: true, features: [FEATURES] });
    new AzapiProvider(this, "azapi");
    const tags = { environment: "prod", "managed-by": "raw" };
    const rg = new ResourceGroup(this, "rg", { name: "rg-bench-platform-prod", location: LOCATION, tags, lifecycle: { preventDestroy: true } });
    this.resourceGroupName = rg.name;
    this.law = new LogAnalyticsWorkspace(this, "law", { name: "log-bench-prod", resourceGroupName: rg.name, location: LOCATION, sku: "PerGB2018", retentionInDays: 90, internetIngestionEnabled: false, internetQueryEnabled: false, tags });
    const vnet = new VirtualNetwork(this, "vnet", { name: "vnet-bench-prod", resourceGroupName: rg.name, location: LOCATION, addressSpace: ["10.20.0.0/16"], tags });
    this.endpointSubnet = new Subnet(this, "pe-subnet", {
      name: "snet-private-endpoints",
      resourceGroupName: rg.name,
      virtualNetworkName: vnet.name,
      addressPrefixes: ["10.20.0.0/24"],
      privateEndpointNetworkPolicies: "Enabled",
      defaultOutboundAccessEnabled: false,
    });
    for (let i = 0; i < teams; i++) {
      this.teamSubnets.push(new Subnet(this, `subnet-team${i}`, { name: `snet-team${i}`, resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: [`10.20.${i + 1}.0/24`], defaultOutboundAccessEnabled: false }));
    }
    // The compute subnets' network security group with the outbound rules Azure ML needs.
    const nsg = new NetworkSecurityGroup(this, "nsg", { name: "nsg-bench-prod-compute", resourceGroupName: rg.name, location: LOCATION, tags });
    const rules: [string, string, string[], string, string][] = [
      ["AllowAzureActiveDirectoryOutbound", "Tcp", ["80", "443"], "AzureActiveDirectory", "authentication with Microsoft Entra ID"],
      ["AllowAzureMachineLearningOutbound", "Tcp", ["443", "8787", "18881"], "AzureMachineLearning", "Azure ML services; 8787 for RStudio on instances, 18881 for the language server"],
      ["AllowAzureMachineLearningUdpOutbound", "Udp", ["5831"], "AzureMachineLearning", "management of compute instances and clusters"],
      ["AllowBatchNodeManagementOutbound", "Tcp", ["443"], "BatchNodeManagement.westeurope", "management of compute instances and clusters"],
      ["AllowAzureResourceManagerOutbound", "Tcp", ["443"], "AzureResourceManager", "Azure operations from the compute"],
      ["AllowStorageOutbound", "Tcp", ["443", "445"], "Storage.westeurope", "the workspace's storage and Azure Batch's"],
      ["AllowAzureFrontDoorFrontEndOutbound", "Tcp", ["443"], "AzureFrontDoor.FrontEnd", "the Azure ML studio"],
      ["AllowContainerRegistryOutbound", "Tcp", ["443"], "MicrosoftContainerRegistry.westeurope", "Microsoft's base images"],
      ["AllowAzureFrontDoorFirstPartyOutbound", "Tcp", ["443"], "AzureFrontDoor.FirstParty", "Microsoft's base images (served through Front Door)"],
      ["AllowAzureMonitorOutbound", "Tcp", ["443"], "AzureMonitor", "logs and metrics"],
      ["AllowKeyVaultOutbound", "Tcp", ["443"], "AzureKeyVault.westeurope", "the workspace's Key Vault"],
    ];
    for (const [i, [name, protocol, ports, tag, why]] of rules.entries()) {
      new NetworkSecurityRule(this, name, {
        name,
        description: `Azure ML: ${why}`,
        resourceGroupName: rg.name,
        networkSecurityGroupName: nsg.name,
        priority: 200 + i * 10,
        direction: "Outbound",
        access: "Allow",
        protocol,
        sourcePortRange: "*",
        destinationPortRanges: ports,
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: tag,
      });
    }
    for (const [i, subnet] of this.teamSubnets.entries()) new SubnetNetworkSecurityGroupAssociation(this, `nsg-team${i}`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
    for (const [i, name] of ZONES.entries()) {
      const zone = (this.zones[name] = new PrivateDnsZone(this, `zone-${i}`, { name, resourceGroupName: rg.name, tags }));
      // The zone's name by reference: the link waits for the zone.
      new PrivateDnsZoneVirtualNetworkLink(this, `link-${i}`, { name: `link-${i}`, privateDnsZoneName: zone.name, resourceGroupName: rg.name, virtualNetworkId: vnet.id, registrationEnabled: false, tags });
    }
    // Monitoring inside the network: a Private Link Scope with the Log Analytics workspace and its endpoint.
    this.scope = new MonitorPrivateLinkScope(this, "ampls", { name: "ampls-bench-prod", resourceGroupName: rg.name, ingestionAccessMode: "PrivateOnly", queryAccessMode: "PrivateOnly", tags });
    new MonitorPrivateLinkScopedService(this, "ampls-law", { name: "log-analytics", resourceGroupName: rg.name, scopeName: this.scope.name, linkedResourceId: this.law.id });
    new PrivateEndpoint(this, "ampls-pe", {
      name: "pe-ampls-bench-prod-azuremonitor",
      resourceGroupName: rg.name,
      location: LOCATION,
      subnetId: this.endpointSubnet.id,
      customNetworkInterfaceName: "pe-ampls-bench-prod-azuremonitor-nic",
      privateServiceConnection: { name: "pe-ampls-connection", privateConnectionResourceId: this.scope.id, subresourceNames: ["azuremonitor"], isManualConnection: false },
      privateDnsZoneGroup: { name: "default", privateDnsZoneIds: ["privatelink.monitor.azure.com", "privatelink.oms.opinsights.azure.com", "privatelink.ods.opinsights.azure.com", "privatelink.agentsvc.azure-automation.net", "privatelink.blob.core.windows.net"].map((z) => this.zones[z].id) },
      tags,
    });
  }
}

class RawTeamStack extends TerraformStack {
  constructor(scope: Construct, id: string, team: string, platform: RawPlatformStack, subnet: Subnet) {
    super(scope, id);
    addLocalBackend(this, id);
    new AzurermProvider(this, "azurerm", { storageUseAzuread: true, features: [FEATURES] });
    new AzapiProvider(this, "azapi");
    const base = `bench${team}prod`;
    const tags = { team, environment: "prod", "managed-by": "raw" };
    const rg = new ResourceGroup(this, "rg", { name: `rg-bench-${team}-prod`, location: LOCATION, tags, lifecycle: { preventDestroy: true } });
    const resourceGroupName = rg.name;
    const client = new DataAzurermClientConfig(this, "client", {});
    const sa = new StorageAccount(this, "sa", {
      name: `st${base}`.slice(0, 24),
      resourceGroupName,
      location: LOCATION,
      ...PRIVATE_STORAGE,
      tags,
      lifecycle: { preventDestroy: true },
    });
    const kv = new KeyVault(this, "kv", {
      name: `kv${base}`.slice(0, 24),
      resourceGroupName,
      location: LOCATION,
      tenantId: client.tenantId,
      skuName: "standard",
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      publicNetworkAccessEnabled: false,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      tags,
      lifecycle: { preventDestroy: true },
    });
    const ai = new ApplicationInsights(this, "ai", { name: `appi-${base}`, resourceGroupName, location: LOCATION, applicationType: "web", workspaceId: platform.law.id, internetIngestionEnabled: false, internetQueryEnabled: false, tags });
    new MonitorPrivateLinkScopedService(this, "ampls-ai", { name: `appi-${team}`, resourceGroupName: platform.resourceGroupName, scopeName: platform.scope.name, linkedResourceId: ai.id });
    const cr = new ContainerRegistry(this, "cr", {
      name: `cr${base}`.slice(0, 50),
      resourceGroupName,
      location: LOCATION,
      sku: "Premium",
      adminEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccessEnabled: false,
      dataEndpointEnabled: true,
      networkRuleBypassOption: "AzureServices",
      zoneRedundancyEnabled: false,
      retentionPolicyInDays: 7,
      tags,
      lifecycle: { preventDestroy: true },
    });
    const ws = new MachineLearningWorkspace(this, "ws", {
      name: `mlw-bench-${team}-prod`,
      friendlyName: `${team} (prod)`,
      kind: "Default",
      skuName: "Basic",
      highBusinessImpact: false,
      resourceGroupName,
      location: LOCATION,
      storageAccountId: sa.id,
      keyVaultId: kv.id,
      applicationInsightsId: ai.id,
      containerRegistryId: cr.id,
      publicNetworkAccessEnabled: false,
      v1LegacyModeEnabled: false,
      imageBuildComputeName: "cpu-cluster",
      identity: { type: "SystemAssigned" },
      tags,
      lifecycle: { preventDestroy: true },
    });
    new AzapiUpdateResource(this, "auth", { type: mlType("workspaces"), resourceId: ws.id, body: { properties: { systemDatastoresAuthMode: "Identity" } } });

    const ids = { workspace: ws, storageId: sa.id, vaultId: kv.id, registryId: cr.id };
    rawDiagnostics(this, platform.law.id, ids);
    const wsEndpoint = rawPrivateEndpoints(this, { namePrefix: `pe-mlw-bench-${team}-prod`, resourceGroupName, location: LOCATION, subnetId: platform.endpointSubnet.id, zoneId: (z) => platform.zones[z].id, tags }, ids);

    new MachineLearningComputeCluster(this, "cpu", {
      name: "cpu-cluster",
      machineLearningWorkspaceId: ws.id,
      location: LOCATION,
      vmSize: "Standard_DS3_v2",
      vmPriority: "Dedicated",
      scaleSettings: { minNodeCount: 0, maxNodeCount: 4, scaleDownNodesAfterIdleDuration: "PT2M" },
      identity: { type: "SystemAssigned" },
      subnetResourceId: subnet.id,
      nodePublicIpEnabled: false,
      localAuthEnabled: false,
      sshPublicAccessEnabled: false,
      tags,
      dependsOn: [wsEndpoint],
    });
  }
}

/** The platform stack and `n` team stacks, as ours names them (platform-prod, team<i>-prod). */
export function addRawTeamStacks(app: App, n: number): void {
  const platform = new RawPlatformStack(app, "platform-prod", n);
  for (let i = 0; i < n; i++) new RawTeamStack(app, `team${i}-prod`, `team${i}`, platform, platform.teamSubnets[i]);
}
