import { mlType } from "../../constructs/azapi/api-version";
import { AzapiProvider } from "../../constructs/azapi/provider";
import { AzapiResource } from "../../constructs/azapi/resource";
import { AzapiUpdateResource } from "../../constructs/azapi/update-resource";
import { Testing, TerraformStack, azurerm } from "../../constructs/core/engine";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { addAzureProviders } from "../../constructs/app/providers";
import { evaluateRulePack } from "../../constructs/policy/rule-pack";
import { ALL_RULES } from "../../constructs/policy/rules";

/**
 * Every rule on raw provider resources: a compliant case and a non-compliant one each. The
 * compliant bases satisfy every rule (tier B included); each failing case changes one thing.
 */

const SUBNET = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s";
type Overrides = Record<string, unknown>;

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), "rules");
  addAzureProviders(s);
  if (!s.node.tryFindChild("azapi")) new AzapiProvider(s, "azapi2");
  return s;
}

function pe(s: TerraformStack, id: string, target: string, sub: string, manual = false) {
  return new azurerm.PrivateEndpoint(s, id, {
    name: id,
    resourceGroupName: "rg",
    location: "westeurope",
    subnetId: SUBNET,
    privateServiceConnection: { name: id, privateConnectionResourceId: target, subresourceNames: [sub], isManualConnection: manual },
  });
}

function diag(s: TerraformStack, id: string, target: string, logs = true) {
  return new azurerm.MonitorDiagnosticSetting(s, id, {
    name: id,
    targetResourceId: target,
    logAnalyticsWorkspaceId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log",
    enabledLog: logs ? [{ categoryGroup: "allLogs" }] : undefined,
    enabledMetric: [{ category: "AllMetrics" }],
  });
}

