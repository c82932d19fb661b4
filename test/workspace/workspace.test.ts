import { Token, Testing, TerraformStack, azurerm } from "../../constructs/core/engine";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { bareStack, newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers";
const base: WorkspaceProps = { name: "mlw-team-a-dev", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: false };

function build(props: Partial<WorkspaceProps> = {}, id = "ws") {
  const stack = newStack();
  const ws = new Workspace(stack, id, { ...base, ...props } as WorkspaceProps);
  return { stack, ws, out: synthStack(stack) };
}

describe("Workspace defaults", () => {
  let out: ReturnType<typeof build>["out"];
  let ws: ReturnType<typeof build>["ws"];
  beforeAll(() => {
    ({ out, ws } = build());
  });

  test("creates the workspace with every associated resource, wired by reference", () => {
    const w = onlyResource(out, "azurerm_machine_learning_workspace");
    expect(w.storage_account_id).toBe(referenceTo(ws.storageAccount!));
    expect(w.key_vault_id).toBe(referenceTo(ws.keyVault!));
    expect(w.application_insights_id).toBe(referenceTo(ws.applicationInsights!));
    expect(w.container_registry_id).toBeUndefined();
    const ai = onlyResource(out, "azurerm_application_insights");
    expect(ai.workspace_id).toBe(referenceTo(ws.logAnalyticsWorkspace!));
    expect(resourcesOfType(out, "azurerm_container_registry")).toHaveLength(0);
  });

  test("workspace settings are explicit and secure", () => {
    const w = onlyResource(out, "azurerm_machine_learning_workspace");
    expect(w).toMatchObject({
      name: "mlw-team-a-dev",
      kind: "Default",
      sku_name: "Basic",
      public_network_access_enabled: false,
      v1_legacy_mode_enabled: false,
      high_business_impact: false,
      identity: { type: "SystemAssigned" },
    });
    expect(w.primary_user_assigned_identity).toBeUndefined();
  });

  test("storage account: StorageV2 Standard, no HNS, TLS 1.2, no public blobs, encryption, soft delete, no local users, no shared keys", () => {
    expect(onlyResource(out, "azurerm_storage_account")).toMatchObject({
      account_kind: "StorageV2",
      account_tier: "Standard",
      account_replication_type: "GRS",
      is_hns_enabled: false,
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      infrastructure_encryption_enabled: true,
      local_user_enabled: false,
      shared_access_key_enabled: false,
      public_network_access_enabled: false,
      network_rules: { default_action: "Deny", bypass: ["AzureServices", "Logging", "Metrics"] },
      blob_properties: { delete_retention_policy: { days: 7 }, container_delete_retention_policy: { days: 7 } },
      queue_properties: { logging: { read: true, write: true, delete: true } },
    });
  });

  test("system datastores use the workspace identity, set through azapi with a valid body", () => {
    const upd = onlyResource(out, "azapi_update_resource");
    expect(upd.type).toBe("Microsoft.MachineLearningServices/workspaces@2026-05-01");
    expect(upd.resource_id).toBe(referenceTo(ws.resource));
    expect(upd.body).toEqual({ properties: { systemDatastoresAuthMode: "Identity" } });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("key vault: RBAC, purge protection, explicit retention, firewall deny with Azure services bypass", () => {
    const kv = onlyResource(out, "azurerm_key_vault");
    expect(kv).toMatchObject({
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
      sku_name: "standard",
      public_network_access_enabled: false,
      network_acls: { default_action: "Deny", bypass: "AzureServices" },
    });
    expect(kv.tenant_id).toMatch(/^\$\{data\.azurerm_client_config\..+\.tenant_id\}$/);
    expect(kv.access_policy).toBeUndefined();
  });

  test("diagnostic settings send workspace, key vault and storage (account, blob, file) telemetry to Log Analytics", () => {
    const diags = resourcesOfType(out, "azurerm_monitor_diagnostic_setting");
    const sa = referenceTo(ws.storageAccount!);
    expect(diags.map((d) => d.target_resource_id).sort()).toEqual(
      [referenceTo(ws.resource), referenceTo(ws.keyVault!), sa, `${sa}/blobServices/default`, `${sa}/fileServices/default`].sort(),
    );
    for (const d of diags) {
      expect(d.log_analytics_workspace_id).toBe(referenceTo(ws.logAnalyticsWorkspace!));
      expect((d.enabled_log?.length ?? 0) + (d.enabled_metric?.length ?? 0)).toBeGreaterThan(0);
    }
    const byTarget = (t: string) => diags.find((d) => d.target_resource_id === t)!;
    expect(byTarget(referenceTo(ws.resource)).enabled_log).toEqual([{ category_group: "allLogs" }]);
    expect(byTarget(`${sa}/blobServices/default`).enabled_log).toEqual([{ category_group: "audit" }, { category_group: "allLogs" }]);
  });

  test("names are derived from the workspace name and follow each resource's rules", () => {
    const st = onlyResource(out, "azurerm_storage_account").name as string;
    const kv = onlyResource(out, "azurerm_key_vault").name as string;
    expect(st).toMatch(/^stmlwteamadev[a-z0-9]{6}$/);
    expect(kv).toMatch(/^kvmlwteamadev[a-z0-9]{6}$/);
    expect(onlyResource(out, "azurerm_log_analytics_workspace").name).toBe("log-mlw-team-a-dev");
    expect(onlyResource(out, "azurerm_application_insights").name).toBe("appi-mlw-team-a-dev");
  });

  test("exposes every created provider resource (the escape hatch), each the one in the output", () => {
    const stack = TerraformStack.of(ws);
    expect(ws.diagnosticSettings.map((d) => stack.getLogicalId(d)).sort()).toEqual(Object.keys(out.resource!.azurerm_monitor_diagnostic_setting).sort());
    expect(Object.keys(out.resource!.azapi_update_resource)).toEqual([stack.getLogicalId(ws.systemDatastoresAuthMode!)]);
    expect(ws.containerRegistry).toBeUndefined(); // on demand: Azure creates it
    expect(Token.isUnresolved(ws.workspaceId)).toBe(true);
    expect(ws.workspaceName).toBe("mlw-team-a-dev");
    expect(ws.node.defaultChild).toBe(ws.resource);
  });

  test("a change through the escape hatch reaches the output", () => {
    const { stack, ws: w } = build();
    w.storageAccount!.accessTier = "Cool";
    expect(onlyResource(synthStack(stack), "azurerm_storage_account").access_tier).toBe("Cool");
  });
});

describe("unique suffixes", () => {
  const nameOf = (stack: TerraformStack, type: string) => onlyResource(synthStack(stack), type).name;

  test("are the same for the same construct path and name, and differ otherwise", () => {
    const a = build().out;
    const b = build().out;
    const c = build({ name: "mlw-team-b-dev" }).out;
    expect(onlyResource(a, "azurerm_storage_account").name).toBe(onlyResource(b, "azurerm_storage_account").name);
    expect(onlyResource(a, "azurerm_storage_account").name.slice(-6)).not.toBe(onlyResource(c, "azurerm_storage_account").name.slice(-6));
  });

  test("do not depend on token numbering when the resource group is a reference", () => {
    const s1 = newStack();
    new Workspace(s1, "ws", { ...base, resourceGroupName: Token.asString({ ref: 1 }) });
    const s2 = newStack();
    Token.asString({ ref: 2 }); // shifts the token counter
    new Workspace(s2, "ws", { ...base, resourceGroupName: Token.asString({ ref: 3 }) });
    expect(nameOf(s1, "azurerm_storage_account")).toBe(nameOf(s2, "azurerm_storage_account"));
  });

  test("can be seeded explicitly", () => {
    const { out } = build({ uniqueSuffixSeed: "sub-1234" });
    const other = build({ uniqueSuffixSeed: "sub-5678" }).out;
    expect(onlyResource(out, "azurerm_key_vault").name).not.toBe(onlyResource(other, "azurerm_key_vault").name);
  });
});

describe("container registry modes", () => {
  test("on-demand (default) creates none and sets no id", () => {
    const { out, ws } = build({ containerRegistry: { mode: "on-demand" } });
    expect(resourcesOfType(out, "azurerm_container_registry")).toHaveLength(0);
    expect(onlyResource(out, "azurerm_machine_learning_workspace").container_registry_id).toBeUndefined();
    expect(ws.containerRegistryId).toBeUndefined();
  });

  test("create makes a Premium registry with admin user and anonymous pull off", () => {
    const { out, ws } = build({ publicNetworkAccessEnabled: true, containerRegistry: { mode: "create" } });
    const cr = onlyResource(out, "azurerm_container_registry");
    expect(cr).toMatchObject({
      sku: "Premium",
      admin_enabled: false,
      anonymous_pull_enabled: false,
      data_endpoint_enabled: true,
      retention_policy_in_days: 7,
      public_network_access_enabled: true,
    });
    expect(cr.name).toMatch(/^crmlwteamadev[a-z0-9]{6}$/);
    expect(onlyResource(out, "azurerm_machine_learning_workspace").container_registry_id).toBe(
      referenceTo(ws.containerRegistry!),
    );
  });

  test("create with a Basic SKU leaves Premium-only settings out", () => {
    const { out } = build({ publicNetworkAccessEnabled: true, containerRegistry: { mode: "create", sku: "Basic" } });
    const cr = onlyResource(out, "azurerm_container_registry");
    expect(cr.sku).toBe("Basic");
    expect(cr.retention_policy_in_days).toBeUndefined();
    expect(cr.data_endpoint_enabled).toBeUndefined();
  });

  test("existing uses the given id", () => {
    const id = `${SUB}/Microsoft.ContainerRegistry/registries/crshared`;
    const { out } = build({ containerRegistry: { mode: "existing", id }, imageBuildComputeName: "cpu-build" });
    expect(resourcesOfType(out, "azurerm_container_registry")).toHaveLength(0);
    expect(onlyResource(out, "azurerm_machine_learning_workspace").container_registry_id).toBe(id);
  });

  test("a private workspace with its own registry needs an image build compute, checked at synth after mutators ran", () => {
    expect(() => build({ containerRegistry: { mode: "create" } })).toThrow(/test\/ws: imageBuildComputeName is required when the workspace is private and has its own registry.*\[IMAGE_BUILD_COMPUTE\]/);
    const ok = build({ containerRegistry: { mode: "create" }, imageBuildComputeName: "cpu-build" }).out;
    expect(onlyResource(ok, "azurerm_machine_learning_workspace").image_build_compute_name).toBe("cpu-build");
  });

  test("useImageBuildCompute names a cluster of the workspace; a GPU cluster is refused", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { ...base, containerRegistry: { mode: "create" } });
    ws.useImageBuildCompute(ws.addComputeCluster("build", { name: "cpu-build", vmSize: "Standard_DS3_v2", maxNodes: 2 }));
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_workspace").image_build_compute_name).toBe("cpu-build");

    const gpuStack = newStack();
    const gpuWs = new Workspace(gpuStack, "ws", { ...base, containerRegistry: { mode: "create" } });
    gpuWs.useImageBuildCompute(gpuWs.addComputeCluster("build", { name: "gpu-build", vmSize: "Standard_NC6s_v3", maxNodes: 1 }));
    expect(() => synthStack(gpuStack)).toThrow(/imageBuildComputeName "gpu-build" names cluster "gpu-build", whose vmSize must be a CPU size for image builds \(Standard_NC6s_v3 is a GPU size\) \[IMAGE_BUILD_GPU\]/);
  });

  test("a private workspace cannot create a non-Premium registry", () => {
    const e = errorOf(() => build({ containerRegistry: { mode: "create", sku: "Standard" }, imageBuildComputeName: "cpu-build" }));
    expect(e.problems.map((p) => [p.field, p.code])).toContainEqual(["containerRegistry.sku", "REQUIRES_PREMIUM"]);
  });
});

describe("existing associated resources", () => {
  const ids = {
    storage: `${SUB}/Microsoft.Storage/storageAccounts/stshared`,
    kv: `${SUB}/Microsoft.KeyVault/vaults/kv-shared`,
    ai: `${SUB}/Microsoft.Insights/components/appi-shared`,
    law: `${SUB}/Microsoft.OperationalInsights/workspaces/log-shared`,
  };

  test("each can be existing, mixed freely with created ones", () => {
    const { out, ws } = build({ storageAccount: { mode: "existing", id: ids.storage }, keyVault: { mode: "create" } });
    expect(resourcesOfType(out, "azurerm_storage_account")).toHaveLength(0);
    expect(resourcesOfType(out, "azurerm_key_vault")).toHaveLength(1);
    const w = onlyResource(out, "azurerm_machine_learning_workspace");
    expect(w.storage_account_id).toBe(ids.storage);
    expect(ws.storageAccount).toBeUndefined();
    // shared-key state of an account given by id is unknown: the auth mode is left alone
    expect(resourcesOfType(out, "azapi_update_resource")).toHaveLength(0);
  });

  test("all existing: only the workspace and its diagnostics are created", () => {
    const { out } = build({
      storageAccount: { mode: "existing", id: ids.storage },
      keyVault: { mode: "existing", id: ids.kv },
      applicationInsights: { mode: "existing", id: ids.ai },
      diagnostics: { logAnalyticsWorkspaceId: ids.law },
    });
    expect(Object.keys(out.resource ?? {}).sort()).toEqual(["azurerm_machine_learning_workspace", "azurerm_monitor_diagnostic_setting"]);
    expect(onlyResource(out, "azurerm_monitor_diagnostic_setting").log_analytics_workspace_id).toBe(ids.law);
  });

  test("existing Application Insights needs a Log Analytics workspace for diagnostics, or diagnostics off", () => {
    const e = errorOf(() => build({ applicationInsights: { mode: "existing", id: ids.ai } }));
    expect(e.problems[0]).toMatchObject({ code: "REQUIRED", field: "diagnostics.logAnalyticsWorkspaceId" });
    const { out } = build({ applicationInsights: { mode: "existing", id: ids.ai }, diagnostics: { enabled: false } });
    expect(resourcesOfType(out, "azurerm_monitor_diagnostic_setting")).toHaveLength(0);
  });

  test("created Application Insights can sit on an existing Log Analytics workspace", () => {
    const { out } = build({ applicationInsights: { mode: "create", existingLogAnalyticsWorkspaceId: ids.law } });
    expect(resourcesOfType(out, "azurerm_log_analytics_workspace")).toHaveLength(0);
    expect(onlyResource(out, "azurerm_application_insights").workspace_id).toBe(ids.law);
  });

  test("an existing storage account given as a resource is checked: no Premium, no HNS, no BlobStorage", () => {
    const stack = newStack();
    const sa = new azurerm.StorageAccount(stack, "sa", {
      name: "stpremium",
      resourceGroupName: "rg",
      location: "westeurope",
      accountTier: "Premium",
      accountReplicationType: "LRS",
      accountKind: "BlockBlobStorage",
      isHnsEnabled: true,
    });
    const e = errorOf(() => new Workspace(stack, "ws", { ...base, storageAccount: { mode: "existing", resource: sa } }));
    expect(e.problems.filter((p) => p.code === "UNSUPPORTED_STORAGE")).toHaveLength(3);
    expect(e.message).toContain("cannot have a hierarchical namespace");
  });

  test("an existing storage account given as a compliant resource is wired by reference", () => {
    const stack = newStack();
    const sa = new azurerm.StorageAccount(stack, "sa", {
      name: "stgood",
      resourceGroupName: "rg",
      location: "westeurope",
      accountTier: "Standard",
      accountReplicationType: "ZRS",
      sharedAccessKeyEnabled: false,
    });
    new Workspace(stack, "ws", { ...base, storageAccount: { mode: "existing", resource: sa } });
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_machine_learning_workspace").storage_account_id).toBe(referenceTo(sa));
    expect(resourcesOfType(out, "azapi_update_resource")).toHaveLength(1);
  });

  test("an existing resource of the wrong provider class, or not a provider object, is refused by field", () => {
    const stack = newStack();
    const kv = new azurerm.KeyVault(stack, "kv", { name: "kvother", resourceGroupName: "rg", location: "westeurope", tenantId: "t", skuName: "standard" });
    const e = errorOf(() => new Workspace(stack, "ws", { ...base, storageAccount: { mode: "existing", resource: kv as never }, keyVault: { mode: "existing", resource: {} as never } }));
    expect(e.problems.filter((p) => p.code === "INVALID_TYPE").map((p) => [p.field, p.rule])).toEqual([
      ["storageAccount.resource", "must be a StorageAccount"],
      ["keyVault.resource", "must be a KeyVault"],
    ]);
  });

  test("classic Application Insights (no workspace_id) is rejected", () => {
    const stack = newStack();
    const ai = new azurerm.ApplicationInsights(stack, "ai", { name: "appi", resourceGroupName: "rg", location: "westeurope", applicationType: "web" });
    const e = errorOf(() => new Workspace(stack, "ws", { ...base, applicationInsights: { mode: "existing", resource: ai }, diagnostics: { enabled: false } }));
    expect(e.problems[0].code).toBe("CLASSIC_APP_INSIGHTS");
  });

  test("existing needs exactly one of id and resource", () => {
    const e = errorOf(() => build({ keyVault: { mode: "existing" } }));
    expect(e.problems[0]).toMatchObject({ code: "REQUIRED", field: "keyVault.id" });
  });

  test("ids of the wrong resource type, or with wrong casing, are rejected", () => {
    const e = errorOf(() => build({ keyVault: { mode: "existing", id: ids.storage }, storageAccount: { mode: "existing", id: ids.storage.replace("Microsoft.Storage", "microsoft.storage") } }));
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([
      ["storageAccount.id", "ARM_ID"],
      ["keyVault.id", "ARM_ID"],
    ]);
    expect(e.message).toContain("must be an ARM id /subscriptions/{id}/resourceGroups/{name}/providers/Microsoft.KeyVault/vaults/{name}");
  });
});

describe("identity", () => {
  const uai = (n: string) => `${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/${n}`;

  test("user-assigned with a primary identity", () => {
    const { out, ws } = build({ identity: { type: "UserAssigned", identityIds: [uai("id-a"), uai("id-b")], primaryIdentityId: uai("id-b") } });
    const w = onlyResource(out, "azurerm_machine_learning_workspace");
    expect(w.identity).toEqual({ type: "UserAssigned", identity_ids: [uai("id-a"), uai("id-b")] });
    expect(w.primary_user_assigned_identity).toBe(uai("id-b"));
    expect(ws.principalId).toBeUndefined();
  });

  test("system and user assigned together", () => {
    const { out } = build({ identity: { type: "SystemAssigned, UserAssigned", identityIds: [uai("id-a")] } });
    expect(onlyResource(out, "azurerm_machine_learning_workspace").identity).toEqual({ type: "SystemAssigned, UserAssigned", identity_ids: [uai("id-a")] });
  });

  test("user-assigned needs a primary identity among the ids", () => {
    const missing = errorOf(() => build({ identity: { type: "UserAssigned", identityIds: [uai("id-a")] } as never }));
    expect(missing.problems[0]).toMatchObject({ code: "REQUIRED", field: "identity.primaryIdentityId" });
    const notListed = errorOf(() => build({ identity: { type: "UserAssigned", identityIds: [uai("id-a")], primaryIdentityId: uai("id-z") } }));
    expect(notListed.problems[0]).toMatchObject({ code: "IDENTITY_PRIMARY", field: "identity.primaryIdentityId" });
  });

  test("a primary identity given as a token is not checked against the list", () => {
    expect(() => build({ identity: { type: "UserAssigned", identityIds: [uai("id-a")], primaryIdentityId: Token.asString({ ref: "uai" }) } })).not.toThrow();
  });

  test("an unknown identity type lists the allowed ones", () => {
    const e = errorOf(() => build({ identity: { type: "Both" } as never }));
    expect(e.problems[0]).toMatchObject({ code: "INVALID_VALUE", field: "identity.type" });
    expect(e.message).toContain('must be one of "SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"');
  });
});

describe("options", () => {
  test("tags given once apply to every created resource", () => {
    const { out } = build({ tags: { team: "a", env: "dev" }, containerRegistry: { mode: "create" }, imageBuildComputeName: "cpu-build" });
    const tagged = ["azurerm_machine_learning_workspace", "azurerm_storage_account", "azurerm_key_vault", "azurerm_application_insights", "azurerm_log_analytics_workspace", "azurerm_container_registry"];
    for (const type of tagged) expect(onlyResource(out, type).tags).toEqual({ team: "a", env: "dev" });
  });

  test("friendly name, description, high business impact and image build compute pass through", () => {
    const { out } = build({ friendlyName: "Team A", description: "Team A dev", highBusinessImpact: true, imageBuildComputeName: "cpu-build" });
    expect(onlyResource(out, "azurerm_machine_learning_workspace")).toMatchObject({
      friendly_name: "Team A",
      description: "Team A dev",
      high_business_impact: true,
      image_build_compute_name: "cpu-build",
    });
  });

  test("public workspace: storage without deny rules, public flags true", () => {
    const { out } = build({ publicNetworkAccessEnabled: true });
    expect(onlyResource(out, "azurerm_machine_learning_workspace").public_network_access_enabled).toBe(true);
    const sa = onlyResource(out, "azurerm_storage_account");
    expect(sa.public_network_access_enabled).toBe(true);
    expect(sa.network_rules).toBeUndefined();
  });

  test("shared keys on is explicit, gets a SAS expiry policy, and leaves the datastore auth mode alone", () => {
    const { out } = build({ storageAccount: { mode: "create", sharedAccessKeyEnabled: true } });
    const sa = onlyResource(out, "azurerm_storage_account");
    expect(sa.shared_access_key_enabled).toBe(true);
    expect(sa.sas_policy).toEqual({ expiration_period: "01.00:00:00", expiration_action: "Log" });
    expect(resourcesOfType(out, "azapi_update_resource")).toHaveLength(0);
  });

  test("preventDestroy protects the stateful resources", () => {
    const { out } = build({ preventDestroy: true, containerRegistry: { mode: "create" }, imageBuildComputeName: "cpu-build" });
    for (const type of ["azurerm_machine_learning_workspace", "azurerm_storage_account", "azurerm_key_vault", "azurerm_container_registry"]) {
      expect(onlyResource(out, type).lifecycle).toEqual({ prevent_destroy: true });
    }
  });

  test("an explicit tenant id replaces the client config lookup", () => {
    const { out } = build({ keyVault: { mode: "create", tenantId: "11111111-2222-3333-4444-555555555555" } });
    expect(onlyResource(out, "azurerm_key_vault").tenant_id).toBe("11111111-2222-3333-4444-555555555555");
    expect(out.data?.azurerm_client_config).toBeUndefined();
  });
});

describe("validation", () => {
  test("collects every problem and throws once, naming path, field, value and rule", () => {
    const e = errorOf(() =>
      build({
        name: "-bad",
        storageAccount: { mode: "create", name: "My_SA" },
        keyVault: { mode: "create", name: "1kv--x" },
        containerRegistry: { mode: "create", name: "cr-1" },
        applicationInsights: { mode: "create", logAnalyticsWorkspaceName: "log-", applicationInsightsName: "appi/bad" },
        tags: { env: "x".repeat(300) },
        bogus: true,
      } as never),
    );
    const fields = e.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "name",
        "storageAccount.name",
        "keyVault.name",
        "containerRegistry.name",
        "applicationInsights.logAnalyticsWorkspaceName",
        "applicationInsights.applicationInsightsName",
        "tags.env",
        "bogus",
      ]),
    );
    expect(e.problems.every((p) => p.path === "test/ws")).toBe(true);
    expect(e.message).toContain('test/ws: storageAccount.name "My_SA" must be 3-24 lowercase letters or digits [NAME_RULE]');
    expect(e.message).toContain('test/ws: keyVault.name "1kv--x" must be 3-24 letters, digits or hyphens, start with a letter');
    expect(e.message).toContain("test/ws: bogus is not a known property [UNKNOWN_PROPERTY]");
  });

  test("required props are named", () => {
    const e = errorOf(() => new Workspace(newStack(), "ws", { name: "mlw" } as never));
    expect(e.problems.map((p) => [p.field, p.code])).toEqual(
      expect.arrayContaining([
        ["resourceGroupName", "REQUIRED"],
        ["location", "REQUIRED"],
        ["publicNetworkAccessEnabled", "REQUIRED"],
      ]),
    );
  });

  test("unresolved tokens are not pattern-checked", () => {
    const tok = Token.asString({ ref: "name" });
    expect(() => build({ storageAccount: { mode: "create", name: tok }, keyVault: { mode: "create", name: tok } })).not.toThrow();
  });

  test("the workspace name cannot be a token: the associated resources' names derive from it", () => {
    const e = errorOf(() => build({ name: Token.asString({ ref: "name" }) }));
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([["name", "NAME_TOKEN"]]);
    expect(e.message).toMatch(/name "\$\{TfToken\[TOKEN\.\d+\]\}" must be known at synthesis, not a reference: the names of the storage account, Key Vault, registry and monitoring resources are derived from it/);
  });

  test("ranges are checked", () => {
    const e = errorOf(() => build({ keyVault: { mode: "create", softDeleteRetentionDays: 3 }, applicationInsights: { mode: "create", retentionInDays: 1000 } }));
    expect(e.problems.map((p) => [p.field, p.rule])).toEqual([
      ["keyVault.softDeleteRetentionDays", "must be ≥ 7"],
      ["applicationInsights.retentionInDays", "must be ≤ 730"],
    ]);
  });
});

