/**
 * `cdktf-azureml adopt` on four realistic exports (test/fixtures/exports, written from the ARM
 * schemas and what `az group export` writes): a public quickstart-style workspace, a private one
 * with endpoints and DNS zones, one with a managed network, computes, datastores and endpoints, a
 * hub with projects. The adopted stacks are committed in test/fixtures/adopted (so `tsc --noEmit`
 * compiles them and a reviewer reads them); after a deliberate change, rewrite them with
 * `ADOPT_UPDATE=1 npx jest test/cli/adopt`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { evaluateRulePack } from "../../constructs";
import { adopt, type AdoptResult } from "../../cli/adopt/adopt";
import { AdoptError, parseExport } from "../../cli/adopt/arm-export";
import { isSecretName, redactSecrets } from "../../cli/adopt/secrets";
import { planEstate } from "../../cli/adopt/plan-estate";
import { buildInMemory, settingDifferences } from "../../cli/adopt/reconcile";
import { adoptCommand } from "../../cli/cdktf-azureml";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { type SynthesizedStackJson, synthStack } from "../../constructs/testing";

const SUBSCRIPTION = "0b1f6471-1bf0-4dda-aec3-111122223333";
const EXPORTS = path.join(__dirname, "..", "fixtures", "exports");
const ADOPTED = path.join(__dirname, "..", "fixtures", "adopted");

interface Fixture {
  readonly name: string;
  readonly resourceGroup: string;
  readonly details?: boolean;
}

const FIXTURES: readonly Fixture[] = [
  { name: "quickstart-public", resourceGroup: "rg-churn-dev", details: true },
  { name: "private-with-endpoints", resourceGroup: "rg-fraud-prod" },
  { name: "managed-network-computes", resourceGroup: "rg-vision-test" },
  { name: "hub-with-projects", resourceGroup: "rg-genai-shared" },
];

function run(f: Fixture): AdoptResult {
  const file = path.join(EXPORTS, `${f.name}.json`);
  return adopt({
    exportText: fs.readFileSync(file, "utf8"),
    exportFile: file,
    detailsText: f.details ? fs.readFileSync(path.join(EXPORTS, `${f.name}.show.json`), "utf8") : undefined,
    subscriptionId: SUBSCRIPTION,
    resourceGroupName: f.resourceGroup,
  });
}

/** Secret values written into the fixtures; none may reach any output. */
const SECRETS = ["sk-live-7Hq2Zp9Xw4Lm1Nc8Vb3", "8a3c2f41-6d0e-4b7a-9c21-5e7f0a1b2c3d", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==", "AbCdEf0123456789", "4f1c9a7e2b3d4c5e6f708192a3b4c5d6"];

/**
 * The resources of an export a platform engineer expects adopted, and their import ids, worked out
 * here from the export alone (azurerm's casing of each type): not with the command's own tables.
 */
const ADOPTABLE: Record<string, string> = {
  "microsoft.machinelearningservices/workspaces": "Microsoft.MachineLearningServices/workspaces",
  "microsoft.storage/storageaccounts": "Microsoft.Storage/storageAccounts",
  "microsoft.keyvault/vaults": "Microsoft.KeyVault/vaults",
  "microsoft.insights/components": "Microsoft.Insights/components",
  "microsoft.operationalinsights/workspaces": "Microsoft.OperationalInsights/workspaces",
  "microsoft.containerregistry/registries": "Microsoft.ContainerRegistry/registries",
  "microsoft.cognitiveservices/accounts": "Microsoft.CognitiveServices/accounts",
  "microsoft.managedidentity/userassignedidentities": "Microsoft.ManagedIdentity/userAssignedIdentities",
  "microsoft.network/privateendpoints": "Microsoft.Network/privateEndpoints",
  "microsoft.network/privatednszones": "Microsoft.Network/privateDnsZones",
  "microsoft.network/privatednszones/virtualnetworklinks": "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
  "microsoft.machinelearningservices/workspaces/computes": "Microsoft.MachineLearningServices/workspaces/computes",
  "microsoft.machinelearningservices/workspaces/datastores": "Microsoft.MachineLearningServices/workspaces/dataStores",
  "microsoft.machinelearningservices/workspaces/outboundrules": "Microsoft.MachineLearningServices/workspaces/outboundRules",
  "microsoft.machinelearningservices/workspaces/onlineendpoints": "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
  "microsoft.machinelearningservices/workspaces/onlineendpoints/deployments": "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments",
  "microsoft.machinelearningservices/workspaces/batchendpoints": "Microsoft.MachineLearningServices/workspaces/batchEndpoints",
  "microsoft.machinelearningservices/workspaces/batchendpoints/deployments": "Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments",
};

function expectedImportIds(f: Fixture): string[] {
  const { resources } = parseExport(fs.readFileSync(path.join(EXPORTS, `${f.name}.json`), "utf8"), { subscriptionId: SUBSCRIPTION, resourceGroupName: f.resourceGroup });
  return resources
    .filter((r) => ADOPTABLE[r.typeKey])
    .filter((r) => {
      const p = r.properties as Record<string, any>;
      // What Azure ML makes and manages itself, what holds a secret, what is attached: not adopted.
      if (r.typeKey.endsWith("/datastores")) return !/^workspace(blob|file|artifact)store$|^workspaceworkingdirectory$/.test(r.name.split("/")[1]) && p.credentials?.credentialsType === "None";
      if (r.typeKey.endsWith("/outboundrules")) return p.category === "UserDefined";
      if (r.typeKey.endsWith("/computes")) return p.computeType === "AmlCompute" || p.computeType === "ComputeInstance";
      return true;
    })
    .map((r) => {
      const [, ...types] = ADOPTABLE[r.typeKey].split("/");
      const names = r.name.split("/");
      return `/subscriptions/${SUBSCRIPTION}/resourceGroups/${f.resourceGroup}/providers/${ADOPTABLE[r.typeKey].split("/")[0]}/${types.map((t, i) => `${t}/${names[i]}`).join("/")}`;
    })
    .sort();
}

function adoptedStack(f: Fixture, result: AdoptResult): TerraformStack {
  const file = Object.keys(result.files).find((n) => n.endsWith(".ts"))!;
  const mod = require(path.join(ADOPTED, f.name, file)) as Record<string, new (scope: unknown) => TerraformStack>;
  const Stack = Object.values(mod)[0];
  return new Stack(Testing.app());
}

type Arm = { name: string; location?: string; kind?: string; sku?: any; tags: Record<string, string>; properties: any };
const on = (v: unknown) => v !== "Disabled";
/**
 * Key settings per resource type, ARM property to Terraform attribute, written here independently
 * of the command's tables: [attribute path, value from the export, provider default when unset].
 */
const SPOT_CHECKS: Record<string, [string, (r: Arm) => unknown, unknown?][]> = {
  azurerm_machine_learning_workspace: [["name", (r) => r.name], ["location", (r) => r.location], ["kind", (r) => r.kind], ["public_network_access_enabled", (r) => on(r.properties.publicNetworkAccess)], ["high_business_impact", (r) => r.properties.hbiWorkspace, false], ["friendly_name", (r) => r.properties.friendlyName], ["tags", (r) => r.tags, {}]],
  azurerm_storage_account: [["name", (r) => r.name], ["account_tier", (r) => r.sku.name.split("_")[0]], ["account_replication_type", (r) => r.sku.name.split("_")[1]], ["shared_access_key_enabled", (r) => r.properties.allowSharedKeyAccess ?? true, true], ["public_network_access_enabled", (r) => on(r.properties.publicNetworkAccess), true], ["min_tls_version", (r) => r.properties.minimumTlsVersion], ["allow_nested_items_to_be_public", (r) => r.properties.allowBlobPublicAccess, true], ["network_rules.default_action", (r) => r.properties.networkAcls.defaultAction, "Allow"], ["tags", (r) => r.tags, {}]],
  azurerm_key_vault: [["name", (r) => r.name], ["sku_name", (r) => r.properties.sku.name], ["tenant_id", (r) => r.properties.tenantId], ["purge_protection_enabled", (r) => r.properties.enablePurgeProtection ?? false, false], ["rbac_authorization_enabled", (r) => r.properties.enableRbacAuthorization ?? false, false], ["soft_delete_retention_days", (r) => r.properties.softDeleteRetentionInDays, 90], ["public_network_access_enabled", (r) => on(r.properties.publicNetworkAccess), true]],
  azurerm_application_insights: [["name", (r) => r.name], ["application_type", (r) => r.properties.Application_Type], ["retention_in_days", (r) => r.properties.RetentionInDays, 90], ["internet_ingestion_enabled", (r) => on(r.properties.publicNetworkAccessForIngestion), true]],
  azurerm_log_analytics_workspace: [["name", (r) => r.name], ["retention_in_days", (r) => r.properties.retentionInDays], ["sku", (r) => String(r.properties.sku.name).toLowerCase()]],
  azurerm_container_registry: [["name", (r) => r.name], ["sku", (r) => r.sku.name], ["admin_enabled", (r) => r.properties.adminUserEnabled, false], ["public_network_access_enabled", (r) => on(r.properties.publicNetworkAccess), true]],
  azurerm_user_assigned_identity: [["name", (r) => r.name], ["location", (r) => r.location]],
  azurerm_cognitive_account: [["name", (r) => r.name], ["kind", (r) => r.kind], ["sku_name", (r) => r.sku.name], ["custom_subdomain_name", (r) => r.properties.customSubDomainName], ["local_auth_enabled", (r) => !r.properties.disableLocalAuth], ["public_network_access_enabled", (r) => on(r.properties.publicNetworkAccess)]],
  azurerm_private_endpoint: [["name", (r) => r.name], ["subnet_id", (r) => r.properties.subnet.id], ["private_service_connection.name", (r) => r.properties.privateLinkServiceConnections[0].name], ["private_service_connection.private_connection_resource_id", (r) => r.properties.privateLinkServiceConnections[0].properties.privateLinkServiceId], ["private_service_connection.subresource_names", (r) => r.properties.privateLinkServiceConnections[0].properties.groupIds]],
  azurerm_private_dns_zone: [["name", (r) => r.name]],
  azurerm_private_dns_zone_virtual_network_link: [["name", (r) => r.name.split("/")[1]], ["private_dns_zone_name", (r) => r.name.split("/")[0]], ["virtual_network_id", (r) => r.properties.virtualNetwork.id], ["registration_enabled", (r) => r.properties.registrationEnabled]],
  azurerm_machine_learning_compute_cluster: [["name", (r) => r.name.split("/")[1]], ["vm_size", (r) => r.properties.properties.vmSize], ["vm_priority", (r) => r.properties.properties.vmPriority], ["scale_settings.min_node_count", (r) => r.properties.properties.scaleSettings.minNodeCount], ["scale_settings.max_node_count", (r) => r.properties.properties.scaleSettings.maxNodeCount], ["scale_settings.scale_down_nodes_after_idle_duration", (r) => r.properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown], ["local_auth_enabled", (r) => !r.properties.disableLocalAuth], ["node_public_ip_enabled", (r) => r.properties.properties.enableNodePublicIp]],
  azurerm_machine_learning_datastore_blobstorage: [["name", (r) => r.name.split("/")[1]], ["service_data_auth_identity", (r) => r.properties.serviceDataAccessAuthIdentity], ["storage_container_id", (r) => `/subscriptions/${SUBSCRIPTION}/resourceGroups/${r.properties.resourceGroup}/providers/Microsoft.Storage/storageAccounts/${r.properties.accountName}/blobServices/default/containers/${r.properties.containerName}`]],
  azurerm_ai_foundry: [["name", (r) => r.name], ["friendly_name", (r) => r.properties.friendlyName], ["public_network_access", (r) => r.properties.publicNetworkAccess], ["managed_network.isolation_mode", (r) => r.properties.managedNetwork.isolationMode]],
  azurerm_ai_foundry_project: [["name", (r) => r.name], ["friendly_name", (r) => r.properties.friendlyName], ["ai_services_hub_id", (r) => r.properties.hubResourceId]],
  azapi_resource: [["name", (r) => r.name.split("/").pop()], ["body.properties", (r) => r.properties]],
};

/** `${type.lid.id}` of an imported resource as its ARM id, `.name` as its name. */
function resolveRefs(v: unknown, imports: { to: string; id: string }[]): unknown {
  if (typeof v === "string") {
    const m = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_]+)\.(id|name)\}$/.exec(v);
    const hit = m && imports.find((i) => i.to === m[1]);
    return hit ? (m![2] === "id" ? hit.id : hit.id.split("/").pop()) : v;
  }
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, imports));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveRefs(x, imports)]));
  return v;
}

