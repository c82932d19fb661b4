import { Construct, type IConstruct } from "constructs";
import { z } from "zod";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { ComputeCluster, type ComputeClusterOptions } from "../compute/compute-cluster";
import { ComputeInstance, type ComputeInstanceOptions } from "../compute/compute-instance";
import { InferenceCluster, type InferenceClusterOptions } from "../compute/inference-cluster";
import { SynapseSparkPool, type SynapseSparkPoolOptions } from "../compute/synapse-spark-pool";
import { mlType } from "../azapi/api-version";
import { armId, armIdRule, parseArmId } from "../core/arm-id";
import { placementShape, protect } from "../core/common-props";
import { ApplicationInsights, ContainerRegistry, Fn, KeyVault, LogAnalyticsWorkspace, MachineLearningWorkspace, MonitorDiagnosticSetting, StorageAccount } from "../core/engine";
import { azureName, deriveName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved } from "../core/tokens";
import { Validator, ValidationError, formatProblem, type Problem } from "../core/validation";
import { WorkspaceContainerRegistry, workspaceContainerRegistryOptionsShape } from "./workspace-container-registry";
import { WorkspaceKeyVault, workspaceKeyVaultOptionsShape } from "./workspace-key-vault";
import { LOG_ANALYTICS_WORKSPACE_TYPE, WorkspaceMonitoring, workspaceMonitoringOptionsShape } from "./workspace-monitoring";
import { WorkspaceStorage, workspaceStorageOptionsShape } from "./workspace-storage";

export const WORKSPACE_TYPE = "Microsoft.MachineLearningServices/workspaces";
export const STORAGE_ACCOUNT_TYPE = "Microsoft.Storage/storageAccounts";
export const KEY_VAULT_TYPE = "Microsoft.KeyVault/vaults";
export const APPLICATION_INSIGHTS_TYPE = "Microsoft.Insights/components";
export const CONTAINER_REGISTRY_TYPE = "Microsoft.ContainerRegistry/registries";
export const USER_ASSIGNED_IDENTITY_TYPE = "Microsoft.ManagedIdentity/userAssignedIdentities";

/** An Azure ML workspace, created here or referenced by id: what compute, data and endpoints need. */
export interface IWorkspace extends IConstruct {
  /** The workspace's ARM id. */
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly resourceGroupName: string;
  /** The workspace's region. @default - unknown for a workspace referenced by id without a location */
  readonly location?: string;
  /** Whether the workspace is reachable over the public internet, when known. */
  readonly publicNetworkAccessEnabled?: boolean;
  /** The principal id of the workspace's system-assigned identity, when it has one. */
  readonly principalId?: string;
  /** The managed virtual network's isolation mode, when known (`Disabled`: no managed network). */
  readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;
}

export type ManagedNetworkIsolationMode = "Disabled" | "AllowInternetOutbound" | "AllowOnlyApprovedOutbound";

/** Options of `Workspace.fromWorkspaceId`: what is known of the referenced workspace. */
export interface WorkspaceReferenceOptions {
  /** The workspace's region, which computes need. @default - unknown */
  readonly location?: string;
  /** @default - unknown */
  readonly publicNetworkAccessEnabled?: boolean;
  /** @default - unknown */
  readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;
}

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
    /** Seed of the unique suffix in derived global names. @default - the construct path, resource group and name */
    uniqueSuffixSeed: z.string().min(1).optional(),
    /** Terraform `prevent_destroy` on the workspace, storage, Key Vault and registry (production). @default false */
    preventDestroy: z.boolean().default(false),
  })
  .strict();

