/**
 * From the resources of an export to the constructs that adopt them: each workspace with the
 * resources it uses, its computes, datastores, endpoints and outbound rules, the identities, private
 * endpoints and DNS zones around it. Every resource of the export ends up adopted or left out with a
 * reason; none is dropped.
 */
import { ML_API_VERSION } from "../../constructs/azapi/api-version";
import { AdoptError, armIdOf, type ExportedResource, type ExportScope } from "./arm-export";
import type { ExportIndex } from "./expected-settings";
import { PRIVATE_DNS_ZONES } from "../../constructs/network/private-dns-zones";
import { camelName, pascalName } from "./names";
import { ref, type Adoption, type ClassModule, type Expr, type LeftOut, type Step } from "./model";
import { byCodePoint } from "../../constructs/core/order";

type P = Record<string, any>;

/** azurerm's casing of each resource type: its import id parsers compare segments exactly (`microsoft.insights` is rejected). */
const CANONICAL_TYPES: Record<string, string> = Object.fromEntries(
  [
    "Microsoft.MachineLearningServices/workspaces",
    "Microsoft.MachineLearningServices/workspaces/computes",
    "Microsoft.MachineLearningServices/workspaces/dataStores", // azurerm's parser: dataStores
    "Microsoft.MachineLearningServices/workspaces/outboundRules",
    "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
    "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments",
    "Microsoft.MachineLearningServices/workspaces/batchEndpoints",
    "Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments",
    "Microsoft.Storage/storageAccounts",
    "Microsoft.KeyVault/vaults",
    "Microsoft.Insights/components",
    "Microsoft.OperationalInsights/workspaces",
    "Microsoft.ContainerRegistry/registries",
    "Microsoft.CognitiveServices/accounts",
    "Microsoft.ManagedIdentity/userAssignedIdentities",
    "Microsoft.Network/privateEndpoints",
    "Microsoft.Network/privateDnsZones",
    "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
  ].map((t) => [t.toLowerCase(), t]),
);

/** Types whose settings are adopted as part of their parent resource (no import of their own). */
const ADOPTED_WITH_PARENT: Record<string, string> = {
  "microsoft.storage/storageaccounts/blobservices": "adopted with its storage account, as its blob_properties (no import of its own)",
  "microsoft.storage/storageaccounts/fileservices": "adopted with its storage account, as its share_properties (no import of its own)",
  "microsoft.network/privateendpoints/privatednszonegroups": "adopted with its private endpoint, as its private_dns_zone_group (no import of its own)",
};

/** Types that are part of another resource, or that Azure makes and manages itself: left out, with why. */
const PART_OF: Record<string, (r: ExportedResource) => string> = {
  "microsoft.storage/storageaccounts/queueservices": () => "the queue service of its storage account: no settings of its own in the export",
  "microsoft.storage/storageaccounts/tableservices": () => "the table service of its storage account: no settings of its own in the export",
  "microsoft.storage/storageaccounts/blobservices/containers": (r) => (/\/(azureml|azureml-blobstore-|snapshots|insights-|revisions)/.test(r.name) ? "a container Azure ML made for the workspace (its system datastores, snapshots, logs); Azure ML manages it" : "a blob container: not adopted (its data is managed where it is used; add it with azurerm_storage_container if you want it in code)"),
  "microsoft.storage/storageaccounts/fileservices/shares": (r) => (/\/(code-|azureml-filestore-)/.test(r.name) ? "a file share Azure ML made for the workspace (notebooks, its file datastore); Azure ML manages it" : "a file share: not adopted (add it with azurerm_storage_share if you want it in code)"),
  "microsoft.keyvault/vaults/secrets": () => "a Key Vault secret: secret values are never written to code",
  "microsoft.keyvault/vaults/accesspolicies": () => "the vault's access policies: Azure ML adds its own; Terraform keeps them as they are (access_policy is not set in code)",
  "microsoft.network/privatednszones/a": () => "a DNS record the private endpoints' DNS zone groups write and remove",
  "microsoft.network/privatednszones/soa": () => "the zone's SOA record, part of the zone",
  "microsoft.network/networkinterfaces": (r) => ((r.properties as P).privateEndpoint ? `the network interface of private endpoint ${String((r.properties as P).privateEndpoint.id).split("/").pop()}, made and removed with it` : "a network interface: not one of the resources around a workspace"),
  "microsoft.machinelearningservices/workspaces/connections": (r) =>
    `a workspace connection (${String((r.properties as P).category ?? "")}, ${String((r.properties as P).authType ?? "")}): ${/ApiKey|AccessKey|PAT|SAS|UsernamePassword|AccountKey|CustomKeys/i.test(String((r.properties as P).authType)) ? "its credentials are secrets, never written to code; make it again with WorkspaceConnection using Entra ID (or AiServicesAccount.connectTo)" : "make it with WorkspaceConnection after adoption"}`,
  "microsoft.containerregistry/registries/scopemaps": (r) => (/\/_repositories_/.test(r.name) ? "a built-in scope map of the registry: Azure makes and manages it" : "a registry scope map: not adopted (add it with azurerm_container_registry_scope_map if you want it in code)"),
  "microsoft.keyvault/vaults/keys": () => "a Key Vault key: its material stays in the vault and is not adopted (WorkspaceEncryption makes new keys; a workspace's key is referred to by id)",
  "microsoft.insights/components/proactivedetectionconfigs": () => "a smart detection setting of Application Insights: its defaults are kept by Azure",
};