/** Every leaf of `want` is in `got` with the same value (ids without regard to case). */
/** Every leaf of `want` that `got` has is equal (ids without regard to case); returns how many were compared. */
function expectSubset(got: unknown, want: unknown, where: string): number {
  if (want && typeof want === "object" && !Array.isArray(want)) {
    let compared = 0;
    for (const [k, w] of Object.entries(want)) if (got && typeof got === "object" && k in got) compared += expectSubset((got as Record<string, unknown>)[k], w, `${where}.${k}`);
    return compared;
  }
  const norm = (x: unknown) => (typeof x === "string" && x.startsWith("/subscriptions/") ? x.toLowerCase() : typeof x === "string" && /^(pergb2018|standard|premium)$/i.test(x) ? x.toLowerCase() : x);
  expect({ where, value: Array.isArray(got) ? got.map(norm) : norm(got) }).toEqual({ where, value: Array.isArray(want) ? want.map(norm) : norm(want) });
  return 1;
}

describe.each(FIXTURES)("adopting $name", (f) => {
  let result: AdoptResult;
  beforeAll(() => {
    result = run(f);
  });

  test("writes the committed stack and report, byte for byte, and the same again on a second run", () => {
    const again = run(f);
    expect(again.files).toEqual(result.files);
    for (const [name, content] of Object.entries(result.files)) {
      const committed = path.join(ADOPTED, f.name, name);
      if (process.env.ADOPT_UPDATE === "1") fs.writeFileSync(committed, content);
      expect(fs.readFileSync(committed, "utf8")).toBe(content);
    }
  });

  describe("the adopted stack", () => {
    let stack: TerraformStack;
    let json: SynthesizedStackJson;
    beforeAll(() => {
      stack = adoptedStack(f, result);
      json = synthStack(stack);
    });

    test("has an import block for every adopted resource, with its ARM id", () => {
      const imports = (json as unknown as { import: { to: string; id: string }[] }).import;
      expect(imports.map((i) => i.id.replace(/\?api-version=.*$/, "")).sort()).toEqual(expectedImportIds(f));
      // azapi imports name the api-version the code writes (else azapi reads with its newest known one).
      for (const i of imports) expect(i.id.includes("?api-version=2026-05-01")).toBe(i.to.startsWith("azapi_resource."));
      for (const i of imports) {
        const [type, lid] = i.to.split(".");
        expect(json.resource?.[type]?.[lid]).toBeDefined();
      }
    });

    test("passes the rule pack, each finding suppressed as adopted as found", () => {
      const report = evaluateRulePack(stack);
      expect(report.findings).toEqual([]);
      expect(report.suppressed.length).toBeGreaterThan(0);
      for (const s of report.suppressed) expect(s.suppressedBecause).toMatch(/^adopted as found: /);
      expect(new Set(report.suppressed.map((s) => `${s.address}|${s.ruleId}`)).size).toBe(result.plan.findings.length);
    });

    test("synthesizes every setting of every adopted resource as exported (field by field)", () => {
      const scope = { subscriptionId: SUBSCRIPTION, resourceGroupName: f.resourceGroup };
      const file = path.join(EXPORTS, `${f.name}.json`);
      const parsed = parseExport(fs.readFileSync(file, "utf8"), scope, file, f.details ? fs.readFileSync(path.join(EXPORTS, `${f.name}.show.json`), "utf8") : undefined);
      const estate = planEstate(parsed.resources, scope);
      const imports = (json as unknown as { import: { to: string; id: string }[] }).import;
      const withAddress = estate.adoptions.map((a) => ({ ...a, address: imports.find((i) => i.id === a.importFromId)!.to }));
      expect(settingDifferences(json as never, withAddress, estate, scope)).toEqual([]);
    });

    test("has each key setting as exported (spot checks written independently of the command)", () => {
      const { resources } = parseExport(fs.readFileSync(path.join(EXPORTS, `${f.name}.json`), "utf8"), { subscriptionId: SUBSCRIPTION, resourceGroupName: f.resourceGroup });
      const imports = (json as unknown as { import: { to: string; id: string }[] }).import;
      let checked = 0;
      for (const i of imports) {
        const [type, lid] = i.to.split(".");
        const arm = resources.find((r) => r.id.toLowerCase() === i.id.replace(/\?api-version=.*$/, "").toLowerCase())!;
        const res = resolveRefs(json.resource![type][lid], imports) as Record<string, any>;
        for (const [attr, value, providerDefault] of SPOT_CHECKS[type]) {
          const want = value(arm as unknown as Arm);
          if (want === undefined) continue;
          const got = attr.split(".").reduce<any>((o, k) => (Array.isArray(o) ? o[0] : o)?.[k], res) ?? providerDefault;
          // Something of each setting is compared: a body that lost its properties cannot pass.
          expect({ where: `${i.to}.${attr}`, compared: expectSubset(got, want, `${i.to}.${attr}`) > 0 }).toEqual({ where: `${i.to}.${attr}`, compared: true });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(imports.length * 2);
    });

    test("creates nothing that changes a setting: only settings updates that write what the resources have", () => {
      const imported = new Set((json as unknown as { import: { to: string }[] }).import.map((i) => i.to));
      const created = Object.entries(json.resource ?? {}).flatMap(([type, byId]) => Object.keys(byId).map((lid) => `${type}.${lid}`)).filter((a) => !imported.has(a));
      for (const c of created) expect(c).toMatch(/^azapi_update_resource\./);
      expect(result.plan.created.map((c) => c.address).sort()).toEqual(created.sort());
      for (const c of result.plan.created) expect(c.why).toMatch(/which already has these values: the plan shows it as to be created, and applying it writes the same values again/);
    });

    test("writes azapi bodies that the ARM type definitions accept", () => {
      expect(validateAllAzapiBodies(json as never)).toEqual([]);
    });

    test("holds no secret of the export", () => {
      const all = JSON.stringify(json) + Object.values(result.files).join("\n");
      for (const s of SECRETS) expect(all).not.toContain(s);
    });
  });

  test("the report lists every resource of the export, adopted or left out with a reason", () => {
    const { resources } = parseExport(fs.readFileSync(path.join(EXPORTS, `${f.name}.json`), "utf8"), { subscriptionId: SUBSCRIPTION, resourceGroupName: f.resourceGroup });
    expect(result.plan.adoptions.length + result.plan.leftOut.length).toBe(resources.length);
    const report = result.files["adoption-report.md"];
    for (const r of resources) expect(report).toContain(`| ${r.name} | ${r.type} |`);
    for (const l of result.plan.leftOut) expect(l.reason.length).toBeGreaterThan(20);
  });
});

/** A value computed on first use, inside a test (not while jest collects the tests). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const stackCode = (r: AdoptResult) => Object.entries(r.files).find(([n]) => n.endsWith(".ts"))![1];

/** A fixture export as an object, to change for a case. */
const exportOf = (name: string) => JSON.parse(fs.readFileSync(path.join(EXPORTS, `${name}.json`), "utf8")) as { resources: Record<string, any>[] } & Record<string, unknown>;

/**
 * Adopts an export given as an object. `differences()` builds the adopted plan in memory and
 * compares every adopted resource with the export, field by field (empty when all is as found).
 */
function adoptVariant(exportObject: unknown, resourceGroupName: string) {
  const scope = { subscriptionId: SUBSCRIPTION, resourceGroupName };
  const text = JSON.stringify(exportObject);
  const result = adopt({ exportText: text, exportFile: "variant.json", ...scope });
  const json = once(() => JSON.parse(Testing.synth(buildInMemory(result.plan, result.plan.kept).stack)) as Record<string, any>);
  const differences = () => {
    const estate = planEstate(parseExport(text, scope).resources, scope);
    const withAddress = estate.adoptions.map((a) => ({ ...a, address: json().import.find((i: { id: string }) => i.id === a.importFromId).to }));
    expect(withAddress).toHaveLength(result.plan.adoptions.length);
    return settingDifferences(json(), withAddress, estate, scope);
  };
  return { result, code: stackCode(result), json, differences };
}

describe("what the adopted code says", () => {
  const quickstart = once(() => run(FIXTURES[0]));

  test("weaker settings are kept as found, explicitly, next to the construct", () => {
    const code = stackCode(quickstart());
    expect(code).toContain('storageAccount: { mode: "create", name: "stmlwchurndev4821", replicationType: "LRS", sharedAccessKeyEnabled: true }');
    expect(code).toContain("mlwChurnDev.keyVault!.purgeProtectionEnabled = false; // the construct writes true");
    expect(code).toContain("mlwChurnDev.keyVault!.rbacAuthorizationEnabled = false; // the construct writes true");
    expect(code).toContain('suppressRule(mlwChurnDev.storageAccount!, "AML-SA-03", "adopted as found: The storage account allows shared key (account key and SAS) access");');
    // From the az resource show details: the SAS policy the export leaves out.
    expect(code).toContain('mlwChurnDev.storageAccount!.putSasPolicy({ expirationPeriod: "7.00:00:00", expirationAction: "Log" });');
  });

  test("the report says what turning on each default would change and could break", () => {
    const report = quickstart().files["adoption-report.md"];
    expect(report).toContain("### AML-SA-03 on stmlwchurndev4821");
    expect(report).toMatch(/Could break: Key-based datastores, SAS tokens/);
    expect(report).toContain("**Unknown type.** type microsoft.alertsmanagement/smartdetectoralertrules is not one this command adopts");
    expect(report).toContain("a datastore Azure ML made with the workspace and manages");
    expect(report).toContain("- `resources[4].properties.InstrumentationKey`");
  });

  test("references between adopted resources stay references", () => {
    const priv = stackCode(run(FIXTURES[1]));
    expect(priv).toContain("targetResourceId: mlwFraudProd.workspaceId,");
    expect(priv).toContain("privateDnsZoneIds: [privatelinkApiAzuremlMs.id, privatelinkNotebooksAzureNet.id],");
    expect(priv).toContain('identity: { type: "UserAssigned", identityIds: [idMlwFraudProd.id], primaryIdentityId: idMlwFraudProd.id },');
    // Names Azure cannot change are written as found, in the construct's props.
    expect(priv).toContain('connectionName: "psc-pe-mlw-fraud-prod-amlworkspace",');
    expect(priv).not.toContain("putPrivateServiceConnection");
  });
});

describe("an export with two workspaces sharing resources", () => {
  // A second workspace on the first one's storage account, Key Vault and Log Analytics workspace,
  // with its own Application Insights: what teams do when they split a workspace.
  const variant = once(() => {
    const base = exportOf("quickstart-public");
    const ws = base.resources.find((r) => r.type === "Microsoft.MachineLearningServices/workspaces")!;
    const appi = base.resources.find((r) => r.type === "microsoft.insights/components")!;
    base.resources.push(
      { ...appi, name: "appi-mlw-churn-exp", properties: { ...appi.properties, InstrumentationKey: undefined, ConnectionString: undefined } },
      { ...ws, name: "mlw-churn-exp", properties: { ...ws.properties, friendlyName: "Churn experiments", applicationInsights: "[resourceId('microsoft.insights/components', 'appi-mlw-churn-exp')]" } },
    );
    return adoptVariant(base, "rg-churn-dev");
  });

  test("adopts each shared resource once; the second workspace refers to it as existing", () => {
    const { result, code } = variant();
    const ids = result.plan.adoptions.map((a) => a.importId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.endsWith("/storageAccounts/stmlwchurndev4821"))).toHaveLength(1);
    expect(code).toContain('storageAccount: { mode: "existing", id: mlwChurnDev.storageAccount!.id },');
    expect(code).toContain('keyVault: { mode: "existing", id: mlwChurnDev.keyVault!.id },');
    expect(code).toMatch(/existingLogAnalyticsWorkspaceId: mlwChurnDev\.logAnalyticsWorkspace!\.id,/);
  });

  test("every setting as exported, field by field", () => {
    expect(variant().differences()).toEqual([]);
  });
});

describe("settings that force a replacement, and settings no table reads", () => {
  const variant = once(() => {
    const base = exportOf("quickstart-public");
    const sa = base.resources.find((r) => r.type === "Microsoft.Storage/storageAccounts")!;
    Object.assign(sa.properties, { isNfsV3Enabled: true, isHnsEnabled: true, dnsEndpointType: "AzureDnsZone", keyPolicy: { keyExpirationPeriodInDays: 90 } });
    sa.properties.encryption.services.queue = { keyType: "Account", enabled: true };
    sa.zones = ["1"];
    const ws = base.resources.find((r) => r.type === "Microsoft.MachineLearningServices/workspaces")!;
    ws.properties.encryption = { status: "Enabled", keyVaultProperties: { keyVaultArmId: "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-keys", keyIdentifier: "https://kv-keys.vault.azure.net/keys/ws/0a1b" } };
    return adoptVariant(base, "rg-churn-dev");
  });

  test("are carried over when azurerm replaces the resource on a difference", () => {
    const { code, differences } = variant();
    expect(code).toContain("mlwChurnDev.storageAccount!.nfsv3Enabled = true;");
    expect(code).toContain('mlwChurnDev.storageAccount!.dnsEndpointType = "AzureDnsZone";');
    expect(code).toContain('mlwChurnDev.storageAccount!.queueEncryptionKeyType = "Account";');
    expect(code).toContain("mlwChurnDev.storageAccount!.isHnsEnabled = true;");
    expect(code).toMatch(/mlwChurnDev\.resource\.putEncryption\(\{[^}]*keyVaultId: "\/subscriptions\/.*\/vaults\/kv-keys",[^}]*keyId: "https:\/\/kv-keys\.vault\.azure\.net\/keys\/ws\/0a1b"/s);
    expect(differences()).toEqual([]);
  });

  test("are listed in the code and the report when no table reads them", () => {
    const { result, code } = variant();
    expect(result.plan.notCarriedOver.map((n) => `${n.resource} ${n.property}`)).toEqual(["stmlwchurndev4821 properties.keyPolicy", "stmlwchurndev4821 zones"]);
    expect(code).toContain("// NOT carried over (nothing here sets them; see the report): stmlwchurndev4821 properties.keyPolicy, stmlwchurndev4821 zones");
    expect(result.files["adoption-report.md"]).toContain('| stmlwchurndev4821 | `properties.keyPolicy` | `{"keyExpirationPeriodInDays":90}` |');
  });
});

describe("a feature store", () => {
  test("is a Workspace with featureStore, every setting as exported", () => {
    const base = exportOf("quickstart-public");
    const ws = base.resources.find((r) => r.type === "Microsoft.MachineLearningServices/workspaces")!;
    ws.kind = "FeatureStore";
    ws.properties.featureStoreSettings = { computeRuntime: { sparkRuntimeVersion: "3.4" }, offlineStoreConnectionName: "OfflineStoreConnectionName", onlineStoreConnectionName: "OnlineStoreConnectionName" };
    const { code, json, differences } = adoptVariant(base, "rg-churn-dev");
    expect(code).toMatch(/featureStore: \{\s*sparkRuntimeVersion: "3\.4",\s*offlineConnectionName: "OfflineStoreConnectionName",\s*onlineConnectionName: "OnlineStoreConnectionName",?\s*\}/);
    expect(Object.values(json().resource.azurerm_machine_learning_workspace as Record<string, { kind: string }>)[0].kind).toBe("FeatureStore");
    expect(differences()).toEqual([]);
  });
});

describe("properties of azapi resources that the construct's body does not write", () => {
  test("are listed (azapi leaves them as they are); probes and request settings are carried over as props", () => {
    const base = exportOf("managed-network-computes");
    const d = base.resources.find((r) => r.type.endsWith("onlineEndpoints/deployments"))!;
    d.properties.modelMountPath = "/var/azureml-app/models";
    const { result, code, differences } = adoptVariant(base, "rg-vision-test");
    expect(result.plan.notCarriedOver.map((n) => `${n.resource} ${n.property}`)).toEqual(["mlw-vision-test/defect-scoring/blue properties.modelMountPath"]);
    expect(code).toContain('livenessProbe: { initialDelay: "PT10M", period: "PT10S", timeout: "PT2S", failureThreshold: 30, successThreshold: 1 },');
    expect(differences()).toEqual([]);
  });

  test("a cluster's SSH credentials (a new cluster when they differ) are listed; the password is taken out first", () => {
    const base = exportOf("managed-network-computes");
    const cluster = base.resources.find((r) => r.name.includes("cpu-batch") && r.type.endsWith("/computes"))!;
    cluster.properties.properties.userAccountCredentials = { adminUserName: "azureuser", adminUserSshPublicKey: "ssh-rsa AAAAB3Nza example", adminUserPassword: "Pa55w0rd!" };
    const { result } = adoptVariant(base, "rg-vision-test");
    expect(result.plan.notCarriedOver.map((n) => `${n.resource} ${n.property}`)).toContain("mlw-vision-test/cpu-batch properties.properties.userAccountCredentials");
    expect(JSON.stringify(result.files)).not.toContain("Pa55w0rd!");
  });
});

describe("a project whose hub is in another resource group", () => {
  test("is adopted with the hub referred to by id", () => {
    const base = exportOf("hub-with-projects");
    const hubId = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-genai-hub/providers/Microsoft.MachineLearningServices/workspaces/hub-genai";
    const project = base.resources.find((r) => r.name === "proj-support-bot")!;
    project.properties.hubResourceId = hubId;
    const { code, differences } = adoptVariant({ ...base, resources: [project] }, "rg-genai-projects");
    expect(code).toMatch(new RegExp(`hub: \\{\\s*hubId: "${hubId}",\\s*location: "eastus2",?\\s*\\}`));
    expect(differences()).toEqual([]);
  });
});

describe("inputs it refuses, writing nothing", () => {
  const base = { exportFile: "export.json", subscriptionId: SUBSCRIPTION, resourceGroupName: "rg" };
  const template = (resources: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", contentVersion: "1.0.0.0", resources, ...extra });

  test.each([
    ["not JSON", "{ resources: [", /export.json is not JSON/],
    ["JSON that is not an export", JSON.stringify({ name: "app", version: "1.0.0" }), /is not an ARM template export: expected the JSON that "az group export --name <resource-group>" writes/],
    ["an export without a workspace", template([{ type: "Microsoft.Storage/storageAccounts", name: "st1", location: "westeurope", properties: {} }]), /the export holds no Azure Machine Learning workspace .* nothing written/],
    ["a parameter without a default", template([{ type: "Microsoft.MachineLearningServices/workspaces", name: "[parameters('ws')]", properties: {} }], { parameters: { ws: { type: "String" } } }), /resources\[0\]: parameter "ws" has no defaultValue/],
    ["a template function an export does not write", template([{ type: "Microsoft.MachineLearningServices/workspaces", name: "[uniqueString('x')]", properties: {} }]), /the template function uniqueString\(\)/],
  ])("%s", (_, exportText, message) => {
    expect(() => adopt({ ...base, exportText })).toThrow(AdoptError);
    expect(() => adopt({ ...base, exportText })).toThrow(message);
  });

  test("a subscription that is not an id, a stack name that is not one", () => {
    const exportText = fs.readFileSync(path.join(EXPORTS, "quickstart-public.json"), "utf8");
    expect(() => adopt({ ...base, exportText, subscriptionId: "my-sub" })).toThrow('--subscription must be a subscription id (a GUID), got "my-sub"');
    expect(() => adopt({ ...base, exportText, stackName: "1 stack" })).toThrow("--stack must start with a letter");
  });

  test("the command: exit 1, one line, and no folder made; exit 2 and the usage without its options", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-"));
    const out: string[] = [];
    const err: string[] = [];
    fs.writeFileSync(path.join(dir, "package.json"), "{}");
    const code = adoptCommand(["package.json", "--subscription", SUBSCRIPTION, "--resource-group", "rg", "--out", "adopted"], dir, (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/^cdktf-azureml adopt: package.json is not an ARM template export.*\nnothing was written\n$/s);
    expect(fs.existsSync(path.join(dir, "adopted"))).toBe(false);
    expect(adoptCommand(["package.json"], dir, (s) => out.push(s), (s) => err.push(s))).toBe(2);
    expect(err.join("")).toContain("--subscription is required");
  });

  test("the command writes both files, and refuses to overwrite them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-"));
    const out: string[] = [];
    const err: string[] = [];
    const args = [path.join(EXPORTS, "hub-with-projects.json"), "--subscription", SUBSCRIPTION, "--resource-group", "rg-genai-shared", "--out", "adopted", "--stack", "genai"];
    expect(adoptCommand(args, dir, (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(fs.readdirSync(path.join(dir, "adopted")).sort()).toEqual(["adoption-report.md", "genai.ts"]);
    expect(out.join("")).toMatch(/^adopted 8 resources/);
    expect(adoptCommand(args, dir, (s) => out.push(s), (s) => err.push(s))).toBe(1);
    expect(err.join("")).toContain("not overwriting");
  });
});

describe("reading template expressions", () => {
  const scope = { subscriptionId: SUBSCRIPTION, resourceGroupName: "rg-x" };
  const parse = (resource: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    parseExport(JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", resources: [resource], ...extra }), scope).resources[0];

  test("parameters, variables, concat, format, resourceId in another group, escaped brackets", () => {
    const r = parse(
      {
        type: "Microsoft.MachineLearningServices/workspaces",
        name: "[concat(variables('prefix'), '-', parameters('n'))]",
        properties: {
          friendlyName: "[[literal]",
          description: "[format('{0} in {1}', parameters('n'), resourceGroup().name)]",
          storageAccount: "[resourceId('rg-shared', 'Microsoft.Storage/storageAccounts', 'st1')]",
          keyVault: "[resourceId(subscription().subscriptionId, 'rg-kv', 'Microsoft.KeyVault/vaults', toLower('KV1'))]",
        },
      },
      { parameters: { n: { type: "String", defaultValue: "ws" } }, variables: { prefix: "mlw" } },
    );
    expect(r.name).toBe("mlw-ws");
    expect(r.properties).toEqual({
      friendlyName: "[literal]",
      description: "ws in rg-x",
      storageAccount: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/st1`,
      keyVault: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv1`,
    });
  });

  test("nested child resources get their parent's type and name", () => {
    const all = parseExport(
      JSON.stringify({
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        resources: [{ type: "Microsoft.Network/privateDnsZones", name: "z.example", properties: {}, resources: [{ type: "virtualNetworkLinks", name: "l1", properties: {} }] }],
      }),
      scope,
    ).resources;
    expect(all.map((r) => `${r.type} ${r.name}`)).toEqual(["Microsoft.Network/privateDnsZones z.example", "Microsoft.Network/privateDnsZones/virtualNetworkLinks z.example/l1"]);
  });
});

describe("secrets in an export", () => {
  test("by the words of the property name, not by substrings", () => {
    for (const name of ["adminUserPassword", "OPENAI_API_KEY", "DB_PASS", "ConnectionString", "InstrumentationKey", "sasToken", "key1", "primaryKey", "clientSecret", "storageKey"]) expect([name, isSecretName(name)]).toEqual([name, true]);
    for (const name of ["bypass", "keySource", "keyVault", "keyIdentifier", "sshPublicKey", "sasPolicy", "keyCreationTime", "authMode"]) expect([name, isSecretName(name)]).toEqual([name, false]);
  });

  test("every value of environment variables and credentials is taken out; the kind of credential stays", () => {
    const { value, secrets } = redactSecrets({ environmentVariables: { LOG_LEVEL: "info", X: "y" }, credentials: { credentialsType: "Sas", secrets: { sasToken: "sv=1&sig=abc" } }, url: "https://x.blob.core.windows.net/c?sv=1&sig=abc" }, "r");
    expect(value).toEqual({ environmentVariables: {}, credentials: { credentialsType: "Sas" } });
    expect(secrets.map((s) => s.path)).toEqual(["r.environmentVariables.LOG_LEVEL", "r.environmentVariables.X", "r.credentials.secrets", "r.url"]);
  });
});