function storage(s: TerraformStack, o: Overrides = {}, opts: { pe?: boolean } = {}) {
  const sa = new azurerm.StorageAccount(s, "sa", {
    name: "stcompliant",
    resourceGroupName: "rg",
    location: "westeurope",
    accountTier: "Standard",
    accountReplicationType: "GRS",
    minTlsVersion: "TLS1_2",
    httpsTrafficOnlyEnabled: true,
    allowNestedItemsToBePublic: false,
    sharedAccessKeyEnabled: false,
    publicNetworkAccessEnabled: false,
    infrastructureEncryptionEnabled: true,
    localUserEnabled: false,
    networkRules: { defaultAction: "Deny", bypass: ["AzureServices"] },
    blobProperties: { deleteRetentionPolicy: { days: 7 } },
    queueProperties: { logging: { read: true, write: true, delete: true, version: "1.0" } },
    customerManagedKey: { keyVaultKeyId: "https://kv.vault.azure.net/keys/k", userAssignedIdentityId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id" },
    identity: { type: "UserAssigned", identityIds: ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id"] },
    queueEncryptionKeyType: "Account",
    tableEncryptionKeyType: "Account",
    ...(o as object),
  });
  if (opts.pe !== false) pe(s, "pe-blob", sa.id, "blob");
  return sa;
}

function keyVault(s: TerraformStack, o: Overrides = {}, opts: { pe?: boolean; diag?: boolean } = {}) {
  const kv = new azurerm.KeyVault(s, "kv", {
    name: "kv-compliant",
    resourceGroupName: "rg",
    location: "westeurope",
    tenantId: "00000000-0000-0000-0000-000000000000",
    skuName: "premium",
    purgeProtectionEnabled: true,
    softDeleteRetentionDays: 90,
    rbacAuthorizationEnabled: true,
    publicNetworkAccessEnabled: false,
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    ...(o as object),
  });
  if (opts.pe !== false) pe(s, "pe-vault", kv.id, "vault");
  if (opts.diag !== false) diag(s, "diag-kv", kv.id);
  return kv;
}

/** A Key Vault secret with a write-only value (none is written to the state or the output). */
function secret(s: TerraformStack, o: Overrides = {}) {
  return new KeyVaultSecret(s, "secret", { name: "db-password", keyVaultId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv", valueWo: "${var.db_password}", valueWoVersion: 1, contentType: "text/plain", expirationDate: "2027-01-01T00:00:00Z", ...o });
}

function registry(s: TerraformStack, o: Overrides = {}, opts: { pe?: boolean } = {}) {
  const cr = new azurerm.ContainerRegistry(s, "cr", {
    name: "crcompliant",
    resourceGroupName: "rg",
    location: "westeurope",
    sku: "Premium",
    adminEnabled: false,
    anonymousPullEnabled: false,
    publicNetworkAccessEnabled: false,
    quarantinePolicyEnabled: true,
    retentionPolicyInDays: 7,
    trustPolicyEnabled: true,
    dataEndpointEnabled: true,
    zoneRedundancyEnabled: true,
    georeplications: [{ location: "northeurope", zoneRedundancyEnabled: true }],
    encryption: [{ keyVaultKeyId: "https://kv.vault.azure.net/keys/k", identityClientId: "11111111-1111-1111-1111-111111111111" }],
    ...(o as object),
  });
  if (opts.pe !== false) pe(s, "pe-registry", cr.id, "registry");
  return cr;
}

function workspace(s: TerraformStack, o: Overrides = {}, opts: { pe?: boolean; diag?: boolean; identityAuth?: boolean; storagePublic?: boolean } = {}) {
  const sa = storage(s, opts.storagePublic ? { publicNetworkAccessEnabled: true } : {});
  const uai = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id";
  const ws = new azurerm.MachineLearningWorkspace(s, "ws", {
    name: "mlw",
    resourceGroupName: "rg",
    location: "westeurope",
    applicationInsightsId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Insights/components/appi",
    keyVaultId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
    storageAccountId: sa.id,
    publicNetworkAccessEnabled: false,
    identity: { type: "UserAssigned", identityIds: [uai] },
    primaryUserAssignedIdentity: uai,
    encryption: { keyVaultId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv", keyId: "https://kv.vault.azure.net/keys/k/0123456789abcdef0123456789abcdef", userAssignedIdentityId: uai },
    managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound" },
    ...(o as object),
  });
  if (opts.pe !== false) pe(s, "pe-ws", ws.id, "amlworkspace");
  if (opts.diag !== false) diag(s, "diag-ws", ws.id);
  if (opts.identityAuth !== false) new AzapiUpdateResource(s, "auth", { type: mlType("workspaces"), resourceId: ws.id, body: { properties: { systemDatastoresAuthMode: "Identity" } } });
  return ws;
}

function cluster(s: TerraformStack, o: Overrides = {}, wsOverrides: Overrides = {}) {
  const ws = workspace(s, wsOverrides);
  return new azurerm.MachineLearningComputeCluster(s, "cc", {
    name: "cpu",
    machineLearningWorkspaceId: ws.id,
    location: "westeurope",
    vmSize: "Standard_DS3_v2",
    vmPriority: "Dedicated",
    scaleSettings: { minNodeCount: 0, maxNodeCount: 2, scaleDownNodesAfterIdleDuration: "PT2M" },
    localAuthEnabled: false,
    subnetResourceId: SUBNET,
    ...(o as object),
  });
}

function instance(s: TerraformStack, props: Record<string, unknown> = {}, outer: Record<string, unknown> = {}) {
  const ws = workspace(s, { managedNetwork: undefined });
  return new AzapiResource(s, "ci", {
    type: mlType("workspaces/computes"),
    name: "ci-a",
    parentId: ws.id,
    location: "westeurope",
    body: { properties: { computeType: "ComputeInstance", disableLocalAuth: true, ...outer, properties: { vmSize: "Standard_DS3_v2", idleTimeBeforeShutdown: "PT1H", subnet: { id: SUBNET }, ...props } } },
  });
}

function key(s: TerraformStack, o: Overrides = {}) {
  return new azurerm.KeyVaultKey(s, "key", { name: "k", keyVaultId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv", keyType: "RSA-HSM", keySize: 3072, keyOpts: ["wrapKey"], expirationDate: "2027-12-31T00:00:00Z", ...(o as object) });
}

function appInsights(s: TerraformStack, o: Overrides = {}) {
  return new azurerm.ApplicationInsights(s, "ai", { name: "appi", resourceGroupName: "rg", location: "westeurope", applicationType: "web", internetIngestionEnabled: false, internetQueryEnabled: false, localAuthenticationDisabled: true, ...(o as object) });
}

function law(s: TerraformStack, o: Overrides = {}) {
  return new azurerm.LogAnalyticsWorkspace(s, "law", { name: "log-a", resourceGroupName: "rg", location: "westeurope", internetIngestionEnabled: false, internetQueryEnabled: false, cmkForQueryForced: true, ...(o as object) });
}

type Case = { pass: (s: TerraformStack) => void; fail: (s: TerraformStack) => void };
const cases: Record<string, Case> = {
  "AML-WS-01": { pass: (s) => workspace(s), fail: (s) => workspace(s, { publicNetworkAccessEnabled: true }) },
  "AML-WS-02": { pass: (s) => workspace(s), fail: (s) => workspace(s, {}, { pe: false }) },
  "AML-WS-03": { pass: (s) => workspace(s), fail: (s) => workspace(s, {}, { diag: false }) },
  "AML-WS-04": { pass: (s) => workspace(s, { highBusinessImpact: true }), fail: (s) => workspace(s, { highBusinessImpact: true }, { storagePublic: true }) },
  "AML-WS-05": { pass: (s) => workspace(s), fail: (s) => workspace(s, { encryption: undefined }) },
  "AML-WS-06": { pass: (s) => workspace(s), fail: (s) => workspace(s, { identity: { type: "SystemAssigned" }, primaryUserAssignedIdentity: undefined }) },
  "AML-WS-07": { pass: (s) => workspace(s), fail: (s) => workspace(s, { managedNetwork: { isolationMode: "AllowInternetOutbound" } }) },
  "AML-WS-08": { pass: (s) => workspace(s), fail: (s) => workspace(s, {}, { identityAuth: false }) },
  "AML-CC-01": { pass: (s) => cluster(s), fail: (s) => cluster(s, { localAuthEnabled: true }) },
  "AML-CI-01": { pass: (s) => instance(s), fail: (s) => instance(s, {}, { disableLocalAuth: false }) },
  "AML-CC-02": { pass: (s) => cluster(s, { subnetResourceId: undefined }), fail: (s) => cluster(s, { subnetResourceId: undefined }, { managedNetwork: undefined }) },
  "AML-CI-02": { pass: (s) => instance(s), fail: (s) => instance(s, { subnet: undefined }) },
  "AML-CC-03": { pass: (s) => cluster(s), fail: (s) => cluster(s, { scaleSettings: { minNodeCount: 1, maxNodeCount: 2, scaleDownNodesAfterIdleDuration: "PT2M" } }) },
  "AML-CI-03": { pass: (s) => instance(s), fail: (s) => instance(s, { idleTimeBeforeShutdown: undefined }) },
  "AML-SA-01": { pass: (s) => storage(s), fail: (s) => storage(s, { publicNetworkAccessEnabled: true }) },
  "AML-SA-02": { pass: (s) => storage(s), fail: (s) => storage(s, { allowNestedItemsToBePublic: true }) },
  "AML-SA-03": { pass: (s) => storage(s), fail: (s) => storage(s, { sharedAccessKeyEnabled: true, sasPolicy: { expirationPeriod: "01.00:00:00" } }) },
  "AML-SA-04": { pass: (s) => storage(s, { sharedAccessKeyEnabled: true, sasPolicy: { expirationPeriod: "01.00:00:00" } }), fail: (s) => storage(s, { sharedAccessKeyEnabled: true }) },
  "AML-SA-05": { pass: (s) => storage(s), fail: (s) => storage(s, { minTlsVersion: undefined }) },
  "AML-SA-06": { pass: (s) => storage(s), fail: (s) => storage(s, { httpsTrafficOnlyEnabled: false }) },
  "AML-SA-07": { pass: (s) => storage(s), fail: (s) => storage(s, { networkRules: { defaultAction: "Allow", bypass: ["AzureServices"] } }) },
  "AML-SA-08": { pass: (s) => storage(s), fail: (s) => storage(s, { networkRules: { defaultAction: "Deny", bypass: ["AzureServices"], ipRules: ["203.0.113.0/24"] } }) },
  "AML-SA-09": { pass: (s) => storage(s), fail: (s) => storage(s, { networkRules: { defaultAction: "Deny", bypass: ["Logging"] } }) },
  "AML-SA-10": { pass: (s) => storage(s), fail: (s) => storage(s, {}, { pe: false }) },
  "AML-SA-11": { pass: (s) => storage(s), fail: (s) => storage(s, { infrastructureEncryptionEnabled: false }) },
  "AML-SA-12": { pass: (s) => storage(s), fail: (s) => storage(s, { accountReplicationType: "LRS" }) },
  "AML-SA-13": { pass: (s) => storage(s), fail: (s) => storage(s, { blobProperties: { deleteRetentionPolicy: { days: 0 } } }) },
  "AML-SA-14": { pass: (s) => storage(s), fail: (s) => storage(s, { queueProperties: { logging: { read: true, write: false, delete: true, version: "1.0" } } }) },
  "AML-SA-15": { pass: (s) => storage(s), fail: (s) => storage(s, { localUserEnabled: true }) },
  "AML-SA-16": { pass: (s) => storage(s), fail: (s) => storage(s, { name: "St_Bad" }) },
  "AML-SA-17": { pass: (s) => storage(s), fail: (s) => storage(s, { customerManagedKey: undefined }) },
  "AML-SA-18": { pass: (s) => storage(s), fail: (s) => storage(s, { queueEncryptionKeyType: "Service" }) },
  "AML-SC-01": {
    pass: (s) => new azurerm.StorageContainer(s, "c", { name: "data", storageAccountId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st", containerAccessType: "private" }),
    fail: (s) => new azurerm.StorageContainer(s, "c", { name: "data", storageAccountId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st", containerAccessType: "blob" }),
  },
  "AML-KV-01": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, { purgeProtectionEnabled: false }) },
  "AML-KV-02": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, { softDeleteRetentionDays: undefined }) },
  "AML-KV-03": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, { networkAcls: { defaultAction: "Allow", bypass: "AzureServices" } }) },
  "AML-KV-04": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, { publicNetworkAccessEnabled: true }) },
  "AML-KV-05": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, {}, { pe: false }) },
  "AML-KV-06": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, { rbacAuthorizationEnabled: false }) },
  "AML-KV-07": { pass: (s) => keyVault(s), fail: (s) => keyVault(s, {}, { diag: false }) },
  "AML-KVK-01": { pass: (s) => key(s), fail: (s) => key(s, { expirationDate: undefined }) },
  "AML-KVK-02": { pass: (s) => key(s), fail: (s) => key(s, { keyType: "RSA" }) },
  // The library makes no secrets; a user's stack may, and the pack checks them there.
  "AML-KVS-01": { pass: (s) => secret(s), fail: (s) => secret(s, { expirationDate: undefined }) },
  "AML-KVS-02": { pass: (s) => secret(s), fail: (s) => secret(s, { contentType: undefined }) },
  "AML-ACR-01": { pass: (s) => registry(s), fail: (s) => registry(s, { adminEnabled: true }) },
  "AML-ACR-02": { pass: (s) => registry(s), fail: (s) => registry(s, { publicNetworkAccessEnabled: true }) },
  "AML-ACR-03": { pass: (s) => registry(s), fail: (s) => registry(s, { sku: "Standard", georeplications: undefined, zoneRedundancyEnabled: undefined, dataEndpointEnabled: undefined, retentionPolicyInDays: undefined, trustPolicyEnabled: undefined, quarantinePolicyEnabled: undefined, encryption: undefined }) },
  "AML-ACR-04": { pass: (s) => registry(s), fail: (s) => registry(s, { anonymousPullEnabled: true }) },
  "AML-ACR-05": { pass: (s) => registry(s), fail: (s) => registry(s, {}, { pe: false }) },
  "AML-ACR-06": { pass: (s) => registry(s), fail: (s) => registry(s, { quarantinePolicyEnabled: false }) },
  "AML-ACR-07": { pass: (s) => registry(s), fail: (s) => registry(s, { retentionPolicyInDays: undefined }) },
  "AML-ACR-08": { pass: (s) => registry(s), fail: (s) => registry(s, { trustPolicyEnabled: false }) },
  "AML-ACR-09": { pass: (s) => registry(s), fail: (s) => registry(s, { dataEndpointEnabled: false }) },
  "AML-ACR-10": { pass: (s) => registry(s), fail: (s) => registry(s, { georeplications: [{ location: "northeurope", zoneRedundancyEnabled: false }] }) },
  "AML-ACR-11": { pass: (s) => registry(s), fail: (s) => registry(s, { georeplications: undefined }) },
  "AML-ACR-12": { pass: (s) => registry(s), fail: (s) => registry(s, { encryption: undefined }) },
  "AML-AI-01": { pass: (s) => appInsights(s), fail: (s) => appInsights(s, { internetQueryEnabled: true }) },
  "AML-AI-02": { pass: (s) => appInsights(s), fail: (s) => appInsights(s, { localAuthenticationDisabled: false }) },
  "AML-LA-01": { pass: (s) => law(s), fail: (s) => law(s, { internetIngestionEnabled: true }) },
  "AML-LA-02": { pass: (s) => law(s), fail: (s) => law(s, { cmkForQueryForced: false }) },
};