/** The comment above a deployment: its environment variables are secrets until shown otherwise. */
const ENVIRONMENT_NOT_WRITTEN = "Its environment variables are not written here: their values may be secrets (see the report); add the ones that are not by hand, before its body is next written.";

/** A private endpoint connection of any resource type. */
function endpointConnection(r: ExportedResource): string {
  const endpoint = String((r.properties as P).privateEndpoint?.id ?? "").split("/").pop();
  return `the connection of ${endpoint ? `private endpoint ${endpoint}` : "a private endpoint"} to this resource: made, approved and removed with the endpoint`;
}

const SYSTEM_DATASTORES = new Set(["workspaceblobstore", "workspacefilestore", "workspaceartifactstore", "workspaceworkingdirectory"]);

function lastName(r: ExportedResource): string {
  return r.name.split("/").pop()!;
}

export interface EstatePlan {
  readonly steps: Step[];
  readonly adoptions: Adoption[];
  readonly leftOut: LeftOut[];
  /** The workspace id (an ARM id) a child resource's expected settings refer to, by adoption. */
  readonly workspaceIdOf: Map<ExportedResource, string>;
  readonly index: ExportIndex;
}

/**
 * The storage options of `Workspace` that express what was found (the rest is kept as found after
 * the construct): replication, shared keys, and the blob service's soft delete and versioning.
 */
function storageOptions(storage: ExportedResource, index: ExportIndex): Record<string, Expr> {
  const p = storage.properties as P;
  const blob = index.childrenOf(storage, "blobServices")[0]?.properties as P | undefined;
  const days = (policy: P | undefined) => (policy?.enabled && typeof policy.days === "number" ? policy.days : undefined);
  return {
    replicationType: String((storage.sku as P | undefined)?.name ?? "Standard_LRS").split("_")[1],
    sharedAccessKeyEnabled: p.allowSharedKeyAccess ?? true,
    blobSoftDeleteDays: days(blob?.deleteRetentionPolicy),
    containerSoftDeleteDays: days(blob?.containerDeleteRetentionPolicy),
    versioningEnabled: blob?.isVersioningEnabled ? true : undefined,
    studioCorsEnabled: blob && !(blob.cors?.corsRules ?? []).length ? false : undefined,
  };
}

/** A compute instance's start/stop schedules as the construct's props (weekly recurrences and cron). */
function instanceSchedules(schedules: P | undefined): Expr {
  const list = ((schedules?.computeStartStop ?? []) as P[]).map((x): Expr => {
    const common = { action: x.action, enabled: x.status !== "Disabled" };
    if (x.triggerType === "Cron" || x.cron) return { ...common, cron: x.cron?.expression, timeZone: x.cron?.timeZone, startTime: x.cron?.startTime };
    const rec = (x.recurrence ?? {}) as P;
    return { ...common, recurrence: { weekDays: rec.schedule?.weekDays, hours: rec.schedule?.hours, minutes: rec.schedule?.minutes }, timeZone: rec.timeZone, startTime: rec.startTime };
  });
  return list.length ? list : undefined;
}

/** A deployment's probe as the construct's props (ISO 8601 durations as found). */
function probe(p: P | undefined): Expr {
  return p ? { initialDelay: p.initialDelay, period: p.period, timeout: p.timeout, failureThreshold: p.failureThreshold, successThreshold: p.successThreshold } : undefined;
}

