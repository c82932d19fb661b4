/**
 * The engine seam: the only module of the library that imports `cdktf` and the azurerm provider
 * classes. Provider classes are imported by deep path (`@cdktf/provider-azurerm/lib/<resource>`):
 * the package root loads all ~1,100 resources (seconds of load and type-check in every process).
 *
 * A move to another engine (for example the community fork of cdktf) or a provider upgrade is a
 * change to this file alone.
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
export { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
export { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
export { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
export { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
export { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
export { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
export { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
export { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
export { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
export { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
export { MachineLearningInferenceCluster } from "@cdktf/provider-azurerm/lib/machine-learning-inference-cluster";
export { MachineLearningSynapseSpark } from "@cdktf/provider-azurerm/lib/machine-learning-synapse-spark";
export { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
export { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
export { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
export { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
export { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
export { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
export { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
export { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
export { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
export { MonitorPrivateLinkScope } from "@cdktf/provider-azurerm/lib/monitor-private-link-scope";
export { MonitorPrivateLinkScopedService } from "@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service";
export { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
export { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
export { AiFoundry } from "@cdktf/provider-azurerm/lib/ai-foundry";
export { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
export { AiFoundryProject } from "@cdktf/provider-azurerm/lib/ai-foundry-project";
export { MachineLearningDatastoreBlobstorage } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-blobstorage";
export { MachineLearningDatastoreDatalakeGen2 } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-datalake-gen2";
export { MachineLearningDatastoreFileshare } from "@cdktf/provider-azurerm/lib/machine-learning-datastore-fileshare";
export { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
export type { MachineLearningWorkspaceConfig } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
