import type { Construct } from "constructs";
import { addAzureProviders } from "../constructs/app/providers";
import { LogAnalyticsWorkspace, ResourceGroup, Subnet, TerraformStack, VirtualNetwork, azurerm } from "../constructs/core/engine";
import { PRIVATE_DNS_ZONES, PrivateDnsZones, type PrivateDnsZoneName, type PrivateLinkSubresource } from "../constructs/network/private-dns-zones";
import { ComputeNetworkSecurityGroup } from "../constructs/network/compute-network-security-group";
import { PrivateMonitoring } from "../constructs/network/private-monitoring";
import { addBackend } from "./backend";
import type { ResolvedDeploymentEnvironment } from "./config/load";
import type { AzureMlConfig } from "./config/schema";
import { applyRulePack } from "../constructs/policy/rule-pack";

/** What team workspaces and their resources are reached through: the platform's private DNS zones are theirs. */
const TEAM_SUBRESOURCES: readonly PrivateLinkSubresource[] = ["amlworkspace", "blob", "file", "dfs", "queue", "table", "vault", "registry", "azuremonitor"];

export interface PlatformStackProps {
  readonly config: AzureMlConfig;
  /** The deployment environment of the stack (dev, prod: an entry of the config's `environments`, resolved), not an ML environment. */
  readonly deploymentEnvironment: ResolvedDeploymentEnvironment;
  /** Team names in this environment, in config order: each gets a /24 compute subnet. */
  readonly teams: readonly string[];
}

/**
 * The platform's attributes its team stacks reference, each read once: every read of a provider
 * attribute makes a new reference token, and every token captures a stack trace (about 0.1 ms at
 * 100 teams, four reads per team).
 * @internal
 */
export interface PlatformReferences {
  readonly resourceGroupName: string;
  readonly logAnalyticsWorkspaceId: string;
  /** Private environments. */
  readonly endpointSubnetId?: string;
  /** By team name (private environments). */
  readonly computeSubnetIds: Readonly<Record<string, string>>;
}

/**
 * What the teams of one environment share: a Log Analytics workspace and, in a private environment,
 * the virtual network (a private endpoint subnet and one compute subnet per team) and the private
 * DNS zones every workspace's endpoints register in. Team stacks reference these across stacks.
 */
export class PlatformStack extends TerraformStack {
  public readonly resourceGroup: ResourceGroup;
  public readonly logAnalytics: LogAnalyticsWorkspace;
  public readonly network?: VirtualNetwork;
  public readonly endpointSubnet?: Subnet;
  /** Compute subnets by team name. */
  public readonly computeSubnets: Record<string, Subnet> = {};
  public readonly dnsZones?: PrivateDnsZones;
  /** The Azure Monitor Private Link Scope of a private environment. */
  public readonly monitoring?: PrivateMonitoring;
  /** The network security group of the compute subnets (private environments). */
  public readonly computeNetworkSecurityGroup?: ComputeNetworkSecurityGroup;
  /**
   * What the team stacks reference, read once (see PlatformReferences).
   * @internal
   */
  public readonly references: PlatformReferences;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    const { config, deploymentEnvironment: env } = props;
    addBackend(this, id, config.state);
    addAzureProviders(this, { subscriptionId: env.subscriptionId });
    applyRulePack(this);
    const tags = { ...config.defaults.tags, environment: env.name, "managed-by": "cdktf-azureml" };
    const base = `${config.defaults.prefix}-platform-${env.name}`;

    this.resourceGroup = new azurerm.ResourceGroup(this, "ResourceGroup", { name: `rg-${base}`, location: env.location, tags, lifecycle: env.production ? { preventDestroy: true } : undefined });
    const resourceGroupName = this.resourceGroup.name;
    this.logAnalytics = new azurerm.LogAnalyticsWorkspace(this, "LogAnalytics", {
      name: `log-${base}`,
      resourceGroupName,
      location: env.location,
      sku: "PerGB2018",
      retentionInDays: env.logRetentionDays,
      // A private environment reaches its logs only through its Private Link Scope (below).
      internetIngestionEnabled: env.network !== "private",
      internetQueryEnabled: env.network !== "private",
      tags,
    });

    const logAnalyticsWorkspaceId = this.logAnalytics.id;
    let computeSubnetIds: Record<string, string> = {};
    let endpointSubnetId: string | undefined;
    if (env.network === "private") {
      const [a, b] = env.addressSpace.split(".");
      this.network = new azurerm.VirtualNetwork(this, "Network", { name: `vnet-${base}`, resourceGroupName, location: env.location, addressSpace: [env.addressSpace], tags });
      const virtualNetworkName = this.network.name;
      this.endpointSubnet = new azurerm.Subnet(this, "EndpointSubnet", {
        name: "snet-private-endpoints",
        resourceGroupName,
        virtualNetworkName,
        addressPrefixes: [`${a}.${b}.0.0/24`],
        privateEndpointNetworkPolicies: "Enabled",
        defaultOutboundAccessEnabled: false,
      });
      endpointSubnetId = this.endpointSubnet.id;
      props.teams.forEach((team, i) => {
        this.computeSubnets[team] = new azurerm.Subnet(this, `ComputeSubnet-${team}`, {
          name: `snet-${team}`,
          resourceGroupName,
          virtualNetworkName,
          addressPrefixes: [`${a}.${b}.${i + 1}.0/24`],
          defaultOutboundAccessEnabled: false,
        });
      });
      computeSubnetIds = Object.fromEntries(Object.entries(this.computeSubnets).map(([team, subnet]) => [team, subnet.id]));
      // The rules Azure ML compute needs, on every team's compute subnet (no public IPs there: outbound rules only).
      this.computeNetworkSecurityGroup = new ComputeNetworkSecurityGroup(this, "ComputeNetworkSecurityGroup", {
        name: `nsg-${base}-compute`,
        resourceGroupName,
        location: env.location,
        subnets: computeSubnetIds,
        tags,
      });
      this.dnsZones = new PrivateDnsZones(this, "DnsZones", {
        zoneNames: [...new Set(TEAM_SUBRESOURCES.flatMap((s) => PRIVATE_DNS_ZONES[s]))],
        resourceGroupName,
        virtualNetworkIds: [this.network.id],
        tags,
      });
      // Monitoring inside the network: the Log Analytics workspace (and each team's Application
      // Insights, scoped from the team stacks) behind an Azure Monitor Private Link Scope.
      this.monitoring = new PrivateMonitoring(this, "PrivateMonitoring", {
        name: `ampls-${base}`,
        resourceGroupName,
        location: env.location,
        subnetId: endpointSubnetId,
        privateDnsZoneIds: this.zoneIds(),
        scopedResources: { "log-analytics": logAnalyticsWorkspaceId },
        tags,
      });
    }
    this.references = { resourceGroupName, logAnalyticsWorkspaceId, endpointSubnetId, computeSubnetIds };
  }

  /** Zone ids by name, for team stacks' private endpoints. */
  public zoneIds(): Partial<Record<PrivateDnsZoneName, string>> {
    return this.dnsZones?.zoneIds() ?? {};
  }
}
