// The public API of cdktf-azureml (the package's main entry point). This file only re-exports, by
// name: what is not listed here is internal, and the package's `exports` map keeps deep imports out.
// Its surface is recorded in api/cdktf-azureml.api.md (npm run api); a test fails when they differ.
import "./core/runtime-check";

// Errors, names, ids, durations, schedules' time zones
export { ValidationError, formatProblem, type Problem } from "./core/validation";
export { NAME_RULES, deriveName, type NameKind, type NameRule } from "./core/naming";
export { parseArmId, type ArmId } from "./core/arm-id";
export { Duration } from "./core/duration";
export { WINDOWS_TIME_ZONES, isWindowsTimeZone } from "./core/time-zones";
export type { Tags } from "./core/common-props";

// Apps: atomic synthesis (everything or nothing written), a summary of what was written
export { SynthError, runApp, synthApp, type SynthAppOptions, type SynthAppResult } from "./app/synth-app";
export { addLocalBackend } from "./app/local-backend";
export { AzureResourceGroup, type AzureResourceGroupProps } from "./app/resource-group";

// Providers (the app's, never a construct's) and the client config a stack shares
export { addAzureProviders, type AzureProviders, type AzureProvidersOptions } from "./app/providers";
export { stackClientConfig } from "./core/client-config";

// azapi: the binding for what azurerm lacks
export { ML_API_VERSION } from "./azapi/api-version";
export { AZAPI_VERSION_CONSTRAINT, AzapiProvider, type AzapiProviderConfig } from "./azapi/provider";
export { AzapiResource, type AzapiBody, type AzapiIdentity, type AzapiIdentityType, type AzapiResourceConfig, type AzapiRetry, type AzapiTimeouts } from "./azapi/resource";
export { AzapiUpdateResource, type AzapiUpdateResourceConfig } from "./azapi/update-resource";
export { AzapiResourceAction, type AzapiResourceActionConfig } from "./azapi/resource-action";
export { escapeTerraformTemplate } from "./azapi/template-escape";

// Workspaces
export { isWorkspace, type IWorkspace, type ManagedNetworkIsolationMode, type WorkspaceReferenceOptions } from "./workspace/workspace-reference";
export { Workspace } from "./workspace/workspace";
export type { WorkspaceStorageOptions } from "./workspace/workspace-storage";
export type { WorkspaceProps } from "./workspace/workspace-props";
export { AiHub, type AiHubProps } from "./workspace/ai-hub";
export { AiProject, type AiProjectOptions, type IAiHub } from "./workspace/ai-project";

// Compute
export { ComputeCluster, type ComputeClusterOptions, type ComputeClusterProps } from "./compute/compute-cluster";
export { ComputeInstance, type ComputeInstanceOptions, type ComputeInstanceProps } from "./compute/compute-instance";
export { InferenceCluster, type InferenceClusterOptions, type InferenceClusterProps } from "./compute/inference-cluster";
export { SynapseSparkAttachment, type SynapseSparkAttachmentOptions, type SynapseSparkAttachmentProps } from "./compute/synapse-spark-attachment";
export type { ManagedIdentity } from "./core/identity";

// Access and encryption
export { BuiltInRoles, type BuiltInRole, type BuiltInRoleKey } from "./access/built-in-roles";
export { RoleGrant, type RoleGrantProps } from "./access/role-grant";
export { WorkspaceEncryptionKey, type WorkspaceEncryption } from "./access/workspace-encryption";

// Network isolation
export { ALL_ZONE_NAMES, PRIVATE_DNS_ZONES, PrivateDnsZones, type DnsZonesOption, type PrivateDnsZoneName, type PrivateDnsZonesProps, type PrivateLinkSubresource } from "./network/private-dns-zones";
export { ServicePrivateEndpoint, type ServicePrivateEndpointProps } from "./network/service-private-endpoint";
export { WorkspacePrivateEndpoints, type WorkspacePrivateEndpointsOptions } from "./network/workspace-private-endpoints";
export { ManagedNetworkOutboundRule, type ManagedNetworkOutboundRuleProps, type OutboundRule } from "./network/outbound-rule";
export { PrivateMonitoring, type PrivateMonitoringProps } from "./network/private-monitoring";
export { AZURE_ML_COMPUTE_TRAFFIC, ComputeNetworkSecurityGroup, type ComputeNetworkSecurityGroupProps, type ComputeTrafficRule } from "./network/compute-network-security-group";

// Data and assets
export { BlobDatastore, type BlobDatastoreOptions, type BlobDatastoreProps } from "./data/blob-datastore";
export { DataLakeGen2Datastore, type DataLakeGen2DatastoreOptions, type DataLakeGen2DatastoreProps } from "./data/data-lake-gen2-datastore";
export { FileShareDatastore, type FileShareDatastoreOptions, type FileShareDatastoreProps } from "./data/file-share-datastore";
export { ContainerDatastore, type ContainerDatastoreOptions, type ContainerDatastoreProps } from "./data/container-datastore";
export { registryAssetUri, type ComputeRef, type IAssetVersion, type ICompute, type Ref } from "./assets/asset-reference";
export { Model, type ModelOptions, type ModelProps } from "./assets/model";
export { Environment, type EnvironmentOptions, type EnvironmentProps } from "./assets/environment";
export { DataAsset, type DataAssetOptions, type DataAssetProps } from "./assets/data-asset";
export { CodeVersion, type CodeVersionProps } from "./assets/code-version";
export { CommandComponent, type CommandComponentProps } from "./assets/command-component";
export { MlRegistry, type MlRegistryProps } from "./assets/ml-registry";

// Endpoints
export type { EndpointCommonProps, IEndpoint, Probe } from "./endpoints/endpoint-common";
export { OnlineEndpoint, type OnlineEndpointOptions, type OnlineEndpointProps } from "./endpoints/online-endpoint";
export { OnlineDeployment, type OnlineDeploymentOptions, type OnlineDeploymentProps } from "./endpoints/online-deployment";
export { BatchEndpoint, type BatchEndpointOptions, type BatchEndpointProps } from "./endpoints/batch-endpoint";
export { BatchDeployment, type BatchDeploymentOptions, type BatchDeploymentProps } from "./endpoints/batch-deployment";

// Pipelines, schedules, connections
export type { CommandJob, JobInput, JobOutput, PipelineJob } from "./pipelines/job-definition";
export { Schedule, type ScheduleOptions, type ScheduleProps } from "./pipelines/schedule";
export { AiServicesAccount, type AiServicesAccountProps } from "./connections/ai-services-account";
export { WorkspaceConnection, type ConnectionTarget, type WorkspaceConnectionOptions, type WorkspaceConnectionProps } from "./connections/workspace-connection";

// The rule pack
export { all, block, defineRule, equals, notEquals, oneOf, present, type Outcome, type ResourceView, type Rule, type StackView } from "./policy/rule";
export { AzureMlRulePack, applyRulePack, evaluateRulePack, formatFinding, suppressRule, type Finding, type RulePackOptions, type RulePackReport } from "./policy/rule-pack";
export { ALL_RULES } from "./policy/rules";

// Pictures
export { stackToMermaid, type SynthesizedStack } from "./diagram/stack-diagram";
