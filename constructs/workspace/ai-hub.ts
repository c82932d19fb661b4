import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResourceAction } from "../azapi/resource-action";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { armId } from "../core/arm-id";
import { identityIdSchema, identityIdsSchema, primaryIdentityRule } from "../core/identity";
import { placementShape, protect } from "../core/common-props";
import { AiFoundry, Annotations, MonitorDiagnosticSetting, dependable, type ApplicationInsights, type ContainerRegistry, type KeyVault, type LogAnalyticsWorkspace, type PrivateEndpoint, type StorageAccount, azurerm } from "../core/engine";
import { azureName, deriveName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { APPLICATION_INSIGHTS_TYPE, CONTAINER_REGISTRY_TYPE, KEY_VAULT_TYPE, STORAGE_ACCOUNT_TYPE, SUBNET_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import { Validator } from "../core/validation";
import { AiProject, type AiProjectOptions } from "./ai-project";
import { markWorkspace, type IWorkspace, type ManagedNetworkIsolationMode } from "./workspace-reference";
import { ManagedNetworkOutboundRule, outboundRuleSchema, type OutboundRule } from "../network/outbound-rule";
import { WorkspacePrivateEndpoints, workspacePrivateEndpointsSchema, type PrivateEndpointTarget, type WorkspacePrivateEndpointsOptions } from "../network/workspace-private-endpoints";
import { WorkspaceContainerRegistry } from "./workspace-container-registry";
import { WorkspaceKeyVault } from "./workspace-key-vault";
import { WorkspaceMonitoring } from "./workspace-monitoring";
import { WorkspaceStorage } from "./workspace-storage";
import type { SameShape } from "../core/same-shape";
import { sendToLogAnalytics } from "./diagnostics";
import { byCodePoint } from "../core/order";

/** @internal */
export const AiHubPropsSchema = z
  .object({
    name: azureName("workspace"),
    ...placementShape,
    publicNetworkAccessEnabled: z.boolean(),
    isolationMode: z.enum(["AllowInternetOutbound", "AllowOnlyApprovedOutbound"]).default("AllowInternetOutbound"),
    friendlyName: z.string().max(256).optional(),
    description: z.string().max(1024).optional(),
    highBusinessImpact: z.boolean().default(false),
    existing: z
      .object({
        storageAccountId: armId(STORAGE_ACCOUNT_TYPE).optional(),
        keyVaultId: armId(KEY_VAULT_TYPE).optional(),
        applicationInsightsId: armId(APPLICATION_INSIGHTS_TYPE).optional(),
        containerRegistryId: armId(CONTAINER_REGISTRY_TYPE).optional(),
        logAnalyticsWorkspaceId: armId("Microsoft.OperationalInsights/workspaces").optional(),
      })
      .strict()
      .default({}),
    createContainerRegistry: z.boolean().default(true),
    names: z
      .object({
        storageAccount: azureName("storageAccount").optional(),
        keyVault: azureName("keyVault").optional(),
        applicationInsights: azureName("applicationInsights").optional(),
        logAnalyticsWorkspace: azureName("logAnalyticsWorkspace").optional(),
        containerRegistry: azureName("containerRegistry").optional(),
      })
      .strict()
      .default({}),
    storageSharedAccessKeyEnabled: z.boolean().default(false),
    diagnostics: z.object({ enabled: z.boolean().default(true) }).strict().prefault({}),
    provisionNetworkOnCreation: z.boolean().default(false),
    sparkReady: z.boolean().default(false),
    firewallSku: z.enum(["Basic", "Standard"]).optional(),
    serverlessCompute: z.object({ subnetId: armId(SUBNET_TYPE), publicIpEnabled: z.boolean().default(false) }).strict().optional(),
    privateEndpoints: workspacePrivateEndpointsSchema.optional(),
    identity: z
      .discriminatedUnion("type", [
        z.object({ type: z.literal("SystemAssigned") }).strict(),
        z.object({ type: z.literal("UserAssigned"), identityIds: identityIdsSchema, primaryIdentityId: identityIdSchema }).strict(),
      ])
      .prefault({ type: "SystemAssigned" }),
    outboundRules: z.record(z.string(), outboundRuleSchema).default({}),
    uniqueSuffixSeed: z.string().min(1).optional(),
    preventDestroy: z.boolean().default(false),
  })
  .strict();

export interface AiHubProps {
  /** Inbound public access to the hub and the resources it creates: an explicit choice. */
  readonly publicNetworkAccessEnabled: boolean;
  /** Resource group the resources are created in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /** Hub name (workspace name rules); associated resource names derive from it. */
  readonly name: string;
  /**
   * The managed virtual network every project of the hub runs in. Projects inherit it.
   * @default "AllowInternetOutbound"
   */
  readonly isolationMode?: "AllowInternetOutbound" | "AllowOnlyApprovedOutbound";
  /** @default - the name */
  readonly friendlyName?: string;
  /** @default - none */
  readonly description?: string;
  /** @default false */
  readonly highBusinessImpact?: boolean;
  /**
   * Existing associated resources by id; each one not given is created with the workspace's secure defaults.
   * @default {}
   */
  readonly existing?: {
    readonly storageAccountId?: string;
    readonly keyVaultId?: string;
    readonly applicationInsightsId?: string;
    readonly containerRegistryId?: string;
    readonly logAnalyticsWorkspaceId?: string;
  };
  /**
   * Create a Premium registry for the hub (else Azure creates one on demand).
   * @default true
   */
  readonly createContainerRegistry?: boolean;
  /**
   * Names of the resources the hub creates (to adopt an existing hub, or to follow a naming policy).
   * @default - each derived from the hub name with a unique suffix
   */
  readonly names?: {
    readonly storageAccount?: string;
    readonly keyVault?: string;
    readonly applicationInsights?: string;
    readonly logAnalyticsWorkspace?: string;
    readonly containerRegistry?: string;
  };
  /**
   * Shared keys on the created storage account. Off, the hub reaches its system datastores with its
   * managed identity (`systemDatastoresAuthMode: Identity`); turning them on is an explicit choice.
   * @default false
   */
  readonly storageSharedAccessKeyEnabled?: boolean;
  /**
   * Diagnostic settings of the hub and a created Key Vault, sent to the Log Analytics workspace
   * (Azure Policy afe0c3be, cf820ca0).
   * @default { enabled: true }
   */
  readonly diagnostics?: { readonly enabled?: boolean };
  /**
   * Provision the managed network right after the hub is created, instead of with its first compute
   * (about 30 minutes later). azurerm's `azurerm_ai_foundry` has no attribute for it: an azapi action.
   * @default false
   */
  readonly provisionNetworkOnCreation?: boolean;
  /**
   * Provision the managed network with Spark support (serverless Spark sessions and Spark jobs of its
   * projects). Implies provisioning on creation.
   * @default false
   */
  readonly sparkReady?: boolean;
  /**
   * SKU of the managed network's Azure Firewall, created only when there are FQDN rules: `Basic` costs
   * less and suits test hubs.
   * @default - Azure's (Standard)
   */
  readonly firewallSku?: "Basic" | "Standard";
  /**
   * Serverless compute of the hub's projects in your subnet instead of the managed network.
   * @default - serverless compute in the managed network
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
   * Private endpoints into your virtual network for the hub (both Azure ML DNS zones) and the storage,
   * Key Vault and registry it creates, as `Workspace` makes them.
   * @default - none (a private hub then warns: it is reachable only through endpoints made elsewhere)
   */
  readonly privateEndpoints?: WorkspacePrivateEndpointsOptions;
  /**
   * The hub's managed identity: system-assigned, or user-assigned ones with the primary one (grant it
   * the roles Azure ML needs on the hub's resources yourself, before the hub is created).
   * @default { type: "SystemAssigned" }
   */
  readonly identity?: { readonly type: "SystemAssigned" } | { readonly type: "UserAssigned"; readonly identityIds: string[]; readonly primaryIdentityId: string };
  /**
   * Outbound rules of the hub's managed network, by name (FQDN rules need AllowOnlyApprovedOutbound).
   * @default {}
   */
  readonly outboundRules?: Record<string, OutboundRule>;
  /** @default - construct path, resource group and name */
  readonly uniqueSuffixSeed?: string;
  /**
   * `prevent_destroy` on the hub and its stateful resources.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/**
 * An Azure AI Foundry hub (`azurerm_ai_foundry`, a workspace of kind Hub): it owns the associated
 * resources (storage, Key Vault, Application Insights, registry) and the managed virtual network;
 * projects under it (`hub.addProject`) share them. Same secure defaults as `Workspace`.
 */
export class AiHub extends Construct implements IWorkspace {
  /** The hub (construct id `Resource`). */
  public readonly resource: AiFoundry;
  /** Created associated resources, as `Workspace` has them; undefined where an existing one (or none) is used. */
  public readonly storageAccount?: StorageAccount;
  public readonly keyVault?: KeyVault;
  public readonly applicationInsights?: ApplicationInsights;
  public readonly logAnalyticsWorkspace?: LogAnalyticsWorkspace;
  public readonly containerRegistry?: ContainerRegistry;
  public readonly systemDatastoresAuthMode?: AzapiUpdateResource;
  /** The hub settings azurerm has no attribute for (firewall SKU, serverless compute), when given. */
  public readonly hubSettings?: AzapiUpdateResource;
  /** The managed network's provisioning, with `provisionNetworkOnCreation` or `sparkReady`. */
  public readonly provisionManagedNetwork?: AzapiResourceAction;
  public readonly diagnosticSettings: MonitorDiagnosticSetting[] = [];
  public readonly projects: AiProject[] = [];
  public readonly hubId: string;
  public readonly location: string;
  public readonly isolationMode: "AllowInternetOutbound" | "AllowOnlyApprovedOutbound";
  /** Private endpoints of the hub and the resources it creates, when configured. */
  public readonly privateEndpoints?: WorkspacePrivateEndpoints;
  /** Outbound rules of the hub's managed network. */
  public readonly outboundRules: ManagedNetworkOutboundRule[] = [];
  // A hub is a workspace (kind Hub): connections, outbound rules and compute take it as one.
  public readonly workspaceId: string;
  public readonly workspaceName: string;
  public readonly resourceGroupName: string;
  public readonly publicNetworkAccessEnabled: boolean;
  /** The system-assigned identity's principal id; undefined with user-assigned identities. */
  public readonly principalId?: string;
  public readonly managedNetworkIsolationMode: ManagedNetworkIsolationMode;
  public readonly readyForDependents: readonly PrivateEndpoint[] = [];

  constructor(scope: Construct, id: string, props: AiHubProps) {
    super(scope, id);
    markWorkspace(this);
    const p = Validator.props(this, AiHubPropsSchema, props, (p, v) => {
      const primary = p.identity?.type === "UserAssigned" && Array.isArray(p.identity.identityIds) ? primaryIdentityRule(p.identity.identityIds, p.identity.primaryIdentityId) : undefined;
      if (primary) v.add("IDENTITY_PRIMARY", "identity.primaryIdentityId", p.identity.type === "UserAssigned" ? p.identity.primaryIdentityId : undefined, primary);
      if (p.existing.applicationInsightsId && !p.existing.logAnalyticsWorkspaceId) {
        v.add("REQUIRED", "existing.logAnalyticsWorkspaceId", undefined, "is required with existing.applicationInsightsId (diagnostics go there)");
      }
    });

    const rgSeed = isUnresolved(p.resourceGroupName) ? "" : p.resourceGroupName;
    const seed = p.uniqueSuffixSeed ?? `${this.node.path}|${rgSeed}|${p.name}`;
    const placement = { resourceGroupName: p.resourceGroupName, location: p.location, tags: p.tags };
    const pna = p.publicNetworkAccessEnabled;
    this.location = p.location;
    this.isolationMode = p.isolationMode;

    let storageId = p.existing.storageAccountId;
    if (!storageId) {
      this.storageAccount = new WorkspaceStorage(this, "Storage", { ...placement, name: p.names.storageAccount ?? deriveName("storageAccount", p.name, seed), publicNetworkAccessEnabled: pna, sharedAccessKeyEnabled: p.storageSharedAccessKeyEnabled, preventDestroy: p.preventDestroy }).resource;
      storageId = this.storageAccount.id;
    }
    let keyVaultId = p.existing.keyVaultId;
    if (!keyVaultId) {
      this.keyVault = new WorkspaceKeyVault(this, "KeyVault", { ...placement, name: p.names.keyVault ?? deriveName("keyVault", p.name, seed), publicNetworkAccessEnabled: pna, preventDestroy: p.preventDestroy }).resource;
      keyVaultId = this.keyVault.id;
    }
    let appInsightsId = p.existing.applicationInsightsId;
    let lawId = p.existing.logAnalyticsWorkspaceId;
    if (!appInsightsId) {
      const monitoring = new WorkspaceMonitoring(this, "Monitoring", {
        ...placement,
        applicationInsightsName: p.names.applicationInsights ?? deriveName("applicationInsights", p.name, seed),
        logAnalyticsWorkspaceName: p.names.logAnalyticsWorkspace ?? deriveName("logAnalyticsWorkspace", p.name, seed),
        existingLogAnalyticsWorkspaceId: lawId,
      });
      this.applicationInsights = monitoring.resource;
      this.logAnalyticsWorkspace = monitoring.logAnalyticsWorkspace;
      appInsightsId = monitoring.resource.id;
      lawId = monitoring.logAnalyticsWorkspaceId;
    }
    let registryId = p.existing.containerRegistryId;
    if (!registryId && p.createContainerRegistry) {
      this.containerRegistry = new WorkspaceContainerRegistry(this, "ContainerRegistry", { ...placement, name: p.names.containerRegistry ?? deriveName("containerRegistry", p.name, seed), publicNetworkAccessEnabled: pna, preventDestroy: p.preventDestroy }).resource;
      registryId = this.containerRegistry.id;
    }

    this.resource = new azurerm.AiFoundry(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      friendlyName: p.friendlyName,
      description: p.description,
      storageAccountId: storageId,
      keyVaultId,
      applicationInsightsId: appInsightsId,
      containerRegistryId: registryId,
      publicNetworkAccess: pna ? "Enabled" : "Disabled",
      highBusinessImpactEnabled: p.highBusinessImpact,
      identity: p.identity.type === "SystemAssigned" ? { type: "SystemAssigned" } : { type: "UserAssigned", identityIds: p.identity.identityIds },
      primaryUserAssignedIdentity: p.identity.type === "UserAssigned" ? p.identity.primaryIdentityId : undefined,
      managedNetwork: { isolationMode: p.isolationMode },
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
    });
    // Read once: each read of a provider attribute makes a token, and each token captures a stack trace.
    this.hubId = this.resource.id;
    this.workspaceId = this.hubId;
    this.workspaceName = p.name;
    this.resourceGroupName = p.resourceGroupName;
    this.publicNetworkAccessEnabled = pna;
    this.principalId = p.identity.type === "SystemAssigned" ? this.resource.identity.principalId : undefined;
    this.managedNetworkIsolationMode = p.isolationMode;

    for (const [name, rule] of Object.entries(p.outboundRules).sort(([a], [b]) => byCodePoint(a, b))) this.addOutboundRule(name, rule);
    if (p.privateEndpoints) {
      const targets: PrivateEndpointTarget[] = [{ key: "workspace", subresources: ["amlworkspace"], resourceId: this.hubId }];
      if (this.storageAccount) targets.push({ key: "storage", subresources: ["blob", "file"], resourceId: this.storageAccount.id });
      if (this.keyVault) targets.push({ key: "vault", subresources: ["vault"], resourceId: this.keyVault.id });
      if (this.containerRegistry) targets.push({ key: "registry", subresources: ["registry"], resourceId: this.containerRegistry.id });
      this.privateEndpoints = new WorkspacePrivateEndpoints(this, "PrivateEndpoints", { options: p.privateEndpoints, baseName: p.name, resourceGroupName: p.resourceGroupName, location: p.location, targets, tags: p.tags });
      // As for workspaces: the hub after its resources' endpoints, what runs in it after the hub's own.
      const byKey = (key: string) => (this.privateEndpoints!.byTarget[key] ?? []).map((e) => e.resource);
      this.resource.dependsOn = [...(this.resource.dependsOn ?? []), ...["vault", "storage", "registry"].flatMap((k) => byKey(k).map(dependable))];
      this.readyForDependents = byKey("workspace");
      const brought = Object.entries(p.existing).filter(([k, id]) => id && k !== "applicationInsightsId" && k !== "logAnalyticsWorkspaceId").map(([k]) => k);
      if (brought.length) Annotations.of(this).addWarning(`privateEndpoints creates no private endpoint for the existing ${brought.join(", ")}: give them private endpoints where they are managed.`);
    } else if (!pna) {
      Annotations.of(this).addWarning("publicNetworkAccessEnabled is false and no privateEndpoints are configured: the hub is reachable only through private endpoints created elsewhere.");
    }

    requireProviders(this, { azapi: this.storageAccount !== undefined || p.firewallSku !== undefined || p.serverlessCompute !== undefined || p.provisionNetworkOnCreation || p.sparkReady, storageUseAzuread: this.storageAccount !== undefined });
    if (this.storageAccount && !p.storageSharedAccessKeyEnabled) {
      this.systemDatastoresAuthMode = new AzapiUpdateResource(this, "SystemDatastoresAuthMode", {
        type: mlType("workspaces"),
        resourceId: this.hubId,
        body: { properties: { systemDatastoresAuthMode: "Identity" } },
      });
    }
    const settings = {
      ...(p.firewallSku ? { managedNetwork: { firewallSku: p.firewallSku } } : {}),
      ...(p.serverlessCompute ? { serverlessComputeSettings: { serverlessComputeCustomSubnet: p.serverlessCompute.subnetId, serverlessComputeNoPublicIP: !p.serverlessCompute.publicIpEnabled } } : {}),
    };
    if (Object.keys(settings).length) {
      this.hubSettings = new AzapiUpdateResource(this, "HubSettings", { type: mlType("workspaces"), resourceId: this.hubId, body: { properties: settings } });
    }
    if (p.provisionNetworkOnCreation || p.sparkReady) {
      this.provisionManagedNetwork = new AzapiResourceAction(this, "ProvisionManagedNetwork", {
        type: mlType("workspaces"),
        resourceId: this.hubId,
        action: "provisionManagedNetwork",
        method: "POST",
        body: { includeSpark: p.sparkReady },
        // After the rules and settings: provisioning creates the rules' private endpoints and the firewall.
        dependsOn: [...this.outboundRules.map((r) => r.resource), ...(this.hubSettings ? [this.hubSettings] : [])],
      });
    }
    if (lawId && p.diagnostics.enabled) {
      this.diagnosticSettings.push(sendToLogAnalytics(this, "Diagnostics", { targetResourceId: this.hubId, logAnalyticsWorkspaceId: lawId, logCategoryGroups: ["allLogs"] }));
      if (this.keyVault) {
        this.diagnosticSettings.push(sendToLogAnalytics(this, "KeyVaultDiagnostics", { targetResourceId: this.keyVault.id, logAnalyticsWorkspaceId: lawId, logCategoryGroups: ["audit", "allLogs"] }));
      }
    }
  }

  /** Adds an outbound rule to the hub's managed network (what its projects reach). */
  public addOutboundRule(name: string, rule: OutboundRule): ManagedNetworkOutboundRule {
    const created = new ManagedNetworkOutboundRule(this, `OutboundRule-${name}`, { workspace: this, name, rule });
    this.outboundRules.push(created);
    return created;
  }

  /** Adds a project that shares the hub's resources and network. */
  public addProject(id: string, options: AiProjectOptions): AiProject {
    const project = new AiProject(this, id, { hub: this, ...options });
    this.projects.push(project);
    return project;
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<AiHubProps, z.input<typeof AiHubPropsSchema>>;
