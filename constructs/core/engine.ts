/**
 * The engine seam: the only module of the library that imports `cdktf` and the azurerm provider
 * classes. Provider classes are imported by deep path (`@cdktf/provider-azurerm/lib/<resource>`):
 * the package root loads all ~1,100 resources (seconds of load and type-check in every process).
 *
 * A move to another engine (for example the community fork of cdktf) or a provider upgrade is a
 * change to this file alone.
 *
 * Resource classes load when first used, not with the package: `azurerm.X` is the class (`new`,
 * `instanceof`, static members), `X` its type. An app that makes a workspace and a cluster does not
 * load the twenty-odd other provider modules the library can create (each a large generated file).
 */
export {
  Annotations,
  App,
  Aspects,
  AzurermBackend,
  Fn,
  LocalBackend,
  Token,
  TerraformDataSource,
  dependable,
  TerraformElement,
  TerraformOutput,
  TerraformVariable,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  Testing,
  Lazy,
} from "cdktf";
/** Resolves tokens in a value as synthesis does (references become `${type.name.attr}`), for the rule pack. */
export { resolve as resolveTokens } from "cdktf/lib/_tokens";
export type { IAspect, IResolvable, ITerraformDependable, TerraformMetaArguments, TerraformResourceLifecycle } from "cdktf";

export { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
export type { MachineLearningWorkspaceConfig } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";

export type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
export type { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
export type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
export type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
export type { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
export type { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
export type { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
export type { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
export type { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
export type { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
export type { MachineLearningInferenceCluster } from "@cdktf/provider-azurerm/lib/machine-learning-inference-cluster";
export type { MachineLearningSynapseSpark } from "@cdktf/provider-azurerm/lib/machine-learning-synapse-spark";
export type { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
export type { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
export type { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
export type { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
export type { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
export type { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
export type { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
export type { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
export type { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
export type { MonitorPrivateLinkScope } from "@cdktf/provider-azurerm/lib/monitor-private-link-scope";
export type { MonitorPrivateLinkScopedService } from "@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service";
export type { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
export type { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
export type { AiFoundry } from "@cdktf/provider-azurerm/lib/ai-foundry";
export type { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
export type { AiFoundryProject } from "@cdktf/provider-azurerm/lib/ai-foundry-project";
export type { MachineLearningDatastoreBlobstorage } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage";
export type { MachineLearningDatastoreDatalakeGen2 } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2";
export type { MachineLearningDatastoreFileshare } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare";
export type { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";

const loaded = new Map<string, unknown>();
function load<T>(path: string): T {
  if (!loaded.has(path)) loaded.set(path, require(path));
  return loaded.get(path) as T;
}

/**
 * The azurerm resource classes the library creates, each module loaded on first use:
 * `new azurerm.StorageAccount(...)`, `x instanceof azurerm.KeyVault`. Their types are exported above
 * under their own names.
 */
export const azurerm = {
  get ResourceGroup(): typeof import("@cdktf/provider-azurerm/lib/resource-group").ResourceGroup {
    return load<typeof import("@cdktf/provider-azurerm/lib/resource-group")>("@cdktf/provider-azurerm/lib/resource-group").ResourceGroup;
  },
  get DataAzurermClientConfig(): typeof import("@cdktf/provider-azurerm/lib/data-azurerm-client-config").DataAzurermClientConfig {
    return load<typeof import("@cdktf/provider-azurerm/lib/data-azurerm-client-config")>("@cdktf/provider-azurerm/lib/data-azurerm-client-config").DataAzurermClientConfig;
  },
  get StorageAccount(): typeof import("@cdktf/provider-azurerm/lib/storage-account").StorageAccount {
    return load<typeof import("@cdktf/provider-azurerm/lib/storage-account")>("@cdktf/provider-azurerm/lib/storage-account").StorageAccount;
  },
  get KeyVault(): typeof import("@cdktf/provider-azurerm/lib/key-vault").KeyVault {
    return load<typeof import("@cdktf/provider-azurerm/lib/key-vault")>("@cdktf/provider-azurerm/lib/key-vault").KeyVault;
  },
  get LogAnalyticsWorkspace(): typeof import("@cdktf/provider-azurerm/lib/log-analytics-workspace").LogAnalyticsWorkspace {
    return load<typeof import("@cdktf/provider-azurerm/lib/log-analytics-workspace")>("@cdktf/provider-azurerm/lib/log-analytics-workspace").LogAnalyticsWorkspace;
  },
  get ApplicationInsights(): typeof import("@cdktf/provider-azurerm/lib/application-insights").ApplicationInsights {
    return load<typeof import("@cdktf/provider-azurerm/lib/application-insights")>("@cdktf/provider-azurerm/lib/application-insights").ApplicationInsights;
  },
  get ContainerRegistry(): typeof import("@cdktf/provider-azurerm/lib/container-registry").ContainerRegistry {
    return load<typeof import("@cdktf/provider-azurerm/lib/container-registry")>("@cdktf/provider-azurerm/lib/container-registry").ContainerRegistry;
  },
  get MonitorDiagnosticSetting(): typeof import("@cdktf/provider-azurerm/lib/monitor-diagnostic-setting").MonitorDiagnosticSetting {
    return load<typeof import("@cdktf/provider-azurerm/lib/monitor-diagnostic-setting")>("@cdktf/provider-azurerm/lib/monitor-diagnostic-setting").MonitorDiagnosticSetting;
  },
  get MachineLearningWorkspace(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-workspace").MachineLearningWorkspace {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-workspace")>("@cdktf/provider-azurerm/lib/machine-learning-workspace").MachineLearningWorkspace;
  },
  get MachineLearningComputeCluster(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-compute-cluster").MachineLearningComputeCluster {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-compute-cluster")>("@cdktf/provider-azurerm/lib/machine-learning-compute-cluster").MachineLearningComputeCluster;
  },
  get MachineLearningInferenceCluster(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-inference-cluster").MachineLearningInferenceCluster {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-inference-cluster")>("@cdktf/provider-azurerm/lib/machine-learning-inference-cluster").MachineLearningInferenceCluster;
  },
  get MachineLearningSynapseSpark(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-synapse-spark").MachineLearningSynapseSpark {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-synapse-spark")>("@cdktf/provider-azurerm/lib/machine-learning-synapse-spark").MachineLearningSynapseSpark;
  },
  get RoleAssignment(): typeof import("@cdktf/provider-azurerm/lib/role-assignment").RoleAssignment {
    return load<typeof import("@cdktf/provider-azurerm/lib/role-assignment")>("@cdktf/provider-azurerm/lib/role-assignment").RoleAssignment;
  },
  get UserAssignedIdentity(): typeof import("@cdktf/provider-azurerm/lib/user-assigned-identity").UserAssignedIdentity {
    return load<typeof import("@cdktf/provider-azurerm/lib/user-assigned-identity")>("@cdktf/provider-azurerm/lib/user-assigned-identity").UserAssignedIdentity;
  },
  get KeyVaultKey(): typeof import("@cdktf/provider-azurerm/lib/key-vault-key").KeyVaultKey {
    return load<typeof import("@cdktf/provider-azurerm/lib/key-vault-key")>("@cdktf/provider-azurerm/lib/key-vault-key").KeyVaultKey;
  },
  get PrivateEndpoint(): typeof import("@cdktf/provider-azurerm/lib/private-endpoint").PrivateEndpoint {
    return load<typeof import("@cdktf/provider-azurerm/lib/private-endpoint")>("@cdktf/provider-azurerm/lib/private-endpoint").PrivateEndpoint;
  },
  get PrivateDnsZone(): typeof import("@cdktf/provider-azurerm/lib/private-dns-zone").PrivateDnsZone {
    return load<typeof import("@cdktf/provider-azurerm/lib/private-dns-zone")>("@cdktf/provider-azurerm/lib/private-dns-zone").PrivateDnsZone;
  },
  get PrivateDnsZoneVirtualNetworkLink(): typeof import("@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link").PrivateDnsZoneVirtualNetworkLink {
    return load<typeof import("@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link")>("@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link").PrivateDnsZoneVirtualNetworkLink;
  },
  get VirtualNetwork(): typeof import("@cdktf/provider-azurerm/lib/virtual-network").VirtualNetwork {
    return load<typeof import("@cdktf/provider-azurerm/lib/virtual-network")>("@cdktf/provider-azurerm/lib/virtual-network").VirtualNetwork;
  },
  get Subnet(): typeof import("@cdktf/provider-azurerm/lib/subnet").Subnet {
    return load<typeof import("@cdktf/provider-azurerm/lib/subnet")>("@cdktf/provider-azurerm/lib/subnet").Subnet;
  },
  get NetworkSecurityGroup(): typeof import("@cdktf/provider-azurerm/lib/network-security-group").NetworkSecurityGroup {
    return load<typeof import("@cdktf/provider-azurerm/lib/network-security-group")>("@cdktf/provider-azurerm/lib/network-security-group").NetworkSecurityGroup;
  },
  get MonitorPrivateLinkScope(): typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scope").MonitorPrivateLinkScope {
    return load<typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scope")>("@cdktf/provider-azurerm/lib/monitor-private-link-scope").MonitorPrivateLinkScope;
  },
  get MonitorPrivateLinkScopedService(): typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service").MonitorPrivateLinkScopedService {
    return load<typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service")>("@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service").MonitorPrivateLinkScopedService;
  },
  get NetworkSecurityRule(): typeof import("@cdktf/provider-azurerm/lib/network-security-rule").NetworkSecurityRule {
    return load<typeof import("@cdktf/provider-azurerm/lib/network-security-rule")>("@cdktf/provider-azurerm/lib/network-security-rule").NetworkSecurityRule;
  },
  get SubnetNetworkSecurityGroupAssociation(): typeof import("@cdktf/provider-azurerm/lib/subnet-network-security-group-association").SubnetNetworkSecurityGroupAssociation {
    return load<typeof import("@cdktf/provider-azurerm/lib/subnet-network-security-group-association")>("@cdktf/provider-azurerm/lib/subnet-network-security-group-association").SubnetNetworkSecurityGroupAssociation;
  },
  get AiFoundry(): typeof import("@cdktf/provider-azurerm/lib/ai-foundry").AiFoundry {
    return load<typeof import("@cdktf/provider-azurerm/lib/ai-foundry")>("@cdktf/provider-azurerm/lib/ai-foundry").AiFoundry;
  },
  get CognitiveAccount(): typeof import("@cdktf/provider-azurerm/lib/cognitive-account").CognitiveAccount {
    return load<typeof import("@cdktf/provider-azurerm/lib/cognitive-account")>("@cdktf/provider-azurerm/lib/cognitive-account").CognitiveAccount;
  },
  get AiFoundryProject(): typeof import("@cdktf/provider-azurerm/lib/ai-foundry-project").AiFoundryProject {
    return load<typeof import("@cdktf/provider-azurerm/lib/ai-foundry-project")>("@cdktf/provider-azurerm/lib/ai-foundry-project").AiFoundryProject;
  },
  get MachineLearningDatastoreBlobstorage(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage").MachineLearningDatastoreBlobstorage {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage")>("@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage").MachineLearningDatastoreBlobstorage;
  },
  get MachineLearningDatastoreDatalakeGen2(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2").MachineLearningDatastoreDatalakeGen2 {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2")>("@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2").MachineLearningDatastoreDatalakeGen2;
  },
  get MachineLearningDatastoreFileshare(): typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare").MachineLearningDatastoreFileshare {
    return load<typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare")>("@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare").MachineLearningDatastoreFileshare;
  },
  get StorageContainer(): typeof import("@cdktf/provider-azurerm/lib/storage-container").StorageContainer {
    return load<typeof import("@cdktf/provider-azurerm/lib/storage-container")>("@cdktf/provider-azurerm/lib/storage-container").StorageContainer;
  },
};
