/**
 * The engine seam: the only module of the library that imports `cdktf` and the azurerm provider
 * classes. Provider classes are imported by deep path (`@cdktf/provider-azurerm/lib/<resource>`):
 * the package root loads all ~1,100 resources (seconds of load and type-check in every process).
 *
 * A move to another engine (for example the community fork of cdktf) or a provider upgrade is a
 * change to this file alone.
 *
 * Resource classes load when first used, not with the package: `XClass` is the class (`new`,
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

/**
 * A provider class that loads its module on first use. Instances are the real class's (`new`
 * passes the real class as `new.target`); `instanceof` and static members go to the real class.
 */
function lazyClass<T extends abstract new (...args: never[]) => unknown>(name: string, load: () => T): T {
  let real: T | undefined;
  const get = (): T => (real ??= load());
  const proxy: T = new Proxy(function () {} as unknown as T, {
    construct: (_, args, newTarget) => Reflect.construct(get() as unknown as new (...a: unknown[]) => object, args, newTarget === proxy ? get() : newTarget),
    get: (_, key) => (key === "name" ? name : Reflect.get(get(), key)),
    has: (_, key) => Reflect.has(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
  return proxy;
}

export type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
export const ResourceGroupClass = lazyClass("ResourceGroup", () => (require("@cdktf/provider-azurerm/lib/resource-group") as typeof import("@cdktf/provider-azurerm/lib/resource-group")).ResourceGroup);
export type { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
export const DataAzurermClientConfigClass = lazyClass("DataAzurermClientConfig", () => (require("@cdktf/provider-azurerm/lib/data-azurerm-client-config") as typeof import("@cdktf/provider-azurerm/lib/data-azurerm-client-config")).DataAzurermClientConfig);
export type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
export const StorageAccountClass = lazyClass("StorageAccount", () => (require("@cdktf/provider-azurerm/lib/storage-account") as typeof import("@cdktf/provider-azurerm/lib/storage-account")).StorageAccount);
export type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
export const KeyVaultClass = lazyClass("KeyVault", () => (require("@cdktf/provider-azurerm/lib/key-vault") as typeof import("@cdktf/provider-azurerm/lib/key-vault")).KeyVault);
export type { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
export const LogAnalyticsWorkspaceClass = lazyClass("LogAnalyticsWorkspace", () => (require("@cdktf/provider-azurerm/lib/log-analytics-workspace") as typeof import("@cdktf/provider-azurerm/lib/log-analytics-workspace")).LogAnalyticsWorkspace);
export type { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
export const ApplicationInsightsClass = lazyClass("ApplicationInsights", () => (require("@cdktf/provider-azurerm/lib/application-insights") as typeof import("@cdktf/provider-azurerm/lib/application-insights")).ApplicationInsights);
export type { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
export const ContainerRegistryClass = lazyClass("ContainerRegistry", () => (require("@cdktf/provider-azurerm/lib/container-registry") as typeof import("@cdktf/provider-azurerm/lib/container-registry")).ContainerRegistry);
export type { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
export const MonitorDiagnosticSettingClass = lazyClass("MonitorDiagnosticSetting", () => (require("@cdktf/provider-azurerm/lib/monitor-diagnostic-setting") as typeof import("@cdktf/provider-azurerm/lib/monitor-diagnostic-setting")).MonitorDiagnosticSetting);
export type { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
export const MachineLearningWorkspaceClass = lazyClass("MachineLearningWorkspace", () => (require("@cdktf/provider-azurerm/lib/machine-learning-workspace") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-workspace")).MachineLearningWorkspace);
export type { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
export const MachineLearningComputeClusterClass = lazyClass("MachineLearningComputeCluster", () => (require("@cdktf/provider-azurerm/lib/machine-learning-compute-cluster") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-compute-cluster")).MachineLearningComputeCluster);
export type { MachineLearningInferenceCluster } from "@cdktf/provider-azurerm/lib/machine-learning-inference-cluster";
export const MachineLearningInferenceClusterClass = lazyClass("MachineLearningInferenceCluster", () => (require("@cdktf/provider-azurerm/lib/machine-learning-inference-cluster") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-inference-cluster")).MachineLearningInferenceCluster);
export type { MachineLearningSynapseSpark } from "@cdktf/provider-azurerm/lib/machine-learning-synapse-spark";
export const MachineLearningSynapseSparkClass = lazyClass("MachineLearningSynapseSpark", () => (require("@cdktf/provider-azurerm/lib/machine-learning-synapse-spark") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-synapse-spark")).MachineLearningSynapseSpark);
export type { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
export const RoleAssignmentClass = lazyClass("RoleAssignment", () => (require("@cdktf/provider-azurerm/lib/role-assignment") as typeof import("@cdktf/provider-azurerm/lib/role-assignment")).RoleAssignment);
export type { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
export const UserAssignedIdentityClass = lazyClass("UserAssignedIdentity", () => (require("@cdktf/provider-azurerm/lib/user-assigned-identity") as typeof import("@cdktf/provider-azurerm/lib/user-assigned-identity")).UserAssignedIdentity);
export type { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
export const KeyVaultKeyClass = lazyClass("KeyVaultKey", () => (require("@cdktf/provider-azurerm/lib/key-vault-key") as typeof import("@cdktf/provider-azurerm/lib/key-vault-key")).KeyVaultKey);
export type { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
export const PrivateEndpointClass = lazyClass("PrivateEndpoint", () => (require("@cdktf/provider-azurerm/lib/private-endpoint") as typeof import("@cdktf/provider-azurerm/lib/private-endpoint")).PrivateEndpoint);
export type { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
export const PrivateDnsZoneClass = lazyClass("PrivateDnsZone", () => (require("@cdktf/provider-azurerm/lib/private-dns-zone") as typeof import("@cdktf/provider-azurerm/lib/private-dns-zone")).PrivateDnsZone);
export type { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
export const PrivateDnsZoneVirtualNetworkLinkClass = lazyClass("PrivateDnsZoneVirtualNetworkLink", () => (require("@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link") as typeof import("@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link")).PrivateDnsZoneVirtualNetworkLink);
export type { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
export const VirtualNetworkClass = lazyClass("VirtualNetwork", () => (require("@cdktf/provider-azurerm/lib/virtual-network") as typeof import("@cdktf/provider-azurerm/lib/virtual-network")).VirtualNetwork);
export type { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
export const SubnetClass = lazyClass("Subnet", () => (require("@cdktf/provider-azurerm/lib/subnet") as typeof import("@cdktf/provider-azurerm/lib/subnet")).Subnet);
export type { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
export const NetworkSecurityGroupClass = lazyClass("NetworkSecurityGroup", () => (require("@cdktf/provider-azurerm/lib/network-security-group") as typeof import("@cdktf/provider-azurerm/lib/network-security-group")).NetworkSecurityGroup);
export type { MonitorPrivateLinkScope } from "@cdktf/provider-azurerm/lib/monitor-private-link-scope";
export const MonitorPrivateLinkScopeClass = lazyClass("MonitorPrivateLinkScope", () => (require("@cdktf/provider-azurerm/lib/monitor-private-link-scope") as typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scope")).MonitorPrivateLinkScope);
export type { MonitorPrivateLinkScopedService } from "@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service";
export const MonitorPrivateLinkScopedServiceClass = lazyClass("MonitorPrivateLinkScopedService", () => (require("@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service") as typeof import("@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service")).MonitorPrivateLinkScopedService);
export type { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
export const NetworkSecurityRuleClass = lazyClass("NetworkSecurityRule", () => (require("@cdktf/provider-azurerm/lib/network-security-rule") as typeof import("@cdktf/provider-azurerm/lib/network-security-rule")).NetworkSecurityRule);
export type { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
export const SubnetNetworkSecurityGroupAssociationClass = lazyClass("SubnetNetworkSecurityGroupAssociation", () => (require("@cdktf/provider-azurerm/lib/subnet-network-security-group-association") as typeof import("@cdktf/provider-azurerm/lib/subnet-network-security-group-association")).SubnetNetworkSecurityGroupAssociation);
export type { AiFoundry } from "@cdktf/provider-azurerm/lib/ai-foundry";
export const AiFoundryClass = lazyClass("AiFoundry", () => (require("@cdktf/provider-azurerm/lib/ai-foundry") as typeof import("@cdktf/provider-azurerm/lib/ai-foundry")).AiFoundry);
export type { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
export const CognitiveAccountClass = lazyClass("CognitiveAccount", () => (require("@cdktf/provider-azurerm/lib/cognitive-account") as typeof import("@cdktf/provider-azurerm/lib/cognitive-account")).CognitiveAccount);
export type { AiFoundryProject } from "@cdktf/provider-azurerm/lib/ai-foundry-project";
export const AiFoundryProjectClass = lazyClass("AiFoundryProject", () => (require("@cdktf/provider-azurerm/lib/ai-foundry-project") as typeof import("@cdktf/provider-azurerm/lib/ai-foundry-project")).AiFoundryProject);
export type { MachineLearningDatastoreBlobstorage } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage";
export const MachineLearningDatastoreBlobstorageClass = lazyClass("MachineLearningDatastoreBlobstorage", () => (require("@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage")).MachineLearningDatastoreBlobstorage);
export type { MachineLearningDatastoreDatalakeGen2 } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2";
export const MachineLearningDatastoreDatalakeGen2Class = lazyClass("MachineLearningDatastoreDatalakeGen2", () => (require("@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2")).MachineLearningDatastoreDatalakeGen2);
export type { MachineLearningDatastoreFileshare } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare";
export const MachineLearningDatastoreFileshareClass = lazyClass("MachineLearningDatastoreFileshare", () => (require("@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare") as typeof import("@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare")).MachineLearningDatastoreFileshare);
export type { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
export const StorageContainerClass = lazyClass("StorageContainer", () => (require("@cdktf/provider-azurerm/lib/storage-container") as typeof import("@cdktf/provider-azurerm/lib/storage-container")).StorageContainer);
