import { Construct } from "constructs";
import { markWorkspace, WorkspaceReference, type IWorkspace, type ManagedNetworkIsolationMode, type WorkspaceReferenceOptions } from "./workspace-reference";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { AzapiResourceAction } from "../azapi/resource-action";
import { ComputeCluster, type ComputeClusterOptions } from "../compute/compute-cluster";
import { ComputeInstance, type ComputeInstanceOptions } from "../compute/compute-instance";
import { InferenceCluster, type InferenceClusterOptions } from "../compute/inference-cluster";
import { SynapseSparkAttachment, type SynapseSparkAttachmentOptions } from "../compute/synapse-spark-attachment";
import { mlType } from "../azapi/api-version";
import { protect } from "../core/common-props";
import { Annotations, ApplicationInsights, ContainerRegistry, KeyVault, LogAnalyticsWorkspace, MachineLearningWorkspace, MonitorDiagnosticSetting, StorageAccount, dependable, type PrivateEndpoint, azurerm } from "../core/engine";
import { deriveName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved } from "../core/tokens";
import { Validator, formatProblem } from "../core/validation";
import { WorkspaceContainerRegistry } from "./workspace-container-registry";
import { WorkspaceKeyVault } from "./workspace-key-vault";
import { WorkspaceMonitoring } from "./workspace-monitoring";
import { WorkspaceStorage } from "./workspace-storage";
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
import { WorkspaceEncryptionKey } from "../access/workspace-encryption";
import { ManagedNetworkOutboundRule, type OutboundRule } from "../network/outbound-rule";
import { WorkspacePrivateEndpoints, type PrivateEndpointTarget } from "../network/workspace-private-endpoints";