function findings(build: (s: TerraformStack) => void, ruleId: string) {
  const s = stack();
  build(s);
  return evaluateRulePack(s, { includeTierB: true }).findings.filter((f) => f.ruleId === ruleId);
}


describe("every rule has a compliant and a non-compliant case on raw provider resources", () => {
  test("the case table covers every rule", () => {
    expect(Object.keys(cases).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  for (const rule of ALL_RULES) {
    test(`${rule.id}: non-compliant is found, compliant is not`, () => {
      const failing = findings(cases[rule.id].fail, rule.id);
      expect(failing.length).toBeGreaterThan(0);
      expect(failing[0]).toMatchObject({ ruleId: rule.id, severity: rule.severity, cause: rule.cause });
      expect(findings(cases[rule.id].pass, rule.id)).toEqual([]);
    });
  }

  test("references that only resolve at apply time are unknown, not failures", () => {
    const s = stack();
    storage(s, { minTlsVersion: "${var.tls}" });
    const report = evaluateRulePack(s);
    expect(report.findings.filter((f) => f.ruleId === "AML-SA-05")).toEqual([]);
    expect(report.counts.unknown).toBeGreaterThan(0);
  });

  test("a manual private endpoint connection does not count", () => {
    const s = stack();
    const kv = keyVault(s, {}, { pe: false });
    pe(s, "pe-manual", kv.id, "vault", true);
    expect(evaluateRulePack(s).findings.filter((f) => f.ruleId === "AML-KV-05")).toHaveLength(1);
  });

  test("a diagnostic setting with metrics only does not count", () => {
    const s = stack();
    const kv = keyVault(s, {}, { diag: false });
    diag(s, "metrics-only", kv.id, false);
    expect(evaluateRulePack(s).findings.filter((f) => f.ruleId === "AML-KV-07")).toHaveLength(1);
  });
});