/** Props without the nulls and empty values an export writes for settings not made. */
function clean(e: Expr | null): Expr {
  if (e === null) return undefined;
  if (Array.isArray(e)) return e.map((x) => clean(x)).filter((x) => x !== undefined);
  if (e && typeof e === "object" && !("$ref" in e)) {
    const out: Record<string, Expr> = {};
    for (const [k, v] of Object.entries(e)) {
      const c = clean(v as Expr | null);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return e;
}

const same = (a: unknown, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

export function planEstate(resources: readonly ExportedResource[], scope: ExportScope): EstatePlan {
  const byId = new Map(resources.map((r) => [r.id.toLowerCase(), r]));
  const index: ExportIndex = {
    childrenOf: (parent, childType) => resources.filter((r) => r.typeKey === `${parent.typeKey}/${childType.toLowerCase()}` && r.name.startsWith(`${parent.name}/`)),
  };
  const steps: Step[] = [];
  const adoptions: Adoption[] = [];
  const handled = new Set<ExportedResource>();
  const leftOut: LeftOut[] = [];
  const workspaceIdOf = new Map<ExportedResource, string>();
  const usedVars = new Set<string>(["scope", "id", "this"]);
  const usedIds = new Set<string>();
  const varFor = (name: string, kind: string) => {
    let v = camelName(name);
    if (usedVars.has(v)) v = `${v}${kind}`;
    for (let i = 2; usedVars.has(v); i++) v = `${camelName(name)}${kind}${i}`;
    usedVars.add(v);
    return v;
  };
  const idFor = (name: string, kind: string) => {
    let id = pascalName(name);
    if (usedIds.has(id)) id = `${id}${kind}`;
    for (let i = 2; usedIds.has(id); i++) id = `${pascalName(name)}${kind}${i}`;
    usedIds.add(id);
    return id;
  };
  const canonicalId = (r: ExportedResource) => {
    const type = CANONICAL_TYPES[r.typeKey];
    if (!type) throw new Error(`no canonical type for ${r.type}`);
    return armIdOf(scope, type, r.name);
  };
  const adopt = (r: ExportedResource, step: string, accessor: string, terraformType: string, asWhat: string) => {
    handled.add(r);
    const importId = canonicalId(r);
    adoptions.push({ resource: r, step, accessor, terraformType, importId, importFromId: terraformType === "azapi_resource" ? `${importId}?api-version=${ML_API_VERSION}` : importId, asWhat });
  };
  const leave = (r: ExportedResource, reason: string, unknownType = false, partOf = false) => {
    handled.add(r);
    leftOut.push({ resource: r, reason, unknownType, ...(partOf ? { partOf } : {}) });
  };
  const addStep = (s: Step) => steps.push({ ...s, props: clean(s.props) });
  const inExport = (id: unknown) => (typeof id === "string" ? byId.get(id.toLowerCase()) : undefined);
  const placement = (r: ExportedResource) => ({ resourceGroupName: scope.resourceGroupName, location: r.location });
  const nonEmptyTags = (tags: Record<string, string> | undefined): Expr => (tags && Object.keys(tags).length ? tags : undefined);
  const tagsOf = (r: ExportedResource): Expr => nonEmptyTags(r.tags);
  const step = (r: ExportedResource, kind: string, className: string, module: ClassModule, props: Expr, options: { comment?: string[]; via?: Step["via"]; preventDestroy?: string } = {}): string => {
    const varName = varFor(lastName(r), kind);
    const { comment = [], via, preventDestroy } = options;
    addStep({ varName, className, module, id: idFor(lastName(r), kind), props, comment, about: r, ...(via ? { via } : {}), ...(preventDestroy ? { preventDestroy } : {}) });
    return varName;
  };

  // User-assigned identities first: workspaces and computes refer to them.
  const identityVar = new Map<string, string>();
  for (const r of resources.filter((x) => x.typeKey === "microsoft.managedidentity/userassignedidentities")) {
    const v = step(r, "Identity", "UserAssignedIdentity", "@cdktf/provider-azurerm/lib/user-assigned-identity", { name: r.name, ...placement(r), tags: tagsOf(r) }, { comment: ["A user-assigned identity (no construct of this library makes one: the provider class)."] });
    identityVar.set(r.id.toLowerCase(), v);
    adopt(r, v, "", "azurerm_user_assigned_identity", "UserAssignedIdentity (provider class)");
  }
  const identityRef = (id: string): Expr => {
    const v = identityVar.get(id.toLowerCase());
    return v ? ref(v, "id") : id;
  };
  const identityProp = (identity: P | undefined): Expr => {
    if (!identity?.type || identity.type === "None") return undefined;
    const type = String(identity.type).replace(/\s*,\s*/, ", ");
    const ids = Object.keys(identity.userAssignedIdentities ?? {}).map(identityRef);
    return type === "SystemAssigned" ? { type } : { type, identityIds: ids };
  };

  // AI Services accounts (what hubs connect to) as AiServicesAccount.
  for (const r of resources.filter((x) => x.typeKey === "microsoft.cognitiveservices/accounts")) {
    const p = r.properties as P;
    const sku = String((r.sku as P | undefined)?.name ?? "");
    if (!same(r.kind, "AIServices") || sku !== "S0") {
      leave(r, `a Cognitive Services account of kind ${String(r.kind)} and SKU ${sku}: AiServicesAccount makes AIServices accounts on S0`);
      continue;
    }
    const v = step(r, "Account", "AiServicesAccount", "cdktf-azureml", {
      name: r.name,
      ...placement(r),
      publicNetworkAccessEnabled: (p.publicNetworkAccess ?? "Enabled") !== "Disabled",
      customSubdomainName: p.customSubDomainName,
      localAuthEnabled: !(p.disableLocalAuth ?? false),
      // Adopted: a plan that would replace the account (its deployments and keys with it) fails instead.
      preventDestroy: true,
      tags: tagsOf(r),
    });
    adopt(r, v, "resource", "azurerm_cognitive_account", "AiServicesAccount");
  }

  // Workspaces: Default and FeatureStore as Workspace, Hub as AiHub (Projects under it).
  const workspaces = resources.filter((r) => r.typeKey === "microsoft.machinelearningservices/workspaces");
  const workspaceVar = new Map<ExportedResource, string>();
  const hubs = workspaces.filter((w) => same(w.kind, "Hub"));
  const ordered = [...workspaces.filter((w) => !same(w.kind, "Project")), ...workspaces.filter((w) => same(w.kind, "Project"))];
  for (const w of ordered) {
    const kind = w.kind ?? "Default";
    // A resource another workspace of the export uses too is adopted once, with the first; the others
    // refer to it as existing (by reference). One that is not in the export is existing by its id.
    const sharedRef = (id: unknown): Expr => {
      const a = adoptions.find((x) => typeof id === "string" && (same(x.resource.id, id) || same(x.importId, id)));
      return a ? ref(a.step, a.accessor ? `${a.accessor}.id` : "id") : (id as Expr);
    };
    const own = (id: unknown) => {
      const r = inExport(id);
      return r && !handled.has(r) ? r : undefined;
    };
    const raw = w.properties as P;
    const p: P = { ...raw, storageAccount: sharedRef(raw.storageAccount), keyVault: sharedRef(raw.keyVault), applicationInsights: sharedRef(raw.applicationInsights), containerRegistry: raw.containerRegistry ? sharedRef(raw.containerRegistry) : undefined };
    const pna = (p.publicNetworkAccess ?? "Enabled") !== "Disabled";
    const storage = own(raw.storageAccount);
    const vault = own(raw.keyVault);
    const insights = own(raw.applicationInsights);
    const registry = own(raw.containerRegistry);
    const law = insights ? own((insights.properties as P).WorkspaceResourceId) : undefined;
    if (same(kind, "Project")) {
      const hub = hubs.find((h) => same(canonicalId(h), String(p.hubResourceId)) || same(h.id, String(p.hubResourceId)));
      const hubVar = hub && workspaceVar.get(hub);
      if (!hubVar) {
        // A hub in another resource group: the project refers to it by id.
        const varName = varFor(lastName(w), "Project");
        addStep({
          varName,
          className: "AiProject",
          module: "cdktf-azureml",
          id: idFor(w.name, "Project"),
          props: { hub: { hubId: String(p.hubResourceId), location: w.location }, name: w.name, friendlyName: p.friendlyName, description: p.description || undefined, highBusinessImpact: p.hbiWorkspace ?? false, tags: tagsOf(w) },
          comment: [`Project ${w.name} of hub ${String(p.hubResourceId).split("/").pop()}, which is not in this export (adopt it from its own resource group): referred to by id.`],
          about: w,
        });
        adopt(w, varName, "resource", "azurerm_ai_foundry_project", "AiProject (of a hub elsewhere)");
        workspaceIdOf.set(w, canonicalId(w));
        continue;
      }
      const varName = varFor(lastName(w), "Project");
      addStep({
        varName,
        className: "AiProject",
        module: "cdktf-azureml",
        id: idFor(w.name, "Project"),
        via: { target: hubVar, method: "addProject" },
        props: { name: w.name, friendlyName: p.friendlyName, description: p.description || undefined, highBusinessImpact: p.hbiWorkspace ?? false, tags: tagsOf(w) },
        comment: [`Project ${w.name} of hub ${lastName(hub!)}.`],
        about: w,
      });
      adopt(w, varName, "resource", "azurerm_ai_foundry_project", "AiProject");
      workspaceIdOf.set(w, canonicalId(w));
      continue;
    }
    const isHub = same(kind, "Hub");
    if (!isHub && !same(kind, "Default") && !same(kind, "FeatureStore")) {
      leave(w, `a workspace of kind ${kind}: this command adopts kinds Default, FeatureStore, Hub and Project`);
      continue;
    }
    const sa = storage?.properties as P | undefined;
    const kv = vault?.properties as P | undefined;
    const ai = insights?.properties as P | undefined;
    const acr = registry?.properties as P | undefined;
    const tags = tagsOf(w);
    const isolation = p.managedNetwork?.isolationMode as string | undefined;
    const comment = [
      `${isHub ? "Hub" : "Workspace"} ${w.name} (kind ${kind}) with ${[storage && `storage account ${storage.name}`, vault && `Key Vault ${vault.name}`, insights && `Application Insights ${insights.name}`, law && `Log Analytics workspace ${law.name}`, registry && `container registry ${registry.name}`].filter(Boolean).join(", ")}.`,
      "Diagnostic settings are extension resources, not part of an export: none are written here (check them; see the report).",
    ];
    let props: Record<string, Expr>;
    if (isHub) {
      props = {
        name: w.name,
        ...placement(w),
        publicNetworkAccessEnabled: pna,
        isolationMode: isolation === "AllowOnlyApprovedOutbound" ? "AllowOnlyApprovedOutbound" : "AllowInternetOutbound",
        friendlyName: p.friendlyName,
        description: p.description || undefined,
        highBusinessImpact: p.hbiWorkspace ?? false,
        identity: identityProp(w.identity as P),
        names: {
          storageAccount: storage?.name,
          keyVault: vault?.name,
          applicationInsights: insights?.name,
          logAnalyticsWorkspace: law?.name,
          containerRegistry: registry?.name,
        },
        existing: {
          storageAccountId: storage ? undefined : p.storageAccount,
          keyVaultId: vault ? undefined : p.keyVault,
          applicationInsightsId: insights ? undefined : p.applicationInsights,
          logAnalyticsWorkspaceId: insights ? (law ? undefined : sharedRef(ai?.WorkspaceResourceId)) : undefined,
          containerRegistryId: registry ? undefined : p.containerRegistry,
        },
        createContainerRegistry: registry !== undefined,
        storageSharedAccessKeyEnabled: sa ? (sa.allowSharedKeyAccess ?? true) : undefined,
        diagnostics: { enabled: false },
        // Adopted: a plan that would replace the hub or its storage, vault or registry fails instead.
        preventDestroy: true,
        tags,
      };
    } else {
      const uai = (w.identity as P | undefined)?.userAssignedIdentities;
      const identity = identityProp(w.identity as P) as P | undefined;
      props = {
        name: w.name,
        ...placement(w),
        publicNetworkAccessEnabled: pna,
        friendlyName: p.friendlyName,
        description: p.description || undefined,
        highBusinessImpact: p.hbiWorkspace ?? false,
        imageBuildComputeName: p.imageBuildCompute || undefined,
        identity: identity && identity.type !== "SystemAssigned" ? { ...identity, primaryIdentityId: p.primaryUserAssignedIdentity ? identityRef(p.primaryUserAssignedIdentity) : uai ? identityRef(Object.keys(uai)[0]) : undefined } : identity,
        storageAccount: storage ? { mode: "create", name: storage.name, ...storageOptions(storage, index) } : { mode: "existing", id: p.storageAccount },
        keyVault: vault ? { mode: "create", name: vault.name, sku: kv!.sku?.name ?? "standard", softDeleteRetentionDays: kv!.softDeleteRetentionInDays ?? 90, tenantId: kv!.tenantId } : { mode: "existing", id: p.keyVault },
        applicationInsights: insights
          ? {
              mode: "create",
              applicationInsightsName: insights.name,
              logAnalyticsWorkspaceName: law?.name,
              existingLogAnalyticsWorkspaceId: law ? undefined : sharedRef(ai!.WorkspaceResourceId),
              retentionInDays: law ? ((law.properties as P).retentionInDays ?? 30) : undefined,
            }
          : { mode: "existing", id: p.applicationInsights },
        containerRegistry: registry
          ? { mode: "create", name: registry.name, sku: (registry.sku as P | undefined)?.name ?? "Basic", zoneRedundancyEnabled: acr!.zoneRedundancy === "Enabled" }
          : p.containerRegistry
            ? { mode: "existing", id: p.containerRegistry }
            : { mode: "on-demand" },
        diagnostics: { enabled: false },
        managedNetwork: isolation && isolation !== "Disabled" ? { isolationMode: isolation, outboundRules: {} } : undefined,
        serverlessCompute: p.serverlessComputeSettings?.serverlessComputeCustomSubnet ? { subnetId: p.serverlessComputeSettings.serverlessComputeCustomSubnet, publicIpEnabled: !(p.serverlessComputeSettings.serverlessComputeNoPublicIP ?? true) } : undefined,
        featureStore: same(kind, "FeatureStore")
          ? { sparkRuntimeVersion: p.featureStoreSettings?.computeRuntime?.sparkRuntimeVersion, offlineConnectionName: p.featureStoreSettings?.offlineStoreConnectionName, onlineConnectionName: p.featureStoreSettings?.onlineStoreConnectionName }
          : undefined,
        // Adopted: a plan that would replace the workspace or its storage, vault or registry fails instead.
        preventDestroy: true,
        tags,
      };
    }
    // Outbound rules the user defined (Azure ML writes and manages the required ones itself).
    const rules = index.childrenOf(w, "outboundRules");
    const userRules: [string, Expr][] = [];
    for (const r of rules) {
      const rp = r.properties as P;
      if (rp.category && rp.category !== "UserDefined") {
        leave(r, `an outbound rule of category ${rp.category}: Azure ML writes and manages it`);
        continue;
      }
      const d = rp.destination;
      const rule: Expr =
        rp.type === "FQDN"
          ? { type: "FQDN", destination: d }
          : rp.type === "ServiceTag"
            ? { type: "ServiceTag", serviceTag: d?.serviceTag, protocol: d?.protocol, portRanges: d?.portRanges }
            : rp.type === "PrivateEndpoint"
              ? { type: "PrivateEndpoint", serviceResourceId: d?.serviceResourceId, subresourceTarget: d?.subresourceTarget, sparkEnabled: d?.sparkEnabled ?? false }
              : undefined;
      if (rule === undefined) {
        leave(r, `an outbound rule of type ${String(rp.type)}, which this library does not make`);
        continue;
      }
      userRules.push([lastName(r), rule]);
    }
    userRules.sort(([x], [y]) => byCodePoint(x, y));
    if (userRules.length) {
      const target = isHub ? props : (props.managedNetwork as Record<string, Expr> | undefined);
      if (target) (target as Record<string, Expr>).outboundRules = Object.fromEntries(userRules);
    }
    const varName = varFor(lastName(w), isHub ? "Hub" : "Workspace");
    addStep({ varName, className: isHub ? "AiHub" : "Workspace", module: "cdktf-azureml", id: idFor(w.name, isHub ? "Hub" : "Workspace"), props, comment, about: w });
    workspaceVar.set(w, varName);
    workspaceIdOf.set(w, canonicalId(w));
    const cls = isHub ? "AiHub" : "Workspace";
    adopt(w, varName, "resource", isHub ? "azurerm_ai_foundry" : "azurerm_machine_learning_workspace", cls);
    // A hub and a workspace name their created resources alike.
    const a = { storage: "storageAccount!", vault: "keyVault!", insights: "applicationInsights!", law: "logAnalyticsWorkspace!", registry: "containerRegistry!" };
    if (storage && !handled.has(storage)) adopt(storage, varName, a.storage, "azurerm_storage_account", `${cls} (its storage account)`);
    if (vault && !handled.has(vault)) adopt(vault, varName, a.vault, "azurerm_key_vault", `${cls} (its Key Vault)`);
    if (insights && !handled.has(insights)) adopt(insights, varName, a.insights, "azurerm_application_insights", `${cls} (its Application Insights)`);
    if (law && !handled.has(law)) adopt(law, varName, a.law, "azurerm_log_analytics_workspace", `${cls} (its Log Analytics workspace)`);
    if (registry && !handled.has(registry)) adopt(registry, varName, a.registry, "azurerm_container_registry", `${cls} (its container registry)`);
    if ((isHub || props.managedNetwork) && userRules.length) {
      userRules.forEach(([name], i) => adopt(rules.find((r) => lastName(r) === name)!, varName, `outboundRules[${i}].resource`, "azapi_resource", `${cls} (outbound rule ${name})`));
    } else for (const [name] of userRules) leave(rules.find((r) => lastName(r) === name)!, "an outbound rule of a workspace without a managed network");
  }

  const orphan = (what: string, kind: string, w: ExportedResource | undefined) =>
    w && same(w.kind, "Project") ? `${what} of project ${w.name}: AiProject takes no ${kind} in this library; add it to the project after adoption` : `${what} of a workspace that is not adopted (see the workspace's line)`;
  const parentWorkspace = (r: ExportedResource) => workspaces.find((w) => r.name.startsWith(`${w.name}/`) && r.name.split("/").length >= 2);

  // Computes, datastores, endpoints of each adopted workspace.
  for (const r of resources) {
    if (handled.has(r)) continue;
    const w = parentWorkspace(r);
    const wsVar = w && workspaceVar.get(w);
    const p = r.properties as P;
    if (r.typeKey === "microsoft.machinelearningservices/workspaces/computes") {
      if (!wsVar) {
        leave(r, orphan("a compute", "computes", w));
        continue;
      }
      const inner = (p.properties ?? {}) as P;
      if (p.computeType === "AmlCompute") {
        const scale = (inner.scaleSettings ?? {}) as P;
        const v = step(r, "Cluster", "ComputeCluster", "cdktf-azureml", {
          name: lastName(r),
          workspace: ref(wsVar),
          vmSize: inner.vmSize,
          vmPriority: inner.vmPriority ?? "Dedicated",
          minNodes: scale.minNodeCount ?? 0,
          maxNodes: scale.maxNodeCount,
          scaleDownAfterIdle: scale.nodeIdleTimeBeforeScaleDown ?? "PT2M",
          identity: identityProp(r.identity as P) ?? { type: "SystemAssigned" },
          subnetId: inner.subnet?.id,
          nodePublicIpEnabled: inner.enableNodePublicIp ?? true,
          localAuthEnabled: !(p.disableLocalAuth ?? false),
          location: r.location,
          description: p.description || undefined,
          tags: tagsOf(r),
        });
        adopt(r, v, "resource", "azurerm_machine_learning_compute_cluster", "ComputeCluster");
      } else if (p.computeType === "ComputeInstance") {
        const user = inner.personalComputeInstanceSettings?.assignedUser as P | undefined;
        const v = step(r, "Instance", "ComputeInstance", "cdktf-azureml", {
          name: lastName(r),
          workspace: ref(wsVar),
          vmSize: inner.vmSize,
          assignedUser: user ? { objectId: user.objectId, tenantId: user.tenantId } : undefined,
          idleShutdown: inner.idleTimeBeforeShutdown ?? "never",
          subnetId: inner.subnet?.id,
          nodePublicIpEnabled: inner.enableNodePublicIp ?? true,
          localAuthEnabled: !(p.disableLocalAuth ?? false),
          identity: identityProp(r.identity as P),
          applicationSharingPolicy: inner.applicationSharingPolicy,
          schedules: instanceSchedules(inner.schedules),
          location: r.location,
          description: p.description || undefined,
          tags: tagsOf(r),
        }, { preventDestroy: "resource" });
        adopt(r, v, "resource", "azapi_resource", "ComputeInstance");
      } else leave(r, `a compute of type ${String(p.computeType)} (attached compute): attach it with its own construct after adoption`);
      continue;
    }
    if (r.typeKey === "microsoft.machinelearningservices/workspaces/datastores") {
      if (SYSTEM_DATASTORES.has(lastName(r))) {
        leave(r, "a datastore Azure ML made with the workspace and manages (its system datastores)");
        continue;
      }
      if (!wsVar) {
        leave(r, orphan("a datastore", "datastores", w));
        continue;
      }
      const credentials = (p.credentials ?? {}) as P;
      if (p.datastoreType !== "AzureBlob") {
        leave(r, `a datastore of type ${String(p.datastoreType)}: this version adopts blob datastores (add it with its construct after adoption)`);
        continue;
      }
      if (credentials.credentialsType && credentials.credentialsType !== "None") {
        leave(r, `a ${String(credentials.credentialsType)} datastore: its secret cannot be written into code. Switch it to identity-based access (credentials None) and adopt again, or add it with its secret read from Key Vault`);
        continue;
      }
      const container = `/subscriptions/${p.subscriptionId ?? scope.subscriptionId}/resourceGroups/${p.resourceGroup ?? scope.resourceGroupName}/providers/Microsoft.Storage/storageAccounts/${p.accountName}/blobServices/default/containers/${p.containerName}`;
      const v = step(r, "Datastore", "BlobDatastore", "cdktf-azureml", {
        name: lastName(r),
        workspace: ref(wsVar),
        storageContainerId: container,
        serviceDataIdentity: p.serviceDataAccessAuthIdentity ?? "None",
        description: p.description || undefined,
        tags: nonEmptyTags(p.tags), // a datastore's tags are in its properties
      });
      adopt(r, v, "resource", "azurerm_machine_learning_datastore_blobstorage", "BlobDatastore");
      continue;
    }
    if (r.typeKey === "microsoft.machinelearningservices/workspaces/onlineendpoints") {
      if (!wsVar) {
        leave(r, orphan("an endpoint", "endpoints", w));
        continue;
      }
      const traffic = p.traffic as Record<string, number> | undefined;
      const v = step(r, "Endpoint", "OnlineEndpoint", "cdktf-azureml", {
        name: lastName(r),
        traffic: traffic && Object.keys(traffic).length ? traffic : undefined,
        workspace: ref(wsVar),
        authMode: p.authMode,
        publicNetworkAccessEnabled: (p.publicNetworkAccess ?? "Enabled") !== "Disabled",
        identity: identityProp(r.identity as P),
        location: r.location,
        description: p.description || undefined,
        tags: tagsOf(r),
      });
      adopt(r, v, "resource", "azapi_resource", "OnlineEndpoint");
      for (const d of resources.filter((x) => x.typeKey === `${r.typeKey}/deployments` && x.name.startsWith(`${r.name}/`))) {
        const dp = d.properties as P;
        if (dp.endpointComputeType !== "Managed") {
          leave(d, `a deployment of compute type ${String(dp.endpointComputeType)}: this library makes managed deployments`);
          continue;
        }
        const dv = step(d, "Deployment", "OnlineDeployment", "cdktf-azureml", {
          name: lastName(d),
          model: dp.model,
          environment: dp.environmentId,
          code: dp.codeConfiguration?.codeId ? { code: dp.codeConfiguration.codeId, scoringScript: dp.codeConfiguration.scoringScript } : undefined,
          instanceType: dp.instanceType,
          instanceCount: (d.sku as P | undefined)?.capacity,
          scale:
            dp.scaleSettings?.scaleType === "TargetUtilization"
              ? { type: "TargetUtilization", minInstances: dp.scaleSettings.minInstances, maxInstances: dp.scaleSettings.maxInstances, targetUtilizationPercentage: dp.scaleSettings.targetUtilizationPercentage, pollingInterval: dp.scaleSettings.pollingInterval }
              : undefined,
          requestSettings: dp.requestSettings ? { requestTimeout: dp.requestSettings.requestTimeout, maxConcurrentRequestsPerInstance: dp.requestSettings.maxConcurrentRequestsPerInstance } : undefined,
          livenessProbe: probe(dp.livenessProbe),
          readinessProbe: probe(dp.readinessProbe),
          appInsightsEnabled: dp.appInsightsEnabled,
          egressPublicNetworkAccessEnabled: dp.egressPublicNetworkAccess === undefined ? undefined : dp.egressPublicNetworkAccess !== "Disabled",
          description: dp.description || undefined,
          tags: tagsOf(d),
        }, { comment: [ENVIRONMENT_NOT_WRITTEN], via: { target: v, method: "addDeployment" } });
        adopt(d, dv, "resource", "azapi_resource", "OnlineDeployment");
      }
      continue;
    }
    if (r.typeKey === "microsoft.machinelearningservices/workspaces/batchendpoints") {
      if (!wsVar) {
        leave(r, orphan("an endpoint", "endpoints", w));
        continue;
      }
      const v = step(r, "Endpoint", "BatchEndpoint", "cdktf-azureml", { name: lastName(r), workspace: ref(wsVar), defaultDeployment: p.defaults?.deploymentName, location: r.location, description: p.description || undefined, tags: tagsOf(r) });
      adopt(r, v, "resource", "azapi_resource", "BatchEndpoint");
      for (const d of resources.filter((x) => x.typeKey === `${r.typeKey}/deployments` && x.name.startsWith(`${r.name}/`))) {
        const dp = d.properties as P;
        if (dp.deploymentConfiguration || !dp.model?.assetId) {
          leave(d, "a batch deployment of a pipeline component: this version adopts model deployments (add it with BatchDeployment after adoption)");
          continue;
        }
        // The compute cluster by reference when it is adopted too.
        const cluster = adoptions.find((a) => a.terraformType === "azurerm_machine_learning_compute_cluster" && typeof dp.compute === "string" && same(a.importId, dp.compute));
        const dv = step(d, "Deployment", "BatchDeployment", "cdktf-azureml", {
          name: lastName(d),
          deployment: {
            type: "model",
            model: dp.model.assetId,
            compute: cluster ? ref(cluster.step) : dp.compute,
            environment: dp.environmentId,
            code: dp.codeConfiguration?.codeId ? { code: dp.codeConfiguration.codeId, scoringScript: dp.codeConfiguration.scoringScript } : undefined,
            instanceCount: dp.resources?.instanceCount,
            miniBatchSize: dp.miniBatchSize,
            maxConcurrencyPerInstance: dp.maxConcurrencyPerInstance,
            errorThreshold: dp.errorThreshold,
            retry: dp.retrySettings ? { maxRetries: dp.retrySettings.maxRetries, timeout: dp.retrySettings.timeout } : undefined,
            outputAction: dp.outputAction,
            outputFileName: dp.outputAction === "AppendRow" ? dp.outputFileName : undefined,
            loggingLevel: dp.loggingLevel,
          },
          description: dp.description || undefined,
          tags: tagsOf(d),
        }, { comment: [ENVIRONMENT_NOT_WRITTEN], via: { target: v, method: "addDeployment" } });
        adopt(d, dv, "resource", "azapi_resource", "BatchDeployment");
      }
      continue;
    }
  }

  // Private DNS zones and their links (provider classes: PrivateDnsZones derives the link names).
  const zoneVar = new Map<string, string>();
  for (const z of resources.filter((r) => r.typeKey === "microsoft.network/privatednszones")) {
    const v = step(z, "Zone", "PrivateDnsZone", "@cdktf/provider-azurerm/lib/private-dns-zone", { name: z.name, resourceGroupName: scope.resourceGroupName, tags: tagsOf(z) }, { comment: [`Private DNS zone ${z.name} (a provider class: PrivateDnsZones derives the names of the zones' links).`] });
    zoneVar.set(z.id.toLowerCase(), v);
    adopt(z, v, "", "azurerm_private_dns_zone", "PrivateDnsZone (provider class)");
    for (const l of index.childrenOf(z, "virtualNetworkLinks")) {
      const lp = l.properties as P;
      const lv = varFor(`${v}-link`, "Link");
      addStep({ varName: lv, className: "PrivateDnsZoneVirtualNetworkLink", module: "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link", id: idFor(`${v}-link`, "Link"), comment: [], about: l, props: {
        name: lastName(l),
        resourceGroupName: scope.resourceGroupName,
        privateDnsZoneName: ref(v, "name"),
        virtualNetworkId: lp.virtualNetwork?.id,
        registrationEnabled: lp.registrationEnabled ?? false,
        tags: tagsOf(l),
      } });
      adopt(l, lv, "", "azurerm_private_dns_zone_virtual_network_link", "PrivateDnsZoneVirtualNetworkLink (provider class)");
    }
  }

  // Private endpoints: to an adopted resource, by reference; DNS zones by reference when adopted.
  const adoptedRef = (id: string): Expr => {
    const a = adoptions.find((x) => same(x.resource.id, id) || same(x.importId, id));
    if (!a) return id;
    const member: Record<string, string> = { azurerm_machine_learning_workspace: "workspaceId", azurerm_ai_foundry: "hubId", azurerm_storage_account: "storageAccountId", azurerm_key_vault: "keyVaultId" };
    if (a.accessor === "resource" && member[a.terraformType]) return ref(a.step, member[a.terraformType]);
    if (steps.find((s) => s.varName === a.step)?.className === "Workspace" && member[a.terraformType]) return ref(a.step, member[a.terraformType]);
    return ref(a.step, a.accessor ? `${a.accessor}.id` : "id");
  };
  for (const e of resources.filter((r) => r.typeKey === "microsoft.network/privateendpoints")) {
    const p = e.properties as P;
    const conn = (((p.privateLinkServiceConnections ?? []) as P[])[0] ?? ((p.manualPrivateLinkServiceConnections ?? []) as P[])[0]) as P | undefined;
    const target = conn?.properties?.privateLinkServiceId as string | undefined;
    const sub = (conn?.properties?.groupIds ?? [])[0] as string | undefined;
    const group = index.childrenOf(e, "privateDnsZoneGroups")[0];
    const zoneIds = ((group?.properties.privateDnsZoneConfigs ?? []) as P[]).map((c) => String(c.properties?.privateDnsZoneId));
    if (!target || !sub) {
      leave(e, "a private endpoint without a service connection");
      continue;
    }
    if (!(sub in PRIVATE_DNS_ZONES)) {
      leave(e, `a private endpoint to sub-resource ${sub}, which ServicePrivateEndpoint does not make`);
      continue;
    }
    const v = step(e, "Endpoint", "ServicePrivateEndpoint", "cdktf-azureml", {
      name: e.name,
      ...placement(e),
      subnetId: p.subnet?.id,
      targetResourceId: adoptedRef(target),
      subresource: sub,
      connectionName: conn?.name,
      networkInterfaceName: p.customNetworkInterfaceName || undefined,
      privateDnsZoneIds: zoneIds.map((id) => (zoneVar.has(id.toLowerCase()) ? ref(zoneVar.get(id.toLowerCase())!, "id") : id)),
      tags: tagsOf(e),
      // private_connection_resource_id forces a new endpoint, compared with its case: a replacement fails instead.
    }, { preventDestroy: "resource" });
    adopt(e, v, "resource", "azurerm_private_endpoint", "ServicePrivateEndpoint");
  }

  for (const r of resources) {
    if (handled.has(r)) continue;
    const part = PART_OF[r.typeKey] ?? (r.typeKey.endsWith("/privateendpointconnections") ? endpointConnection : undefined);
    if (ADOPTED_WITH_PARENT[r.typeKey]) leave(r, ADOPTED_WITH_PARENT[r.typeKey], false, true);
    else if (part) leave(r, part(r));
    else if (["microsoft.storage/storageaccounts", "microsoft.keyvault/vaults", "microsoft.insights/components", "microsoft.operationalinsights/workspaces", "microsoft.containerregistry/registries"].includes(r.typeKey)) {
      leave(r, "not used by a workspace of this export: not adopted (it is not one of a workspace's resources)");
    } else if (r.typeKey.startsWith("microsoft.machinelearningservices/")) leave(r, `an Azure ML resource of type ${r.type} that this version does not adopt`);
    else leave(r, `type ${r.type} is not one this command adopts`, true);
  }
  if (!workspaces.length) throw new AdoptError("the export holds no Azure Machine Learning workspace (type Microsoft.MachineLearningServices/workspaces): nothing to adopt, nothing written");
  if (!adoptions.length) throw new AdoptError(`nothing in the export can be adopted (${leftOut.map((l) => `${l.resource.name}: ${l.reason}`).join("; ")}): nothing written`);
  return { steps, adoptions, leftOut, workspaceIdOf, index };
}