/** Props of `Workspace` (the input type of `WorkspacePropsSchema`). */
export type WorkspaceProps = z.input<typeof WorkspacePropsSchema>;

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

  const diag = p.diagnostics;
  if (diag?.enabled && !diag.logAnalyticsWorkspaceId && ai?.mode === "existing") {
    const fromResource = ai.resource?.workspaceIdInput;
    if (!fromResource) {
      v.add("REQUIRED", "diagnostics.logAnalyticsWorkspaceId", undefined, "is required when applicationInsights is existing (or set diagnostics.enabled to false)");
    }
  }
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
    return new ImportedWorkspace(scope, id, workspaceId, options);
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
  public readonly managedNetworkIsolationMode: ManagedNetworkIsolationMode = "Disabled";
  /** The validated props, defaults applied. */
  public readonly settings: Readonly<ParsedProps>;

  constructor(scope: Construct, id: string, props: WorkspaceProps) {
    super(scope, id);
    const v = new Validator(this);
    const p = v.parse(WorkspacePropsSchema, props);
    v.check(() => crossChecks(v, p));
    v.throwIfAny();
    this.settings = p;

    // Tokens are left out of the seed: their text depends on creation order, not on what they refer to.
    const rgForSeed = isUnresolved(p.resourceGroupName) ? "" : p.resourceGroupName;
    const seed = p.uniqueSuffixSeed ?? `${this.node.path}|${rgForSeed}|${p.name}`;
    const placement = { resourceGroupName: p.resourceGroupName, location: p.location, tags: p.tags };
    const pna = p.publicNetworkAccessEnabled;

    // Storage
    let sharedKeysOff = false;
    if (p.storageAccount.mode === "create") {
      const s = p.storageAccount;
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
      });
      this.storageAccount = storage.resource;
      this.storageAccountId = storage.resource.id;
      sharedKeysOff = !s.sharedAccessKeyEnabled;
    } else {
      this.storageAccountId = p.storageAccount.id ?? p.storageAccount.resource!.id;
      sharedKeysOff = p.storageAccount.resource?.sharedAccessKeyEnabledInput === false;
    }

    // Key Vault
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

    // The workspace
    const identity = p.identity;
    this.resource = new MachineLearningWorkspace(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      kind: "Default",
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
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
    });

    this.workspaceId = this.resource.id;
    this.workspaceName = p.name;
    this.resourceGroupName = p.resourceGroupName;
    this.location = p.location;
    this.publicNetworkAccessEnabled = pna;
    this.principalId = identity.type === "UserAssigned" ? undefined : this.resource.identity.principalId;

    requireProviders(this, { azapi: sharedKeysOff, storageUseAzuread: sharedKeysOff && this.storageAccount !== undefined });
    if (sharedKeysOff) {
      this.systemDatastoresAuthMode = new AzapiUpdateResource(this, "SystemDatastoresAuthMode", {
        type: mlType("workspaces"),
        resourceId: this.resource.id,
        body: { properties: { systemDatastoresAuthMode: "Identity" } },
      });
    }

    if (p.diagnostics.enabled && lawId) {
      this.diagnosticSettings.push(
        new MonitorDiagnosticSetting(this, "Diagnostics", {
          name: "send-to-log-analytics",
          targetResourceId: this.resource.id,
          logAnalyticsWorkspaceId: lawId,
          enabledLog: [{ categoryGroup: "allLogs" }],
          enabledMetric: [{ category: "AllMetrics" }],
        }),
      );
      if (this.keyVault) {
        this.diagnosticSettings.push(
          new MonitorDiagnosticSetting(this, "KeyVaultDiagnostics", {
            name: "send-to-log-analytics",
            targetResourceId: this.keyVault.id,
            logAnalyticsWorkspaceId: lawId,
            enabledLog: [{ categoryGroup: "audit" }, { categoryGroup: "allLogs" }],
            enabledMetric: [{ category: "AllMetrics" }],
          }),
        );
      }
    }

    this.node.addValidation({ validate: () => this.validateImageBuildCompute().map(formatProblem) });
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

/** A workspace referenced by id (see `Workspace.fromWorkspaceId`). */
class ImportedWorkspace extends Construct implements IWorkspace {
  public readonly workspaceId: string;
  public readonly workspaceName: string;
  public readonly resourceGroupName: string;
  public readonly location?: string;
  public readonly publicNetworkAccessEnabled?: boolean;
  public readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;

  constructor(scope: Construct, id: string, workspaceId: string, options: WorkspaceReferenceOptions) {
    super(scope, id);
    this.workspaceId = workspaceId;
    this.location = options.location;
    this.publicNetworkAccessEnabled = options.publicNetworkAccessEnabled;
    this.managedNetworkIsolationMode = options.managedNetworkIsolationMode;
    if (isUnresolved(workspaceId)) {
      const parts = Fn.split("/", workspaceId);
      this.resourceGroupName = Fn.element(parts, 4);
      this.workspaceName = Fn.element(parts, 8);
      return;
    }
    const parsed = parseArmId(workspaceId);
    if (!parsed || parsed.resourceType !== WORKSPACE_TYPE) {
      throw new ValidationError([{ code: "ARM_ID", path: this.node.path, field: "workspaceId", value: workspaceId, rule: armIdRule(WORKSPACE_TYPE) }]);
    }
    this.resourceGroupName = parsed.resourceGroupName;
    this.workspaceName = parsed.name;
  }
}
