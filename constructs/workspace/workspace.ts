import { Construct } from "constructs";
import { markWorkspace, WorkspaceReference, type IWorkspace, type ManagedNetworkIsolationMode, type WorkspaceReferenceOptions } from "./workspace-reference";
import { z } from "zod";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { ComputeCluster, type ComputeClusterOptions } from "../compute/compute-cluster";
import { ComputeInstance, type ComputeInstanceOptions } from "../compute/compute-instance";
import { InferenceCluster, type InferenceClusterOptions } from "../compute/inference-cluster";
import { SynapseSparkPool, type SynapseSparkPoolOptions } from "../compute/synapse-spark-pool";
import { mlType } from "../azapi/api-version";
import { armId } from "../core/arm-id";
import { placementShape, protect } from "../core/common-props";
import { APPLICATION_INSIGHTS_TYPE, CONTAINER_REGISTRY_TYPE, KEY_VAULT_TYPE, LOG_ANALYTICS_WORKSPACE_TYPE, STORAGE_ACCOUNT_TYPE, USER_ASSIGNED_IDENTITY_TYPE } from "../core/resource-types";
import { Annotations, ApplicationInsights, ContainerRegistry, KeyVault, LogAnalyticsWorkspace, MachineLearningWorkspace, MonitorDiagnosticSetting, StorageAccount } from "../core/engine";
import { azureName, deriveName, nameProblem } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved, pattern } from "../core/tokens";
import { Validator, formatProblem, type Problem } from "../core/validation";
import { WorkspaceContainerRegistry, workspaceContainerRegistryOptionsShape } from "./workspace-container-registry";
import { WorkspaceKeyVault, workspaceKeyVaultOptionsShape } from "./workspace-key-vault";
import { WorkspaceMonitoring, workspaceMonitoringOptionsShape } from "./workspace-monitoring";
import { WorkspaceStorage, workspaceStorageOptionsShape } from "./workspace-storage";
import { Schedule, type ScheduleOptions } from "../pipelines/schedule";
import { BlobDatastore, type BlobDatastoreOptions } from "../data/blob-datastore";
import { ContainerDatastore, type ContainerDatastoreOptions } from "../data/container-datastore";
import { DataLakeGen2Datastore, type DataLakeGen2DatastoreOptions } from "../data/data-lake-gen2-datastore";
import { FileShareDatastore, type FileShareDatastoreOptions } from "../data/file-share-datastore";
import { DataAsset, type DataAssetOptions } from "../assets/data-asset";
import { Environment, type EnvironmentOptions } from "../assets/environment";
import { Model, type ModelOptions } from "../assets/model";
import { OnlineEndpoint, type OnlineEndpointOptions } from "../endpoints/online-endpoint";
import { BatchEndpoint, type BatchEndpointOptions } from "../endpoints/batch-endpoint";
import { WorkspaceConnection, type WorkspaceConnectionOptions } from "../connections/workspace-connection";
import { BuiltInRoles, type BuiltInRole } from "../access/built-in-roles";
import { RoleGrant } from "../access/role-grant";
import { grantWorkspaceIdentityRoles } from "../access/workspace-identity-roles";
import { WorkspaceEncryptionKey, workspaceEncryptionSchema } from "../access/workspace-encryption";
import { ManagedNetworkOutboundRule, outboundRuleSchema, type OutboundRule } from "../network/outbound-rule";
import { WorkspacePrivateEndpoints, workspacePrivateEndpointsSchema, zonesNeeded, type PrivateEndpointTarget } from "../network/workspace-private-endpoints";
import type { SameShape } from "../core/same-shape";
import type { Duration } from "../core/duration";

const existingShape = <T extends z.ZodType>(type: string, resource: T) =>
  z
    .object({
      mode: z.literal("existing"),
      /** ARM id of the existing resource. */
      id: armId(type).optional(),
      /** The existing resource as a provider object in this app; its settings are then checked too. */
      resource: resource.optional(),
    })
    .strict();

const StorageOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceStorageOptionsShape }).strict(),
    existingShape(STORAGE_ACCOUNT_TYPE, z.instanceof(StorageAccount)),
  ])
  .prefault({ mode: "create" });

const KeyVaultOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceKeyVaultOptionsShape }).strict(),
    existingShape(KEY_VAULT_TYPE, z.instanceof(KeyVault)),
  ])
  .prefault({ mode: "create" });

const ApplicationInsightsOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceMonitoringOptionsShape }).strict(),
    existingShape(APPLICATION_INSIGHTS_TYPE, z.instanceof(ApplicationInsights)),
  ])
  .prefault({ mode: "create" });

const ContainerRegistryOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("on-demand") }).strict(),
    z.object({ mode: z.literal("create"), ...workspaceContainerRegistryOptionsShape }).strict(),
    existingShape(CONTAINER_REGISTRY_TYPE, z.instanceof(ContainerRegistry)),
  ])
  .prefault({ mode: "on-demand" });

const uaiId = armId(USER_ASSIGNED_IDENTITY_TYPE);
const IdentityOption = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("SystemAssigned") }).strict(),
    z
      .object({
        type: z.literal("UserAssigned"),
        /** User-assigned identity ids. */
        identityIds: z.array(uaiId).min(1),
        /** The identity the workspace uses by default; one of `identityIds`. */
        primaryIdentityId: uaiId,
        /**
         * Principal (object) id of the primary identity. When given, the workspace grants it the roles
         * Azure ML needs on the associated resources before the workspace is created.
         * @default - you grant those roles yourself (a warning says so)
         */
        primaryPrincipalId: z.string().min(1).optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal("SystemAssigned, UserAssigned"),
        identityIds: z.array(uaiId).min(1),
        /** @default - the system-assigned identity */
        primaryIdentityId: uaiId.optional(),
      })
      .strict(),
  ])
  .prefault({ type: "SystemAssigned" });

