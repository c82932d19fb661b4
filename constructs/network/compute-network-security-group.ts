import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { tagsSchema } from "../core/common-props";
import { NetworkSecurityGroup, NetworkSecurityRule, SubnetNetworkSecurityGroupAssociation, azurerm } from "../core/engine";
import { SUBNET_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";
import { byCodePoint } from "../core/order";

/** One traffic rule Azure ML compute needs: direction, protocol, ports and the service tag on the far side. */
export interface ComputeTrafficRule {
  readonly name: string;
  readonly direction: "Inbound" | "Outbound";
  readonly protocol: "Tcp" | "Udp";
  readonly ports: readonly string[];
  /** The service tag; `{region}` stands for the compute's region. */
  readonly serviceTag: string;
  readonly purpose: string;
}

/**
 * The traffic Azure ML compute instances and clusters in a virtual network need, from "Configure
 * inbound and outbound network traffic"
 * (https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall) and
 * "Secure training environments" (how-to-secure-training-vnet): inbound only for compute with public
 * IPs, outbound always.
 */
export const AZURE_ML_COMPUTE_TRAFFIC: readonly ComputeTrafficRule[] = [
  { name: "AllowBatchNodeManagementInbound", direction: "Inbound", protocol: "Tcp", ports: ["29876-29877"], serviceTag: "BatchNodeManagement.{region}", purpose: "create, update and delete compute instances and clusters (public IP compute only)" },
  { name: "AllowAzureMachineLearningInbound", direction: "Inbound", protocol: "Tcp", ports: ["44224"], serviceTag: "AzureMachineLearning", purpose: "create, update and delete compute instances (public IP compute only)" },
  { name: "AllowAzureActiveDirectoryOutbound", direction: "Outbound", protocol: "Tcp", ports: ["80", "443"], serviceTag: "AzureActiveDirectory", purpose: "authentication with Microsoft Entra ID" },
  { name: "AllowAzureMachineLearningOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443", "8787", "18881"], serviceTag: "AzureMachineLearning", purpose: "Azure ML services; 8787 for RStudio on instances, 18881 for the language server" },
  { name: "AllowAzureMachineLearningUdpOutbound", direction: "Outbound", protocol: "Udp", ports: ["5831"], serviceTag: "AzureMachineLearning", purpose: "management of compute instances and clusters" },
  { name: "AllowBatchNodeManagementOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "BatchNodeManagement.{region}", purpose: "management of compute instances and clusters" },
  { name: "AllowAzureResourceManagerOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "AzureResourceManager", purpose: "Azure operations from the compute" },
  { name: "AllowStorageOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443", "445"], serviceTag: "Storage.{region}", purpose: "the workspace's storage and Azure Batch's" },
  { name: "AllowAzureFrontDoorFrontEndOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "AzureFrontDoor.FrontEnd", purpose: "the Azure ML studio" },
  { name: "AllowContainerRegistryOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "MicrosoftContainerRegistry.{region}", purpose: "Microsoft's base images" },
  { name: "AllowAzureFrontDoorFirstPartyOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "AzureFrontDoor.FirstParty", purpose: "Microsoft's base images (served through Front Door)" },
  { name: "AllowAzureMonitorOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "AzureMonitor", purpose: "logs and metrics" },
  { name: "AllowKeyVaultOutbound", direction: "Outbound", protocol: "Tcp", ports: ["443"], serviceTag: "AzureKeyVault.{region}", purpose: "the workspace's Key Vault" },
];

/** @internal */
export const ComputeNetworkSecurityGroupPropsSchema = z
  .object({
    name: z.string().min(1).max(80),
    resourceGroupName: z.string().min(1),
    location: z.string().min(1),
    publicIpCompute: z.boolean().default(false),
    restrictOutbound: z.boolean().default(false),
    subnets: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, "must be letters, digits, hyphens or underscores (it names the association)"), armId(SUBNET_TYPE)).default({}),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface ComputeNetworkSecurityGroupProps {
  /** The network security group's name. */
  readonly name: string;
  readonly resourceGroupName: string;
  /** The region of the group and of the compute: regional service tags (`Storage.<region>`) use it. */
  readonly location: string;
  /**
   * Compute in the subnets has public IPs: then Azure ML needs inbound access from the
   * `BatchNodeManagement` and `AzureMachineLearning` service tags. Without public IPs (the secure
   * choice, and what this library configures in a subnet) no inbound rule is needed.
   * @default false
   */
  readonly publicIpCompute?: boolean;
  /**
   * Deny all other outbound traffic (priority 4096) after the rules Azure ML needs. Images that
   * install packages (conda, pip) then need those hosts allowed too, or a firewall: an explicit choice.
   * @default false
   */
  readonly restrictOutbound?: boolean;
  /**
   * Compute subnets to associate the group with, by a name (the association's construct id comes from
   * it, so adding or removing a subnet moves no other address).
   * @default {}
   */
  readonly subnets?: Record<string, string>;
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * A network security group for subnets with Azure ML compute (instances and clusters), with the rules
 * Azure ML needs (AZURE_ML_COMPUTE_TRAFFIC), associated with the given subnets. Rules are separate
 * `azurerm_network_security_rule` resources, named for what they allow.
 */
export class ComputeNetworkSecurityGroup extends Construct {
  /** The group (construct id `Resource`). */
  public readonly resource: NetworkSecurityGroup;
  public readonly rules: NetworkSecurityRule[] = [];
  public readonly associations: SubnetNetworkSecurityGroupAssociation[] = [];
  public readonly networkSecurityGroupId: string;

  constructor(scope: Construct, id: string, props: ComputeNetworkSecurityGroupProps) {
    super(scope, id);
    const p = Validator.props(this, ComputeNetworkSecurityGroupPropsSchema, props);

    this.resource = new azurerm.NetworkSecurityGroup(this, "Resource", { name: p.name, resourceGroupName: p.resourceGroupName, location: p.location, tags: Object.keys(p.tags).length ? p.tags : undefined });
    // Read once: each read of a provider attribute makes a token, and each token captures a stack trace.
    this.networkSecurityGroupId = this.resource.id;
    const networkSecurityGroupName = this.resource.name;
    const region = isUnresolved(p.location) ? undefined : p.location.toLowerCase().replace(/\s+/g, "");
    const wanted = AZURE_ML_COMPUTE_TRAFFIC.filter((r) => r.direction === "Outbound" || p.publicIpCompute);
    wanted.forEach((r, i) => {
      const tag = region ? r.serviceTag.replace("{region}", region) : r.serviceTag.replace(".{region}", "");
      const peer = r.direction === "Inbound" ? { sourceAddressPrefix: tag, destinationAddressPrefix: "VirtualNetwork" } : { sourceAddressPrefix: "VirtualNetwork", destinationAddressPrefix: tag };
      this.rules.push(
        new azurerm.NetworkSecurityRule(this, r.name, {
          name: r.name,
          resourceGroupName: p.resourceGroupName,
          networkSecurityGroupName,
          priority: (r.direction === "Inbound" ? 100 : 200) + i * 10,
          direction: r.direction,
          access: "Allow",
          protocol: r.protocol,
          sourcePortRange: "*",
          destinationPortRanges: [...r.ports],
          description: `Azure ML: ${r.purpose}`,
          ...peer,
        }),
      );
    });
    if (p.restrictOutbound) {
      this.rules.push(
        new azurerm.NetworkSecurityRule(this, "DenyOtherOutbound", {
          name: "DenyOtherOutbound",
          resourceGroupName: p.resourceGroupName,
          networkSecurityGroupName,
          priority: 4096,
          direction: "Outbound",
          access: "Deny",
          protocol: "*",
          sourcePortRange: "*",
          destinationPortRange: "*",
          sourceAddressPrefix: "*",
          destinationAddressPrefix: "Internet",
          description: "Everything else to the internet (restrictOutbound)",
        }),
      );
    }
    for (const [name, subnetId] of Object.entries(p.subnets).sort(([a], [b]) => byCodePoint(a, b))) {
      this.associations.push(new azurerm.SubnetNetworkSecurityGroupAssociation(this, `Association-${name}`, { subnetId, networkSecurityGroupId: this.networkSecurityGroupId }));
    }
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ComputeNetworkSecurityGroupProps, z.input<typeof ComputeNetworkSecurityGroupPropsSchema>>;
