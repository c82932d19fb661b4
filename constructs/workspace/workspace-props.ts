import * as z from "zod";
import { armId } from "../core/arm-id";
import { identityIdSchema, identityIdsSchema } from "../core/identity";
import { placementShape } from "../core/common-props";
import { APPLICATION_INSIGHTS_TYPE, CONTAINER_REGISTRY_TYPE, KEY_VAULT_TYPE, LOG_ANALYTICS_WORKSPACE_TYPE, STORAGE_ACCOUNT_TYPE, SUBNET_TYPE } from "../core/resource-types";
import { ApplicationInsights, ContainerRegistry, KeyVault, StorageAccount, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { pattern } from "../core/tokens";
import type { SameShape } from "../core/same-shape";
import { workspaceEncryptionSchema, type WorkspaceEncryption } from "../access/workspace-encryption";
import { outboundRuleSchema, type OutboundRule } from "../network/outbound-rule";
import { workspacePrivateEndpointsSchema, type WorkspacePrivateEndpointsOptions } from "../network/workspace-private-endpoints";
import { workspaceContainerRegistryOptionsShape } from "./workspace-container-registry";
import { workspaceKeyVaultOptionsShape } from "./workspace-key-vault";
import { workspaceMonitoringOptionsShape } from "./workspace-monitoring";
import { workspaceStorageOptionsShape, type WorkspaceStorageOptions } from "./workspace-storage";

// The props of Workspace: the interface users read, and the schema that validates it inside.
/** An instance of a provider class, which is loaded only when a value is checked (not on import). */
const providerObject = <T>(load: () => abstract new (...args: never[]) => T, name: string) =>
  z.custom<T>((v) => v instanceof load(), { error: `must be a ${name}`, params: { code: "INVALID_TYPE" } });

const existingShape = <T extends z.ZodType>(type: string, resource: T) =>
  z
    .object({
      mode: z.literal("existing"),
      id: armId(type).optional(),
      resource: resource.optional(),
    })
    .strict();

const StorageOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceStorageOptionsShape }).strict(),
    existingShape(STORAGE_ACCOUNT_TYPE, providerObject(() => azurerm.StorageAccount, "StorageAccount")),
  ])
  .prefault({ mode: "create" });

const KeyVaultOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceKeyVaultOptionsShape }).strict(),
    existingShape(KEY_VAULT_TYPE, providerObject(() => azurerm.KeyVault, "KeyVault")),
  ])
  .prefault({ mode: "create" });

const ApplicationInsightsOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("create"), ...workspaceMonitoringOptionsShape }).strict(),
    existingShape(APPLICATION_INSIGHTS_TYPE, providerObject(() => azurerm.ApplicationInsights, "ApplicationInsights")),
  ])
  .prefault({ mode: "create" });

const ContainerRegistryOption = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("on-demand") }).strict(),
    z.object({ mode: z.literal("create"), ...workspaceContainerRegistryOptionsShape }).strict(),
    existingShape(CONTAINER_REGISTRY_TYPE, providerObject(() => azurerm.ContainerRegistry, "ContainerRegistry")),
  ])
  .prefault({ mode: "on-demand" });

const IdentityOption = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("SystemAssigned") }).strict(),
    z
      .object({
        type: z.literal("UserAssigned"),
        identityIds: identityIdsSchema,
        primaryIdentityId: identityIdSchema,
        primaryPrincipalId: z.string().min(1).optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal("SystemAssigned, UserAssigned"),
        identityIds: identityIdsSchema,
        primaryIdentityId: identityIdSchema.optional(),
      })
      .strict(),
  ])
  .prefault({ type: "SystemAssigned" });

/** @internal */
export const WorkspacePropsSchema = z
  .object({
    name: azureName("workspace"),
    ...placementShape,
    publicNetworkAccessEnabled: z.boolean(),
    friendlyName: z.string().max(256).optional(),
    description: z.string().max(1024).optional(),
    highBusinessImpact: z.boolean().default(false),
    imageBuildComputeName: azureName("computeCluster").optional(),
    identity: IdentityOption,
    storageAccount: StorageOption,
    keyVault: KeyVaultOption,
    applicationInsights: ApplicationInsightsOption,
    containerRegistry: ContainerRegistryOption,
    diagnostics: z
      .object({
        enabled: z.boolean().default(true),
        logAnalyticsWorkspaceId: armId(LOG_ANALYTICS_WORKSPACE_TYPE).optional(),
      })
      .strict()
      .prefault({}),
    privateEndpoints: workspacePrivateEndpointsSchema.optional(),
    serverlessCompute: z.object({ subnetId: armId(SUBNET_TYPE), publicIpEnabled: z.boolean().default(false) }).strict().optional(),
    managedNetwork: z
      .object({
        isolationMode: z.enum(["AllowInternetOutbound", "AllowOnlyApprovedOutbound"]),
        provisionOnCreation: z.boolean().default(false),
        outboundRules: z.record(z.string(), outboundRuleSchema).default({}),
        firewallSku: z.enum(["Basic", "Standard"]).optional(),
        sparkReady: z.boolean().default(false),
      })
      .strict()
      .optional(),
    encryption: workspaceEncryptionSchema.optional(),
    featureStore: z
      .object({
        sparkRuntimeVersion: pattern(/^\d+\.\d+$/, "must be a version such as 3.4"),
        offlineConnectionName: z.string().min(1).optional(),
        onlineConnectionName: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    uniqueSuffixSeed: z.string().min(1).optional(),
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
  readonly storageAccount?: ({
    readonly mode: "create";
  } & WorkspaceStorageOptions) | {
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
    /**
     * Whether Application Insights (and a created Log Analytics workspace) accept telemetry and
     * queries from public networks. Turn it off only with an Azure Monitor Private Link Scope that
     * covers them (PrivateMonitoring): without one, telemetry is lost.
     * @default true
     */
    readonly publicIngestionAndQueryEnabled?: boolean;
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
  readonly privateEndpoints?: WorkspacePrivateEndpointsOptions;
  /**
   * Where serverless compute (jobs without a named cluster) runs in a private workspace: your subnet,
   * without public IPs unless asked.
   * @default - Azure's serverless network (not your virtual network)
   */
  readonly serverlessCompute?: {
    /** The subnet serverless compute nodes join. */
    readonly subnetId: string;
    /**
     * Public IPs on the nodes.
     * @default false
     */
    readonly publicIpEnabled?: boolean;
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
    readonly outboundRules?: Record<string, OutboundRule>;
    /**
     * SKU of the Azure Firewall Azure ML creates for FQDN outbound rules (AllowOnlyApprovedOutbound
     * only): `Basic` costs less and handles less traffic, a cost choice.
     * @default - Azure's default (Standard)
     */
    readonly firewallSku?: "Basic" | "Standard";
    /**
     * Provision the managed network with Spark support (serverless Spark and Synapse jobs need it):
     * an `azapi_resource_action` POSTs provisionManagedNetwork with includeSpark after the workspace
     * and its outbound rules exist.
     * @default false
     */
    readonly sparkReady?: boolean;
  };
  /**
   * Customer-managed key encryption of the workspace (and its created storage account). The key's
   * identity must be one of the workspace's user-assigned identities; the vault needs purge
   * protection.
   * @default - Microsoft-managed keys
   */
  readonly encryption?: WorkspaceEncryption;
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
export type ParsedWorkspaceProps = z.output<typeof WorkspacePropsSchema>;

// The interface and the schema cannot drift: this fails to compile when they differ.
true satisfies SameShape<WorkspaceProps, z.input<typeof WorkspacePropsSchema>>;
