import { BuiltInRoles } from "../../constructs/access/built-in-roles";
import { RoleGrant } from "../../constructs/access/role-grant";
import { Token, azurerm } from "../../constructs/core/engine";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB_ID = "00000000-0000-0000-0000-000000000000";
const SUB = `/subscriptions/${SUB_ID}/resourceGroups/rg-sec/providers`;
const UAI = `${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/id-mlw`;
const UAI_PRINCIPAL = "33333333-3333-3333-3333-333333333333";
const GROUP = "44444444-4444-4444-4444-444444444444";
const base: WorkspaceProps = { name: "mlw-sec", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true };

function build(props: Partial<WorkspaceProps>) {
  const stack = newStack();
  const ws = new Workspace(stack, "ws", { ...base, ...props } as WorkspaceProps);
  return { stack, ws, out: synthStack(stack) };
}

const roleId = (guid: string) => new RegExp(`^/subscriptions/.+/providers/Microsoft\\.Authorization/roleDefinitions/${guid}$`);

describe("built-in roles", () => {
  test("every role has a unique GUID id", () => {
    const ids = Object.values(BuiltInRoles).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(BuiltInRoles.AzureMLDataScientist).toEqual({ name: "AzureML Data Scientist", id: "f6c7c914-8db3-469d-8ca1-694a8f32e121" });
  });
});

describe("workspace.grant", () => {
  test("assigns a role by definition id on the workspace, subscription from the client config", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", base);
    ws.grantDataScientist(GROUP, "Group");
    ws.grant(GROUP, BuiltInRoles.AzureMLComputeOperator, { principalType: "Group" });
    const out = synthStack(stack);
    const grants = resourcesOfType(out, "azurerm_role_assignment");
    expect(grants).toHaveLength(2);
    const ds = grants.find((g) => g.description === "AzureML Data Scientist, granted by cdktf-azureml")!;
    const op = grants.find((g) => g.description === "AzureML Compute Operator, granted by cdktf-azureml")!;
    expect(ds).toMatchObject({ scope: referenceTo(ws.resource), principal_id: GROUP, principal_type: "Group" });
    expect(ds.role_definition_id).toMatch(/^\/subscriptions\/\$\{data\.azurerm_client_config\.AzureMlClientConfig\.subscription_id\}\/providers\/Microsoft\.Authorization\/roleDefinitions\/f6c7c914-8db3-469d-8ca1-694a8f32e121$/);
    expect(op.role_definition_id).toMatch(roleId(BuiltInRoles.AzureMLComputeOperator.id));
    expect(ds.skip_service_principal_aad_check).toBeUndefined();
    expect(ws.grants).toHaveLength(2);
  });

  test("a literal scope gives its own subscription; managed identities skip the Entra ID check", () => {
    const stack = newStack();
    new RoleGrant(stack, "g", { scope: `${SUB}/Microsoft.Storage/storageAccounts/st`, principalId: UAI_PRINCIPAL, role: BuiltInRoles.StorageBlobDataReader, principalType: "ServicePrincipal" });
    const g = onlyResource(synthStack(stack), "azurerm_role_assignment");
    expect(g.role_definition_id).toBe(`/subscriptions/${SUB_ID}/providers/Microsoft.Authorization/roleDefinitions/${BuiltInRoles.StorageBlobDataReader.id}`);
    expect(g.skip_service_principal_aad_check).toBe(true);
  });

  test("a principal id must be a GUID (or a reference)", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", base);
    expect(errorOf(() => ws.grantDataScientist("alice@contoso.com")).problems[0]).toMatchObject({ code: "GUID", field: "principalId" });
    expect(() => ws.grantDataScientist(Token.asString({ ref: "group" }))).not.toThrow();
  });
});