/** @internal */
export const WorkspacePropsSchema = z
  .object({
    /** Workspace name; every associated resource's name is derived from it. */
    name: azureName("workspace"),
    ...placementShape,
    /**
     * Public network access to the workspace and the resources it creates. An explicit choice:
     * `true` for sandboxes, `false` with private endpoints or a managed network.
     */
    publicNetworkAccessEnabled: z.boolean(),
    /** Display name in the studio. @default - the name */
    friendlyName: z.string().max(256).optional(),
    /** @default - none */
    description: z.string().max(1024).optional(),
    /** Reduces the diagnostic data Microsoft collects; create-time only (replaces the workspace). @default false */
    highBusinessImpact: z.boolean().default(false),
    /** A CPU compute cluster of this workspace that builds images (needed when the registry is private). @default - serverless build */
    imageBuildComputeName: azureName("computeCluster").optional(),
    /** Managed identity. @default { type: "SystemAssigned" } */
    identity: IdentityOption,
    /** Default storage account: created with secure defaults, or existing. @default { mode: "create" } */
    storageAccount: StorageOption,
    /** Key Vault: created with secure defaults, or existing. @default { mode: "create" } */
    keyVault: KeyVaultOption,
    /** Application Insights (workspace-based), created with a Log Analytics workspace, or existing. @default { mode: "create" } */
    applicationInsights: ApplicationInsightsOption,
    /**
     * Container registry: `on-demand` (Azure creates one when the first image is built), `create`,
     * or `existing`. An on-demand registry cannot be tagged (subscriptions that require tags reject
     * it): choose `create` there.
     * @default { mode: "on-demand" }
     */
    containerRegistry: ContainerRegistryOption,
    /**
     * Diagnostic settings for the workspace and a created Key Vault, sent to the Log Analytics
     * workspace (Azure Policy afe0c3be, cf820ca0).
     * @default { enabled: true } - to the created or given Log Analytics workspace
     */
    diagnostics: z
      .object({
        enabled: z.boolean().default(true),
        /** @default - the Log Analytics workspace of `applicationInsights` */
        logAnalyticsWorkspaceId: armId(LOG_ANALYTICS_WORKSPACE_TYPE).optional(),
      })
      .strict()
      .prefault({}),
    /**
     * Private endpoints into your virtual network for the workspace (`amlworkspace`, in both Azure ML
     * zones) and the resources it creates (storage `blob` and `file`, Key Vault `vault`, registry
     * `registry`), with private DNS zones created and linked or given. Requires
     * `publicNetworkAccessEnabled: false`.
     * @default - none
     */
    privateEndpoints: workspacePrivateEndpointsSchema.optional(),
    /**
     * A managed virtual network for the workspace's compute: `AllowInternetOutbound`, or
     * `AllowOnlyApprovedOutbound` with outbound rules. Once on, Azure never lets it be turned off or
     * loosened (approved-only to internet).
     * @default - none (isolation mode Disabled)
     */
    managedNetwork: z
      .object({
        isolationMode: z.enum(["AllowInternetOutbound", "AllowOnlyApprovedOutbound"]),
        /** Provision the network with the workspace instead of with the first compute (about 30 minutes later). @default false */
        provisionOnCreation: z.boolean().default(false),
        /** User-defined outbound rules by name. @default {} */
        outboundRules: z.record(z.string(), outboundRuleSchema).default({}),
      })
      .strict()
      .optional(),
    /**
     * Customer-managed key encryption of the workspace (and its created storage account). The key's
     * identity must be one of the workspace's user-assigned identities; the vault needs purge
     * protection.
     * @default - Microsoft-managed keys
     */
    encryption: workspaceEncryptionSchema.optional(),
    /**
     * Make this a feature store (workspace kind `FeatureStore`) with its Spark runtime and
     * materialization store connections.
     * @default - a Default workspace
     */
    featureStore: z
      .object({
        /** Spark runtime of materialization jobs, e.g. "3.4". */
        sparkRuntimeVersion: pattern(/^\d+\.\d+$/, "must be a version such as 3.4"),
        /** Connection of the offline store. @default - none */
        offlineConnectionName: z.string().min(1).optional(),
        /** Connection of the online store. @default - none */
        onlineConnectionName: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Seed of the unique suffix in derived global names. @default - the construct path, resource group and name */
    uniqueSuffixSeed: z.string().min(1).optional(),
    /** Terraform `prevent_destroy` on the workspace, storage, Key Vault and registry (production). @default false */
    preventDestroy: z.boolean().default(false),
  })
  .strict();

/** Props of `Workspace` (the input type of `WorkspacePropsSchema`). */
export interface WorkspaceProps {
  /**
   * Public network access to the workspace and the resources it creates. An explicit choice:
   * `true` for sandboxes, `false` with private endpoints or a managed network.
   */
  readonly publicNetworkAccessEnabled: boolean;
  /** Resource group the resources are created in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /** Workspace name; every associated resource's name is derived from it. */
  readonly name: string;
  /**
   * Display name in the studio.
   * @default - the name
   */
  readonly friendlyName?: string;
  /** @default - none */
  readonly description?: string;
  /**
   * Reduces the diagnostic data Microsoft collects; create-time only (replaces the workspace).
   * @default false
   */
  readonly highBusinessImpact?: boolean;
  /**
   * A CPU compute cluster of this workspace that builds images (needed when the registry is private).
   * @default - serverless build
   */
  readonly imageBuildComputeName?: string;
  /**
   * Managed identity.
   * @default { type: "SystemAssigned" }
   */
  readonly identity?: {
    readonly type: "SystemAssigned";
  } | {
    readonly type: "UserAssigned";
    /** User-assigned identity ids. */
    readonly identityIds: string[];
    /** The identity the workspace uses by default; one of `identityIds`. */
    readonly primaryIdentityId: string;
    /**
     * Principal (object) id of the primary identity. When given, the workspace grants it the roles
     * Azure ML needs on the associated resources before the workspace is created.
     * @default - you grant those roles yourself (a warning says so)
     */
    readonly primaryPrincipalId?: string;
  } | {
    readonly type: "SystemAssigned, UserAssigned";
    readonly identityIds: string[];
    /** @default - the system-assigned identity */
    readonly primaryIdentityId?: string;
  };
  /**
   * Default storage account: created with secure defaults, or existing.
   * @default { mode: "create" }
   */
  readonly storageAccount?: {
    readonly mode: "create";
    /**
     * Storage account name, globally unique.
     * @default - derived from the workspace name plus a deterministic suffix
     */
    readonly name?: string;
    /**
     * Replication. Geo-redundant by default (checkov CKV_AZURE_206, trivy AZU-0058).
     * @default "GRS"
     */
    readonly replicationType?: "LRS" | "ZRS" | "GRS" | "RAGRS" | "GZRS" | "RAGZRS";
    /**
     * Days deleted blobs are kept.
     * @default 7
     */
    readonly blobSoftDeleteDays?: number;
    /**
     * Days deleted containers are kept.
     * @default 7
     */
    readonly containerSoftDeleteDays?: number;
    /**
     * Blob versioning.
     * @default false
     */
    readonly versioningEnabled?: boolean;
    /**
     * Shared key (account key and SAS) access. Off by default: the workspace then reaches its system
     * datastores with its managed identity (`systemDatastoresAuthMode: Identity`). Turning it on is an
     * explicit, insecure choice (CKV2_AZURE_40, Azure Policy 8c6a50c6).
     * @default false
     */
    readonly sharedAccessKeyEnabled?: boolean;
    /**
     * Days after which a SAS expires, when shared keys are on (CKV2_AZURE_41).
     * @default "01.00:00:00" (one day)
     */
    readonly sasExpirationPeriod?: string;
  } | {
    readonly mode: "existing";
    /** ARM id of the existing resource. */
    readonly id?: string;
    /**
     * The existing resource as a provider object in this app; its settings are then checked too.
     */
    readonly resource?: StorageAccount;
  };
  /**
   * Key Vault: created with secure defaults, or existing.
   * @default { mode: "create" }
   */
  readonly keyVault?: {
    readonly mode: "create";
    /**
     * Key Vault name, globally unique.
     * @default - derived from the workspace name plus a deterministic suffix
     */
    readonly name?: string;
    /**
     * `standard` or `premium` (HSM-backed keys).
     * @default "standard"
     */
    readonly sku?: "standard" | "premium";
    /**
     * Days a deleted vault or secret is recoverable; set explicitly (trivy AZU-0016), cannot change later.
     * @default 90
     */
    readonly softDeleteRetentionDays?: number;
    /**
     * Entra ID tenant of the vault.
     * @default - the tenant Terraform runs as (`data.azurerm_client_config`)
     */
    readonly tenantId?: string;
  } | {
    readonly mode: "existing";
    /** ARM id of the existing resource. */
    readonly id?: string;
    /**
     * The existing resource as a provider object in this app; its settings are then checked too.
     */
    readonly resource?: KeyVault;
  };
  /**
   * Application Insights (workspace-based), created with a Log Analytics workspace, or existing.
   * @default { mode: "create" }
   */
  readonly applicationInsights?: {
    readonly mode: "create";
    /**
     * Application Insights name.
     * @default - `appi-<workspace name>`
     */
    readonly applicationInsightsName?: string;
    /**
     * Log Analytics workspace name.
     * @default - `log-<workspace name>`
     */
    readonly logAnalyticsWorkspaceName?: string;
    /**
     * An existing Log Analytics workspace (e.g. a platform team's shared one) to put Application
     * Insights and the diagnostic settings on, instead of creating one.
     * @default - a Log Analytics workspace is created
     */
    readonly existingLogAnalyticsWorkspaceId?: string;
    /**
     * Days logs are kept in the created Log Analytics workspace.
     * @default 30
     */
    readonly retentionInDays?: number;
  } | {
    readonly mode: "existing";
    /** ARM id of the existing resource. */
    readonly id?: string;
    /**
     * The existing resource as a provider object in this app; its settings are then checked too.
     */
    readonly resource?: ApplicationInsights;
  };
  /**
   * Container registry: `on-demand` (Azure creates one when the first image is built), `create`,
   * or `existing`. An on-demand registry cannot be tagged (subscriptions that require tags reject
   * it): choose `create` there.
   * @default { mode: "on-demand" }
   */
  readonly containerRegistry?: {
    readonly mode: "on-demand";
  } | {
    readonly mode: "create";
    /**
     * Registry name, globally unique.
     * @default - derived from the workspace name plus a deterministic suffix
     */
    readonly name?: string;
    /**
     * SKU. Premium is what private endpoints, retention, dedicated data endpoints and zone
     * redundancy need (Azure Policy bd560fc0).
     * @default "Premium"
     */
    readonly sku?: "Basic" | "Standard" | "Premium";
    /**
     * Days untagged manifests are kept (Premium only; CKV_AZURE_167).
     * @default 7
     */
    readonly retentionDays?: number;
    /**
     * Zone redundancy (Premium only, in regions with zones; CKV_AZURE_233).
     * @default false
     */
    readonly zoneRedundancyEnabled?: boolean;
  } | {
    readonly mode: "existing";
    /** ARM id of the existing resource. */
    readonly id?: string;
    /**
     * The existing resource as a provider object in this app; its settings are then checked too.
     */
    readonly resource?: ContainerRegistry;
  };
  /**
   * Diagnostic settings for the workspace and a created Key Vault, sent to the Log Analytics
   * workspace (Azure Policy afe0c3be, cf820ca0).
   * @default { enabled: true } - to the created or given Log Analytics workspace
   */
  readonly diagnostics?: {
    readonly enabled?: boolean;
    /** @default - the Log Analytics workspace of `applicationInsights` */
    readonly logAnalyticsWorkspaceId?: string;
  };
  /**
   * Private endpoints into your virtual network for the workspace (`amlworkspace`, in both Azure ML
   * zones) and the resources it creates (storage `blob` and `file`, Key Vault `vault`, registry
   * `registry`), with private DNS zones created and linked or given. Requires
   * `publicNetworkAccessEnabled: false`.
   * @default - none
   */
  readonly privateEndpoints?: {
    /** The subnet the endpoints go in (private endpoint network policies as you need them). */
    readonly subnetId: string;
    /**
     * Private DNS zones: created and linked to the virtual network, or existing ones (e.g. a hub's).
     * @default { mode: "create" }
     */
    readonly dnsZones?: {
      readonly mode: "create";
      /**
       * Virtual networks to link each zone to.
       * @default - the private endpoints' virtual network
       */
      readonly virtualNetworkIds?: string[];
      /**
       * Resource group of the zones.
       * @default - the workspace's
       */
      readonly resourceGroupName?: string;
    } | {
      readonly mode: "existing";
      /**
       * Zone ids by zone name, e.g. `{ "privatelink.api.azureml.ms": "/subscriptions/…/privateDnsZones/privatelink.api.azureml.ms" }`.
       */
      readonly zoneIds: {
        readonly "privatelink.api.azureml.ms"?: string;
        readonly "privatelink.notebooks.azure.net"?: string;
        readonly "privatelink.blob.core.windows.net"?: string;
        readonly "privatelink.file.core.windows.net"?: string;
        readonly "privatelink.dfs.core.windows.net"?: string;
        readonly "privatelink.queue.core.windows.net"?: string;
        readonly "privatelink.table.core.windows.net"?: string;
        readonly "privatelink.vaultcore.azure.net"?: string;
        readonly "privatelink.azurecr.io"?: string;
      };
    };
    /**
     * Region of the endpoints (the virtual network's).
     * @default - the workspace's
     */
    readonly location?: string;
    /**
     * Resource group of the endpoints.
     * @default - the workspace's
     */
    readonly resourceGroupName?: string;
  };
  /**
   * A managed virtual network for the workspace's compute: `AllowInternetOutbound`, or
   * `AllowOnlyApprovedOutbound` with outbound rules. Once on, Azure never lets it be turned off or
   * loosened (approved-only to internet).
   * @default - none (isolation mode Disabled)
   */
  readonly managedNetwork?: {
    readonly isolationMode: "AllowInternetOutbound" | "AllowOnlyApprovedOutbound";
    /**
     * Provision the network with the workspace instead of with the first compute (about 30 minutes later).
     * @default false
     */
    readonly provisionOnCreation?: boolean;
    /**
     * User-defined outbound rules by name.
     * @default {}
     */
    readonly outboundRules?: Record<string, {
      readonly type: "FQDN";
      /**
       * A host name, `*.` wildcard allowed (ports 80 and 443 only; Azure adds a managed firewall).
       */
      readonly destination: string;
    } | {
      readonly type: "ServiceTag";
      /** An Azure service tag, e.g. `AzureOpenDatasets`, `DataFactory`. */
      readonly serviceTag: string;
      /** @default "TCP" */
      readonly protocol?: "*" | "TCP" | "UDP" | "ICMP";
      /**
       * `443`, `80,443`, `1024-65535` or `*`.
       * @default "443"
       */
      readonly portRanges?: string;
    } | {
      readonly type: "PrivateEndpoint";
      /** The ARM id of the resource to reach. */
      readonly serviceResourceId: string;
      /** Its private-link subresource, e.g. `blob`, `vault`, `registry`. */
      readonly subresourceTarget: string;
      /**
       * Reachable from serverless Spark too.
       * @default false
       */
      readonly sparkEnabled?: boolean;
    }>;
  };
  /**
   * Customer-managed key encryption of the workspace (and its created storage account). The key's
   * identity must be one of the workspace's user-assigned identities; the vault needs purge
   * protection.
   * @default - Microsoft-managed keys
   */
  readonly encryption?: {
    /** The key: created in the workspace's own Key Vault, or an existing key. */
    readonly key: {
      readonly mode: "create";
      /**
       * Expiry of the first version, a literal RFC 3339 UTC time (CKV_AZURE_40): written in code, so synthesis stays deterministic.
       */
      readonly expirationDate: string;
      /** @default "cmk-workspace" */
      readonly name?: string;
      /**
       * `RSA-HSM` needs a premium vault (CKV_AZURE_112).
       * @default "RSA-HSM"
       */
      readonly keyType?: "RSA" | "RSA-HSM";
      /** @default 3072 */
      readonly keySize?: 4096 | 3072;
      /**
       * Automatic rotation this long before expiry; new versions expire after `expireAfter`.
       * @default Duration.days(30)
       */
      readonly rotateBeforeExpiry?: string | Duration;
      /** @default Duration.days(365) */
      readonly expireAfter?: string | Duration;
    } | {
      readonly mode: "existing";
      /** The vault holding the key (same subscription as the workspace, purge protection on). */
      readonly keyVaultId: string;
      /** The versioned key identifier, `https://<vault>.vault.azure.net/keys/<name>/<version>`. */
      readonly keyId: string;
    };
    /**
     * The user-assigned identity that reaches the key; it must be one of the workspace's identities.
     */
    readonly userAssignedIdentityId: string;
    /**
     * That identity's principal (object) id: it is granted "Key Vault Crypto Service Encryption User" on the vault.
     */
    readonly userAssignedIdentityPrincipalId: string;
    /**
     * Object id, in your tenant, of the Azure Cosmos DB service principal (app id
     * a232010e-820c-4083-83bb-3ace5fc29d0b). Azure ML keeps workspace metadata in Cosmos DB, which
     * must reach the key; when given, it is granted the same role.
     * @default - not granted here (grant it once per tenant yourself)
     */
    readonly cosmosDbPrincipalId?: string;
    /**
     * Encrypt the created storage account with the same key and identity (CKV2_AZURE_1).
     * @default true
     */
    readonly encryptStorage?: boolean;
  };
  /**
   * Make this a feature store (workspace kind `FeatureStore`) with its Spark runtime and
   * materialization store connections.
   * @default - a Default workspace
   */
  readonly featureStore?: {
    /** Spark runtime of materialization jobs, e.g. "3.4". */
    readonly sparkRuntimeVersion: string;
    /**
     * Connection of the offline store.
     * @default - none
     */
    readonly offlineConnectionName?: string;
    /**
     * Connection of the online store.
     * @default - none
     */
    readonly onlineConnectionName?: string;
  };
  /**
   * Seed of the unique suffix in derived global names.
   * @default - the construct path, resource group and name
   */
  readonly uniqueSuffixSeed?: string;
  /**
   * Terraform `prevent_destroy` on the workspace, storage, Key Vault and registry (production).
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/** @internal */
type ParsedProps = z.output<typeof WorkspacePropsSchema>;

/** Checks what azurerm lets through and Azure rejects (research notes on constraints, §3.1-3.2). */
function crossChecks(v: Validator, p: ParsedProps): void {
  for (const [field, opt] of [
    ["storageAccount", p.storageAccount],
    ["keyVault", p.keyVault],
    ["applicationInsights", p.applicationInsights],
    ["containerRegistry", p.containerRegistry],
  ] as const) {
    if (opt?.mode === "existing") {
      if (!opt.id && !opt.resource) v.add("REQUIRED", `${field}.id`, undefined, "is required with mode \"existing\" (or give resource)");
      if (opt.id && opt.resource) v.add("CONFLICT", `${field}.resource`, undefined, `cannot be set together with ${field}.id`);
    }
  }

  const sa = p.storageAccount;
  if (sa?.mode === "existing" && sa.resource) {
    const tier = sa.resource.accountTierInput;
    const kind = sa.resource.accountKindInput;
    const hns = sa.resource.isHnsEnabledInput;
    if (tier === "Premium") v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", "account_tier=Premium", "cannot be Premium: Azure ML's default storage must be Standard");
    if (kind && ["BlobStorage", "BlockBlobStorage", "FileStorage"].includes(kind)) {
      v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", `account_kind=${kind}`, "must be StorageV2 (or Storage): Azure ML's default storage cannot be BlobStorage, BlockBlobStorage or FileStorage");
    }
    if (hns === true) v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", "is_hns_enabled=true", "cannot have a hierarchical namespace: use an ADLS Gen2 account as an extra datastore instead");
  }
  const ai = p.applicationInsights;
  if (ai?.mode === "existing" && ai.resource && ai.resource.workspaceIdInput === undefined) {
    v.add("CLASSIC_APP_INSIGHTS", "applicationInsights.resource", undefined, "must be workspace-based (set workspace_id): classic Application Insights is retired");
  }

  const id = p.identity;
  if (id && id.type !== "SystemAssigned" && id.primaryIdentityId && Array.isArray(id.identityIds)) {
    const known = id.identityIds.some(isUnresolved) || isUnresolved(id.primaryIdentityId);
    if (!known && !id.identityIds.includes(id.primaryIdentityId)) {
      v.add("IDENTITY_PRIMARY", "identity.primaryIdentityId", id.primaryIdentityId, "must be one of identity.identityIds");
    }
  }

  const cr = p.containerRegistry;
  if (cr?.mode === "create" && p.publicNetworkAccessEnabled === false && cr.sku !== "Premium") {
    v.add("REQUIRES_PREMIUM", "containerRegistry.sku", cr.sku, "must be \"Premium\" for a private workspace (private endpoints need Premium)");
  }

  const pe = p.privateEndpoints;
  if (pe && p.publicNetworkAccessEnabled === true) {
    v.add("CONFLICT", "privateEndpoints", "(set)", "cannot be combined with publicNetworkAccessEnabled: true: private endpoints are for a private workspace");
  }
  if (pe?.subnetId && isUnresolved(pe.subnetId) && pe.dnsZones?.mode === "create" && !pe.dnsZones.virtualNetworkIds) {
    v.add("REQUIRED", "privateEndpoints.dnsZones.virtualNetworkIds", undefined, "is required when subnetId is a reference: the zones are linked to virtual networks");
  }
  if (pe?.dnsZones?.mode === "existing") {
    const given = Object.keys(pe.dnsZones.zoneIds ?? {});
    const missing = zonesNeeded(privateEndpointTargets(p).flatMap((t) => t.subresources)).filter((z) => !given.includes(z));
    if (missing.length) v.add("DNS_ZONES", "privateEndpoints.dnsZones.zoneIds", given, `must include ${missing.join(", ")}`);
  }
  for (const [name, rule] of Object.entries(p.managedNetwork?.outboundRules ?? {})) {
    if (nameProblem("outboundRule", name)) v.add("NAME_RULE", `managedNetwork.outboundRules.${name}`, name, `name ${nameProblem("outboundRule", name)}`);
    if ((rule.type === "FQDN" || rule.type === "ServiceTag") && p.managedNetwork?.isolationMode === "AllowInternetOutbound") {
      v.add("RULE_NEEDS_APPROVED_OUTBOUND", `managedNetwork.outboundRules.${name}.type`, rule.type, 'needs isolationMode "AllowOnlyApprovedOutbound": with "AllowInternetOutbound" only private endpoint rules are allowed');
    }
  }

  const enc = p.encryption;
  if (enc) {
    const uai = enc.userAssignedIdentityId;
    const ids = id && id.type !== "SystemAssigned" ? id.identityIds : [];
    if (!isUnresolved(uai) && !(ids ?? []).some((x) => isUnresolved(x) || x === uai)) {
      v.add("ENCRYPTION_IDENTITY", "encryption.userAssignedIdentityId", uai, "must be one of identity.identityIds (use identity type \"SystemAssigned, UserAssigned\" or \"UserAssigned\")");
    }
    if (enc.key?.mode === "create") {
      if (p.keyVault?.mode !== "create") v.add("CONFLICT", "encryption.key.mode", "create", "needs keyVault mode \"create\": the key is created in the workspace's own vault (give an existing key otherwise)");
      else if (enc.key.keyType === "RSA-HSM" && p.keyVault.sku !== "premium") v.add("REQUIRES_PREMIUM", "keyVault.sku", p.keyVault.sku, 'must be "premium" for an RSA-HSM key (or set encryption.key.keyType to "RSA")');
    }
    const kv = p.keyVault;
    if (kv?.mode === "existing" && kv.resource && kv.resource.purgeProtectionEnabledInput !== true) {
      v.add("PURGE_PROTECTION", "keyVault.resource", "purge_protection_enabled unset or false", "must have purge protection for customer-managed keys");
    }
    if (enc.encryptStorage && p.storageAccount?.mode === "create" && p.storageAccount.sharedAccessKeyEnabled === true) {
      // Allowed, only noted: CMK does not depend on shared keys.
    }
  }

  const diag = p.diagnostics;
  if (diag?.enabled && !diag.logAnalyticsWorkspaceId && ai?.mode === "existing") {
    const fromResource = ai.resource?.workspaceIdInput;
    if (!fromResource) {
      v.add("REQUIRED", "diagnostics.logAnalyticsWorkspaceId", undefined, "is required when applicationInsights is existing (or set diagnostics.enabled to false)");
    }
  }
}

/** What the workspace's private endpoints reach: the workspace and the resources it creates. */
function privateEndpointTargets(p: ParsedProps): { key: "workspace" | "storage" | "vault" | "registry"; subresources: PrivateEndpointTarget["subresources"] }[] {
  const out: { key: "workspace" | "storage" | "vault" | "registry"; subresources: PrivateEndpointTarget["subresources"] }[] = [{ key: "workspace", subresources: ["amlworkspace"] }];
  if (p.storageAccount?.mode === "create") out.push({ key: "storage", subresources: ["blob", "file"] });
  if (p.keyVault?.mode === "create") out.push({ key: "vault", subresources: ["vault"] });
  if (p.containerRegistry?.mode === "create") out.push({ key: "registry", subresources: ["registry"] });
  return out;
}

/**
 * An Azure ML workspace (kind Default) with its associated resources: a storage account, a Key
 * Vault, a workspace-based Application Insights on a Log Analytics workspace and, on demand or
 * created, a container registry. Each associated resource can instead be an existing one.
 *
 * Secure by default: system-assigned identity, shared keys off on storage (system datastores use the
 * workspace identity), Key Vault with RBAC and purge protection, diagnostic settings on, legacy v1
 * mode off. Public network access is an explicit choice.
 */
export class Workspace extends Construct implements IWorkspace {
  /**
   * References an existing workspace by its ARM id; the result is used exactly like a created one.
   */
  public static fromWorkspaceId(scope: Construct, id: string, workspaceId: string, options: WorkspaceReferenceOptions = {}): IWorkspace {
    return new WorkspaceReference(scope, id, workspaceId, options);
  }

  /** The azurerm workspace (construct id `Resource`). */
  public readonly resource: MachineLearningWorkspace;
  /** Created associated resources; undefined where an existing one (or on-demand registry) is used. */
  public readonly storageAccount?: StorageAccount;
  public readonly keyVault?: KeyVault;
  public readonly applicationInsights?: ApplicationInsights;
  public readonly logAnalyticsWorkspace?: LogAnalyticsWorkspace;
  public readonly containerRegistry?: ContainerRegistry;
  /** Diagnostic settings created for the workspace and the Key Vault. */
  public readonly diagnosticSettings: MonitorDiagnosticSetting[] = [];
  /** The key and grants of customer-managed key encryption, when configured. */
  public readonly encryptionKey?: WorkspaceEncryptionKey;
  /** Roles granted to a user-assigned workspace identity before the workspace is created. */
  public readonly identityRoleGrants: RoleGrant[] = [];
  /** Private endpoints of the workspace and its created resources, when configured. */
  public readonly privateEndpoints?: WorkspacePrivateEndpoints;
  /** Managed network outbound rules added so far. */
  public readonly outboundRules: ManagedNetworkOutboundRule[] = [];
  /** Role grants made with `grant`. */
  public readonly grants: RoleGrant[] = [];
  private grantCount = 0;
  /** Sets `systemDatastoresAuthMode: Identity` when shared keys are off (azurerm 4.55 has no attribute for it). */
  public readonly systemDatastoresAuthMode?: AzapiUpdateResource;

  /** Ids of the associated resources in use, created or existing. */
  public readonly storageAccountId: string;
  public readonly keyVaultId: string;
  public readonly applicationInsightsId: string;
  /** The registry id, undefined in on-demand mode. */
  public readonly containerRegistryId?: string;
  /** The Log Analytics workspace diagnostics go to, if any. */
  public readonly logAnalyticsWorkspaceId?: string;

  public readonly workspaceId: string;
  public readonly workspaceName: string;
  public readonly resourceGroupName: string;
  public readonly location: string;
  public readonly publicNetworkAccessEnabled: boolean;
  public readonly principalId?: string;
  public readonly managedNetworkIsolationMode: ManagedNetworkIsolationMode;

  constructor(scope: Construct, id: string, props: WorkspaceProps) {
    super(scope, id);
    markWorkspace(this);
    const v = new Validator(this);
    const p = v.parse(WorkspacePropsSchema, props);
    v.check(() => crossChecks(v, p));
    v.throwIfAny();

    // Tokens are left out of the seed: their text depends on creation order, not on what they refer to.
    const rgForSeed = isUnresolved(p.resourceGroupName) ? "" : p.resourceGroupName;
    const seed = p.uniqueSuffixSeed ?? `${this.node.path}|${rgForSeed}|${p.name}`;
    const placement = { resourceGroupName: p.resourceGroupName, location: p.location, tags: p.tags };
    const pna = p.publicNetworkAccessEnabled;
    this.managedNetworkIsolationMode = p.managedNetwork?.isolationMode ?? "Disabled";

    // Key Vault first: a created encryption key lives in it.
    if (p.keyVault.mode === "create") {
      const k = p.keyVault;
      const kv = new WorkspaceKeyVault(this, "KeyVault", {
        ...placement,
        name: k.name ?? deriveName("keyVault", p.name, seed),
        sku: k.sku,
        softDeleteRetentionDays: k.softDeleteRetentionDays,
        tenantId: k.tenantId,
        publicNetworkAccessEnabled: pna,
        preventDestroy: p.preventDestroy,
      });
      this.keyVault = kv.resource;
      this.keyVaultId = kv.resource.id;
    } else {
      this.keyVaultId = p.keyVault.id ?? p.keyVault.resource!.id;
    }

    if (p.encryption) {
      this.encryptionKey = new WorkspaceEncryptionKey(this, "Encryption", { encryption: p.encryption, keyVaultId: this.keyVaultId, tags: p.tags });
    }

    // Storage
    let sharedKeysOff = false;
    if (p.storageAccount.mode === "create") {
      const s = p.storageAccount;
      const cmk = p.encryption?.encryptStorage && this.encryptionKey;
      const storage = new WorkspaceStorage(this, "Storage", {
        ...placement,
        name: s.name ?? deriveName("storageAccount", p.name, seed),
        replicationType: s.replicationType,
        blobSoftDeleteDays: s.blobSoftDeleteDays,
        containerSoftDeleteDays: s.containerSoftDeleteDays,
        versioningEnabled: s.versioningEnabled,
        sharedAccessKeyEnabled: s.sharedAccessKeyEnabled,
        sasExpirationPeriod: s.sasExpirationPeriod,
        publicNetworkAccessEnabled: pna,
        preventDestroy: p.preventDestroy,
        customerManagedKey: cmk ? { keyVaultKeyId: cmk.versionlessKeyId, userAssignedIdentityId: p.encryption!.userAssignedIdentityId } : undefined,
      },
      // The storage account reaches the key with the identity: its crypto role must exist first.
      cmk ? cmk.grants.map((g) => g.resource) : [],
      );
      this.storageAccount = storage.resource;
      this.storageAccountId = storage.resource.id;
      sharedKeysOff = !s.sharedAccessKeyEnabled;
    } else {
      this.storageAccountId = p.storageAccount.id ?? p.storageAccount.resource!.id;
      sharedKeysOff = p.storageAccount.resource?.sharedAccessKeyEnabledInput === false;
    }

    // Monitoring
    let lawId: string | undefined = p.diagnostics.logAnalyticsWorkspaceId;
    if (p.applicationInsights.mode === "create") {
      const a = p.applicationInsights;
      const mon = new WorkspaceMonitoring(this, "Monitoring", {
        ...placement,
        applicationInsightsName: a.applicationInsightsName ?? deriveName("applicationInsights", p.name, seed),
        logAnalyticsWorkspaceName: a.logAnalyticsWorkspaceName ?? deriveName("logAnalyticsWorkspace", p.name, seed),
        existingLogAnalyticsWorkspaceId: a.existingLogAnalyticsWorkspaceId,
        retentionInDays: a.retentionInDays,
      });
      this.applicationInsights = mon.resource;
      this.logAnalyticsWorkspace = mon.logAnalyticsWorkspace;
      this.applicationInsightsId = mon.resource.id;
      lawId ??= mon.logAnalyticsWorkspaceId;
    } else {
      this.applicationInsightsId = p.applicationInsights.id ?? p.applicationInsights.resource!.id;
      lawId ??= p.applicationInsights.resource?.workspaceIdInput;
    }
    this.logAnalyticsWorkspaceId = lawId;

    // Container registry
    const cr = p.containerRegistry;
    if (cr.mode === "create") {
      const reg = new WorkspaceContainerRegistry(this, "ContainerRegistry", {
        ...placement,
        name: cr.name ?? deriveName("containerRegistry", p.name, seed),
        sku: cr.sku,
        retentionDays: cr.retentionDays,
        zoneRedundancyEnabled: cr.zoneRedundancyEnabled,
        publicNetworkAccessEnabled: pna,
        preventDestroy: p.preventDestroy,
      });
      this.containerRegistry = reg.resource;
      this.containerRegistryId = reg.resource.id;
    } else if (cr.mode === "existing") {
      this.containerRegistryId = cr.id ?? cr.resource!.id;
    }

    // Roles a user-assigned workspace identity needs before the workspace exists.
    const identity = p.identity;
    if (identity.type === "UserAssigned") {
      if (identity.primaryPrincipalId) {
        this.identityRoleGrants.push(
          ...grantWorkspaceIdentityRoles(
            new Construct(this, "IdentityRoles"),
            identity.primaryPrincipalId,
            { storageAccountId: this.storageAccountId, keyVaultId: this.keyVaultId, applicationInsightsId: this.applicationInsightsId, containerRegistryId: this.containerRegistryId },
            this.managedNetworkIsolationMode !== "Disabled",
          ),
        );
      } else {
        Annotations.of(this).addWarning(
          "identity: a user-assigned workspace identity needs roles on storage, Key Vault, registry and Application Insights before the workspace is created; give identity.primaryPrincipalId to have them granted here.",
        );
      }
    }

    // The workspace
    this.resource = new MachineLearningWorkspace(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      kind: p.featureStore ? "FeatureStore" : "Default",
      featureStore: p.featureStore
        ? { computerSparkRuntimeVersion: p.featureStore.sparkRuntimeVersion, offlineConnectionName: p.featureStore.offlineConnectionName, onlineConnectionName: p.featureStore.onlineConnectionName }
        : undefined,
      skuName: "Basic",
      friendlyName: p.friendlyName,
      description: p.description,
      storageAccountId: this.storageAccountId,
      keyVaultId: this.keyVaultId,
      applicationInsightsId: this.applicationInsightsId,
      containerRegistryId: this.containerRegistryId,
      publicNetworkAccessEnabled: pna,
      v1LegacyModeEnabled: false,
      highBusinessImpact: p.highBusinessImpact,
      imageBuildComputeName: p.imageBuildComputeName,
      identity: identity.type === "SystemAssigned" ? { type: "SystemAssigned" } : { type: identity.type, identityIds: identity.identityIds },
      primaryUserAssignedIdentity: identity.type === "SystemAssigned" ? undefined : identity.primaryIdentityId,
      managedNetwork: p.managedNetwork ? { isolationMode: p.managedNetwork.isolationMode, provisionOnCreationEnabled: p.managedNetwork.provisionOnCreation } : undefined,
      encryption: this.encryptionKey
        ? { keyVaultId: this.encryptionKey.keyVaultId, keyId: this.encryptionKey.keyId, userAssignedIdentityId: p.encryption!.userAssignedIdentityId }
        : undefined,
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
      dependsOn: [...this.identityRoleGrants, ...(this.encryptionKey?.grants ?? [])].map((g) => g.resource),
    });

    this.workspaceId = this.resource.id;
    this.workspaceName = p.name;
    this.resourceGroupName = p.resourceGroupName;
    this.location = p.location;
    this.publicNetworkAccessEnabled = pna;
    this.principalId = identity.type === "UserAssigned" ? undefined : this.resource.identity.principalId;

    requireProviders(this, { azapi: sharedKeysOff || Object.keys(p.managedNetwork?.outboundRules ?? {}).length > 0, storageUseAzuread: sharedKeysOff && this.storageAccount !== undefined });
    if (sharedKeysOff) {
      this.systemDatastoresAuthMode = new AzapiUpdateResource(this, "SystemDatastoresAuthMode", {
        type: mlType("workspaces"),
        resourceId: this.resource.id,
        body: { properties: { systemDatastoresAuthMode: "Identity" } },
      });
    }

    // Managed network outbound rules
    for (const [name, rule] of Object.entries(p.managedNetwork?.outboundRules ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      this.addOutboundRule(name, rule);
    }

    // Private endpoints
    if (p.privateEndpoints) {
      const targets: PrivateEndpointTarget[] = privateEndpointTargets(p).map((t) => ({
        ...t,
        resourceId: { workspace: this.workspaceId, storage: this.storageAccountId, vault: this.keyVaultId, registry: this.containerRegistryId ?? "" }[t.key]!,
      }));
      this.privateEndpoints = new WorkspacePrivateEndpoints(this, "PrivateEndpoints", {
        options: p.privateEndpoints,
        baseName: p.name,
        resourceGroupName: p.resourceGroupName,
        location: p.location,
        targets,
        tags: p.tags,
      });
    } else if (!pna && !p.managedNetwork) {
      Annotations.of(this).addWarning("publicNetworkAccessEnabled is false and no privateEndpoints are configured: the workspace is reachable only through private endpoints created elsewhere.");
    }

    // Diagnostics
    if (p.diagnostics.enabled && lawId) {
      const diag = (cid: string, target: string, logs: string[], metrics = true) =>
        this.diagnosticSettings.push(
          new MonitorDiagnosticSetting(this, cid, {
            name: "send-to-log-analytics",
            targetResourceId: target,
            logAnalyticsWorkspaceId: lawId!,
            enabledLog: logs.length ? logs.map((categoryGroup) => ({ categoryGroup })) : undefined,
            enabledMetric: metrics ? [{ category: "AllMetrics" }] : undefined,
          }),
        );
      diag("Diagnostics", this.resource.id, ["allLogs"]);
      if (this.keyVault) diag("KeyVaultDiagnostics", this.keyVault.id, ["audit", "allLogs"]);
      if (this.storageAccount) {
        diag("StorageDiagnostics", this.storageAccount.id, [], true);
        diag("StorageBlobDiagnostics", `${this.storageAccount.id}/blobServices/default`, ["audit", "allLogs"]);
        diag("StorageFileDiagnostics", `${this.storageAccount.id}/fileServices/default`, ["audit", "allLogs"]);
      }
    }
    this.node.addValidation({ validate: () => this.validateImageBuildCompute().map(formatProblem) });
  }

  /** Registers a blob container as a datastore (identity-based by default). */
  public addBlobDatastore(id: string, options: BlobDatastoreOptions): BlobDatastore {
    return new BlobDatastore(this, id, { ...options, workspace: this });
  }

  /** Registers an ADLS Gen2 file system as a datastore (identity-based by default). */
  public addDataLakeGen2Datastore(id: string, options: DataLakeGen2DatastoreOptions): DataLakeGen2Datastore {
    return new DataLakeGen2Datastore(this, id, { ...options, workspace: this });
  }

  /** Registers a file share as a datastore (a Key Vault credential reference is required). */
  public addFileShareDatastore(id: string, options: FileShareDatastoreOptions): FileShareDatastore {
    return new FileShareDatastore(this, id, { ...options, workspace: this });
  }

  /** Creates a private container in the workspace's storage account and registers it as a datastore. */
  public addContainerDatastore(id: string, options: ContainerDatastoreOptions): ContainerDatastore {
    return new ContainerDatastore(this, id, { ...options, workspace: this, storageAccountId: this.storageAccountId });
  }

  /** Registers a model version. */
  public addModel(id: string, options: ModelOptions): Model {
    return new Model(this, id, { ...options, workspace: this });
  }

  /** Registers an environment version. */
  public addEnvironment(id: string, options: EnvironmentOptions): Environment {
    return new Environment(this, id, { ...options, workspace: this });
  }

  /** Registers a data asset version. */
  public addDataAsset(id: string, options: DataAssetOptions): DataAsset {
    return new DataAsset(this, id, { ...options, workspace: this });
  }

  /** Adds a managed online endpoint; add deployments and traffic on it. */
  public addOnlineEndpoint(id: string, options: OnlineEndpointOptions): OnlineEndpoint {
    return new OnlineEndpoint(this, id, { ...options, workspace: this });
  }

  /** Adds a batch endpoint; add deployments and the default deployment on it. */
  public addBatchEndpoint(id: string, options: BatchEndpointOptions): BatchEndpoint {
    return new BatchEndpoint(this, id, { ...options, workspace: this });
  }

  /** Adds a schedule: a recurring command job, pipeline job or batch endpoint invocation. */
  public addSchedule(id: string, options: ScheduleOptions): Schedule {
    return new Schedule(this, id, { ...options, workspace: this });
  }

  /** Adds a connection (Azure OpenAI, AI Search, storage, registry, Git, Python feed). */
  public addConnection(id: string, options: WorkspaceConnectionOptions): WorkspaceConnection {
    return new WorkspaceConnection(this, id, { ...options, workspace: this });
  }

  /** Adds a user-defined outbound rule to the managed virtual network (which must be configured). */
  public addOutboundRule(name: string, rule: OutboundRule): ManagedNetworkOutboundRule {
    const r = new ManagedNetworkOutboundRule(this, `OutboundRule-${name}`, { workspace: this, name, rule });
    this.outboundRules.push(r);
    return r;
  }

  /**
   * Grants a principal a role on this workspace, e.g.
   * `workspace.grant(groupObjectId, BuiltInRoles.AzureMLDataScientist, { principalType: "Group" })`.
   * Give `options.id` for a construct id that stays put when grants are reordered (it names the
   * Terraform resource; by default ids are numbered in call order).
   */
  public grant(principalId: string, role: BuiltInRole, options: { principalType?: "User" | "Group" | "ServicePrincipal"; id?: string } = {}): RoleGrant {
    const id = options.id ?? `Grant${++this.grantCount}-${role.name.replace(/[^A-Za-z0-9]/g, "")}`;
    const g = new RoleGrant(this, id, { scope: this.workspaceId, principalId, role, principalType: options.principalType });
    this.grants.push(g);
    return g;
  }

  /** Grants "AzureML Data Scientist": run jobs, manage assets and endpoints, no workspace settings or compute changes. */
  public grantDataScientist(principalId: string, principalType?: "User" | "Group" | "ServicePrincipal"): RoleGrant {
    return this.grant(principalId, BuiltInRoles.AzureMLDataScientist, { principalType });
  }

  /** Adds a compute cluster (AmlCompute) to this workspace. */
  public addComputeCluster(id: string, options: ComputeClusterOptions): ComputeCluster {
    return new ComputeCluster(this, id, { ...options, workspace: this });
  }

  /** Adds a compute instance to this workspace (idle shutdown on by default). */
  public addComputeInstance(id: string, options: ComputeInstanceOptions): ComputeInstance {
    return new ComputeInstance(this, id, { ...options, workspace: this });
  }

  /** Attaches an existing AKS cluster as an inference cluster. */
  public attachKubernetes(id: string, options: InferenceClusterOptions): InferenceCluster {
    return new InferenceCluster(this, id, { ...options, workspace: this });
  }

  /** Attaches a Synapse Spark pool. */
  public attachSynapseSpark(id: string, options: SynapseSparkPoolOptions): SynapseSparkPool {
    return new SynapseSparkPool(this, id, { ...options, workspace: this });
  }

  /**
   * Names a CPU compute cluster of this workspace as the one that builds images (needed when the
   * registry is network-restricted). Sets `image_build_compute_name`.
   */
  public useImageBuildCompute(cluster: ComputeCluster): void {
    this.resource.imageBuildComputeName = cluster.clusterName;
  }

  /**
   * Synth-time rules of the image build compute, checked after every mutator ran: a private workspace
   * with its own registry needs one, and it must be a CPU cluster when it is one of ours.
   */
  private validateImageBuildCompute(): Problem[] {
    const problems: Problem[] = [];
    const name = this.resource.imageBuildComputeNameInput;
    const at = (code: string, value: unknown, rule: string) => problems.push({ code, path: this.node.path, field: "imageBuildComputeName", value, rule });
    if (!this.publicNetworkAccessEnabled && this.containerRegistryId !== undefined && !name) {
      at(
        "IMAGE_BUILD_COMPUTE",
        undefined,
        "is required when the workspace is private and has its own registry: a network-restricted registry cannot be reached by serverless image builds (name a CPU compute cluster, or call useImageBuildCompute(cluster))",
      );
    }
    if (name && !isUnresolved(name)) {
      const cluster = this.node.findAll().find((c): c is ComputeCluster => c instanceof ComputeCluster && c.clusterName === name);
      if (cluster?.isGpu) at("IMAGE_BUILD_COMPUTE_GPU", name, "must name a CPU compute cluster: image builds do not run on GPU sizes");
    }
    return problems;
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceProps, z.input<typeof WorkspacePropsSchema>>;