import { WorkspacePropsSchema, type WorkspaceProps } from "./workspace-props";
import { sendToLogAnalytics } from "./diagnostics";
import { imageBuildComputeProblems, privateEndpointTargets, workspaceCrossChecks } from "./workspace-checks";
import { byCodePoint } from "../core/order";

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
  /** What compute and endpoints of this workspace wait for: its own private endpoint, when it has one. */
  public readonly readyForDependents: readonly PrivateEndpoint[] = [];
  /** Managed network outbound rules added so far. */
  public readonly outboundRules: ManagedNetworkOutboundRule[] = [];
  /** Role grants made with `grant`. */
  public readonly grants: RoleGrant[] = [];
  private grantCount = 0;
  /** The managed network's firewall SKU, when `managedNetwork.firewallSku` is given (azurerm 4.55 has no attribute for it). */
  public readonly managedNetworkSettings?: AzapiUpdateResource;
  /** The Spark-ready provisioning of the managed network, when `managedNetwork.sparkReady`. */
  public readonly provisionManagedNetwork?: AzapiResourceAction;
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
    const p = Validator.props(this, WorkspacePropsSchema, props, (p, v) => workspaceCrossChecks(v, p));

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
        studioCorsEnabled: s.studioCorsEnabled,
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
        publicIngestionAndQueryEnabled: a.publicIngestionAndQueryEnabled,
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
    // The workspace waits for its identity's role grants and the encryption key's (none: no depends_on).
    const grantsFirst = [...this.identityRoleGrants, ...(this.encryptionKey?.grants ?? [])].map((g) => g.resource);
    this.resource = new azurerm.MachineLearningWorkspace(this, "Resource", {
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
      serverlessCompute: p.serverlessCompute ? { subnetId: p.serverlessCompute.subnetId, publicIpEnabled: p.serverlessCompute.publicIpEnabled } : undefined,
      managedNetwork: p.managedNetwork ? { isolationMode: p.managedNetwork.isolationMode, provisionOnCreationEnabled: p.managedNetwork.provisionOnCreation } : undefined,
      encryption: this.encryptionKey
        ? { keyVaultId: this.encryptionKey.keyVaultId, keyId: this.encryptionKey.keyId, userAssignedIdentityId: p.encryption!.userAssignedIdentityId }
        : undefined,
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
      dependsOn: grantsFirst.length ? grantsFirst : undefined,
    });

    // Read once: each read of a provider attribute makes a token, and each token captures a stack trace.
    this.workspaceId = this.resource.id;
    this.workspaceName = p.name;
    this.resourceGroupName = p.resourceGroupName;
    this.location = p.location;
    this.publicNetworkAccessEnabled = pna;
    this.principalId = identity.type === "UserAssigned" ? undefined : this.resource.identity.principalId;

    requireProviders(this, { azapi: sharedKeysOff || Object.keys(p.managedNetwork?.outboundRules ?? {}).length > 0 || p.managedNetwork?.firewallSku !== undefined || p.managedNetwork?.sparkReady === true, storageUseAzuread: sharedKeysOff && this.storageAccount !== undefined });
    if (sharedKeysOff) {
      this.systemDatastoresAuthMode = new AzapiUpdateResource(this, "SystemDatastoresAuthMode", {
        type: mlType("workspaces"),
        resourceId: this.workspaceId,
        body: { properties: { systemDatastoresAuthMode: "Identity" } },
      });
    }

    // Managed network outbound rules
    for (const [name, rule] of Object.entries(p.managedNetwork?.outboundRules ?? {}).sort(([a], [b]) => byCodePoint(a, b))) {
      this.addOutboundRule(name, rule);
    }
    if (p.managedNetwork?.firewallSku) {
      this.managedNetworkSettings = new AzapiUpdateResource(this, "ManagedNetworkFirewallSku", {
        type: mlType("workspaces"),
        resourceId: this.workspaceId,
        body: { properties: { managedNetwork: { firewallSku: p.managedNetwork.firewallSku } } },
      });
    }
    if (p.managedNetwork?.sparkReady) {
      this.provisionManagedNetwork = new AzapiResourceAction(this, "ProvisionManagedNetwork", {
        type: mlType("workspaces"),
        resourceId: this.workspaceId,
        action: "provisionManagedNetwork",
        method: "POST",
        body: { includeSpark: true },
        // After the rules: provisioning creates their private endpoints and firewall rules too.
        dependsOn: this.outboundRules.length ? this.outboundRules.map((r) => r.resource) : undefined,
      });
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
      // The order Azure's own quickstarts use: the workspace waits for the private endpoints of its
      // Key Vault, storage and registry (it reaches them at creation); compute and endpoints wait
      // for the workspace's own endpoint (their traffic goes through it).
      const byKey = (key: string) => (this.privateEndpoints!.byTarget[key] ?? []).map((e) => e.resource);
      this.resource.dependsOn = [...(this.resource.dependsOn ?? []), ...["vault", "storage", "registry"].flatMap((k) => byKey(k).map(dependable))];
      this.readyForDependents = byKey("workspace");
      const brought = (["storageAccount", "keyVault", "containerRegistry"] as const).filter((k) => p[k]?.mode === "existing");
      if (brought.length) {
        Annotations.of(this).addWarning(
          `privateEndpoints creates no private endpoint for the existing ${brought.join(", ")}: give ${brought.length === 1 ? "it" : "them"} private endpoints where ${brought.length === 1 ? "it is" : "they are"} managed, or the workspace reaches ${brought.length === 1 ? "it" : "them"} over public networks.`,
        );
      }
    } else if (!pna && !p.managedNetwork) {
      Annotations.of(this).addWarning("publicNetworkAccessEnabled is false and no privateEndpoints are configured: the workspace is reachable only through private endpoints created elsewhere.");
    }

    if (!pna && p.containerRegistry.mode === "on-demand" && !p.imageBuildComputeName) {
      Annotations.of(this).addWarning(
        'the workspace is private but its registry is on demand, and images build on serverless compute outside your network: Azure\'s guidance for private workspaces is a registry you create (containerRegistry: { mode: "create" }) with a CPU compute cluster in the network for image builds (imageBuildComputeName).',
      );
    }

    // Diagnostics
    if (p.diagnostics.enabled && lawId) {
      const targets: [id: string, targetResourceId: string, logCategoryGroups: string[]][] = [["Diagnostics", this.workspaceId, ["allLogs"]]];
      if (this.keyVault) targets.push(["KeyVaultDiagnostics", this.keyVaultId, ["audit", "allLogs"]]);
      if (this.storageAccount) {
        const storageId = this.storageAccountId;
        targets.push(["StorageDiagnostics", storageId, []], ["StorageBlobDiagnostics", `${storageId}/blobServices/default`, ["audit", "allLogs"]], ["StorageFileDiagnostics", `${storageId}/fileServices/default`, ["audit", "allLogs"]]);
      }
      for (const [cid, targetResourceId, logCategoryGroups] of targets) {
        this.diagnosticSettings.push(sendToLogAnalytics(this, cid, { targetResourceId, logAnalyticsWorkspaceId: lawId, logCategoryGroups }));
      }
    }
    // Checked at synthesis, after every mutator ran (useImageBuildCompute, an escape hatch).
    this.node.addValidation({
      validate: () =>
        imageBuildComputeProblems(this.node.path, {
          name: this.resource.imageBuildComputeNameInput,
          privateWithOwnRegistry: !this.publicNetworkAccessEnabled && this.containerRegistryId !== undefined,
          vmSizeOf: (name) => this.node.findAll().find((c): c is ComputeCluster => c instanceof ComputeCluster && c.clusterName === name)?.vmSize,
        }).map(formatProblem),
    });
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
  public attachSynapseSpark(id: string, options: SynapseSparkAttachmentOptions): SynapseSparkAttachment {
    return new SynapseSparkAttachment(this, id, { ...options, workspace: this });
  }

  /**
   * Names a CPU compute cluster of this workspace as the one that builds images (needed when the
   * registry is network-restricted). Sets `image_build_compute_name`.
   */
  public useImageBuildCompute(cluster: ComputeCluster): void {
    this.resource.imageBuildComputeName = cluster.clusterName;
  }
}