describe("user-assigned workspace identity", () => {
  test("with its principal id, the roles it needs are granted before the workspace is created", () => {
    const { out, ws } = build({ identity: { type: "UserAssigned", identityIds: [UAI], primaryIdentityId: UAI, primaryPrincipalId: UAI_PRINCIPAL }, containerRegistry: { mode: "create" } });
    const grants = resourcesOfType(out, "azurerm_role_assignment");
    const on = (target: string) => grants.filter((g) => g.scope === target).map((g) => g.role_definition_id.split("/").pop()).sort();
    expect(on(referenceTo(ws.storageAccount!))).toEqual([BuiltInRoles.Contributor.id, BuiltInRoles.StorageBlobDataContributor.id, BuiltInRoles.StorageFileDataPrivilegedContributor.id].sort());
    expect(on(referenceTo(ws.keyVault!))).toEqual([BuiltInRoles.Contributor.id, BuiltInRoles.KeyVaultAdministrator.id].sort());
    expect(on(referenceTo(ws.applicationInsights!))).toEqual([BuiltInRoles.Contributor.id]);
    expect(on(referenceTo(ws.containerRegistry!))).toEqual([BuiltInRoles.Contributor.id, BuiltInRoles.AcrPush.id].sort());
    for (const g of grants) expect(g.principal_id).toBe(UAI_PRINCIPAL);
    const w = onlyResource(out, "azurerm_machine_learning_workspace");
    expect(w.depends_on).toHaveLength(grants.length);
    expect(w.identity).toEqual({ type: "UserAssigned", identity_ids: [UAI] });
  });

  test("in a managed network it may also approve private endpoint connections", () => {
    const { out } = build({ publicNetworkAccessEnabled: false, managedNetwork: { isolationMode: "AllowInternetOutbound" }, identity: { type: "UserAssigned", identityIds: [UAI], primaryIdentityId: UAI, primaryPrincipalId: UAI_PRINCIPAL } });
    const approvers = resourcesOfType(out, "azurerm_role_assignment").filter((g) => g.role_definition_id.endsWith(BuiltInRoles.AzureAIEnterpriseNetworkConnectionApprover.id));
    expect(approvers).toHaveLength(2);
  });

  test("without its principal id, a warning says the roles are the user's to grant", () => {
    const { ws, out } = build({ identity: { type: "UserAssigned", identityIds: [UAI], primaryIdentityId: UAI } });
    expect(resourcesOfType(out, "azurerm_role_assignment")).toHaveLength(0);
    expect(ws.node.metadata.map((m) => String(m.data))).toEqual(expect.arrayContaining([expect.stringContaining("give identity.primaryPrincipalId")]));
  });
});