describe("providers", () => {
  test("a stack without providers fails synthesis with a clear message", () => {
    const stack = bareStack();
    new Workspace(stack, "ws", base);
    expect(() => Testing.synth(stack, true)).toThrow(/no azurerm provider: call addAzureProviders\(stack\)/);
    expect(() => Testing.synth(stack, true)).toThrow(/no azapi provider/);
  });
});

describe("Workspace.fromWorkspaceId", () => {
  const id = `${SUB.replace("rg-shared", "rg-ml")}/Microsoft.MachineLearningServices/workspaces/mlw-existing`;

  test("parses name and resource group", () => {
    const ws = Workspace.fromWorkspaceId(newStack(), "ref", id, { location: "westeurope" });
    expect(ws).toMatchObject({ workspaceId: id, workspaceName: "mlw-existing", resourceGroupName: "rg-ml", location: "westeurope" });
  });

  test("a malformed id is a clear error", () => {
    expect(() => Workspace.fromWorkspaceId(newStack(), "ref", "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st")).toThrow(
      /test\/ref: workspaceId "\/subscriptions\/x\/resourceGroups\/rg\/providers\/Microsoft\.Stora"… \(81 characters\) must be an ARM id .*Microsoft\.MachineLearningServices\/workspaces\/\{name\}/,
    );
  });

  test("a token id resolves name and resource group with Terraform functions", () => {
    const stack = newStack();
    const ws = Workspace.fromWorkspaceId(stack, "ref", Token.asString({ ref: "ws-id" }));
    expect(Token.isUnresolved(ws.workspaceName)).toBe(true);
    expect(Token.isUnresolved(ws.resourceGroupName)).toBe(true);
  });
});