describe("customer-managed keys", () => {
  const encryption = {
    key: { mode: "create" as const, expirationDate: "2027-12-31T00:00:00Z" },
    userAssignedIdentityId: UAI,
    userAssignedIdentityPrincipalId: UAI_PRINCIPAL,
    cosmosDbPrincipalId: "55555555-5555-5555-5555-555555555555",
  };
  const identity = { type: "SystemAssigned, UserAssigned" as const, identityIds: [UAI] };

  test("a created HSM key with expiry and rotation encrypts the workspace and its storage; identities get the crypto role first", () => {
    const { out, ws } = build({ identity, keyVault: { mode: "create", sku: "premium" }, encryption });
    const key = onlyResource(out, "azurerm_key_vault_key");
    expect(key).toMatchObject({
      name: "cmk-workspace",
      key_vault_id: referenceTo(ws.keyVault!),
      key_type: "RSA-HSM",
      key_size: 3072,
      key_opts: ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
      expiration_date: "2027-12-31T00:00:00Z",
      rotation_policy: { automatic: { time_before_expiry: "P30D" }, expire_after: "P365D" },
    });
    const k = ws.encryptionKey!.key!;
    expect(onlyResource(out, "azurerm_machine_learning_workspace").encryption).toEqual({ key_vault_id: referenceTo(ws.keyVault!), key_id: referenceTo(k), user_assigned_identity_id: UAI });
    expect(onlyResource(out, "azurerm_storage_account")).toMatchObject({
      identity: { type: "UserAssigned", identity_ids: [UAI] },
      customer_managed_key: { key_vault_key_id: referenceTo(k, "versionless_id"), user_assigned_identity_id: UAI },
      queue_encryption_key_type: "Account",
      table_encryption_key_type: "Account",
    });
    expect(onlyResource(out, "azurerm_storage_account").depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^azurerm_role_assignment\.ws_Encryption_IdentityCrypto_/)]));
    const grants = resourcesOfType(out, "azurerm_role_assignment");
    const crypto = grants.filter((g) => g.role_definition_id.endsWith(BuiltInRoles.KeyVaultCryptoServiceEncryptionUser.id));
    expect(crypto.map((g) => g.principal_id).sort()).toEqual([UAI_PRINCIPAL, "55555555-5555-5555-5555-555555555555"]);
    const officer = grants.find((g) => g.role_definition_id.endsWith(BuiltInRoles.KeyVaultCryptoOfficer.id))!;
    expect(officer.principal_id).toMatch(/data\.azurerm_client_config\..*\.object_id/);
    expect(key.depends_on).toHaveLength(1);
    expect(onlyResource(out, "azurerm_key_vault").purge_protection_enabled).toBe(true);
  });

  test("an existing versioned key from another vault is used as given", () => {
    const keyId = "https://kv-platform.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef";
    const { out } = build({ identity, encryption: { ...encryption, key: { mode: "existing", keyVaultId: `${SUB}/Microsoft.KeyVault/vaults/kv-platform`, keyId } } });
    expect(resourcesOfType(out, "azurerm_key_vault_key")).toHaveLength(0);
    expect(onlyResource(out, "azurerm_machine_learning_workspace").encryption.key_id).toBe(keyId);
    expect(onlyResource(out, "azurerm_storage_account").customer_managed_key.key_vault_key_id).toBe("https://kv-platform.vault.azure.net/keys/cmk");
  });

  test("rejected: key identity not on the workspace, HSM key in a standard vault, key created in an existing vault, bad key id", () => {
    const e1 = errorOf(() => build({ keyVault: { mode: "create", sku: "premium" }, encryption }));
    expect(e1.problems[0]).toMatchObject({ code: "ENCRYPTION_IDENTITY", field: "encryption.userAssignedIdentityId" });
    const e2 = errorOf(() => build({ identity, encryption }));
    expect(e2.problems[0]).toMatchObject({ code: "REQUIRES_PREMIUM", field: "keyVault.sku" });
    const e3 = errorOf(() => build({ identity, keyVault: { mode: "existing", id: `${SUB}/Microsoft.KeyVault/vaults/kv` }, encryption }));
    expect(e3.problems[0]).toMatchObject({ code: "CONFLICT", field: "encryption.key.mode" });
    const e4 = errorOf(() => build({ identity, encryption: { ...encryption, key: { mode: "existing", keyVaultId: `${SUB}/Microsoft.KeyVault/vaults/kv`, keyId: "https://kv.vault.azure.net/keys/cmk" } } }));
    expect(e4.problems[0]).toMatchObject({ code: "KEY_ID", field: "encryption.key.keyId" });
    const e5 = errorOf(() => build({ identity, keyVault: { mode: "create", sku: "premium" }, encryption: { ...encryption, key: { mode: "create", expirationDate: "2027-12-31" } } }));
    expect(e5.problems[0]).toMatchObject({ field: "encryption.key.expirationDate" });
  });

  test("an existing vault without purge protection is refused for customer-managed keys", () => {
    const stack = newStack();
    const kv = new azurerm.KeyVault(stack, "kv", { name: "kv-nopurge", resourceGroupName: "rg", location: "westeurope", tenantId: SUB_ID, skuName: "premium" });
    const e = errorOf(
      () =>
        new Workspace(stack, "ws", {
          ...base,
          identity,
          keyVault: { mode: "existing", resource: kv },
          encryption: { ...encryption, key: { mode: "existing", keyVaultId: `${SUB}/Microsoft.KeyVault/vaults/kv-nopurge`, keyId: "https://kv-nopurge.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef" } },
        }),
    );
    expect(e.problems[0]).toMatchObject({ code: "PURGE_PROTECTION", field: "keyVault.resource" });
  });
});
