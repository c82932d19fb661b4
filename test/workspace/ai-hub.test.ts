import { Token } from "cdktf";
import { WorkspaceConnection } from "../../constructs/connections/workspace-connection";
import { AiHub } from "../../constructs/workspace/ai-hub";
import { isWorkspace } from "../../constructs/workspace/workspace-reference";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { errorOf, newStack, onlyResource } from "../helpers/fixtures";

const NET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet";
const base = { name: "hub-ai", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: false };

describe("AiHub as a first-class workspace", () => {
  test("is an IWorkspace: connections and outbound rules take the hub itself", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { ...base, isolationMode: "AllowOnlyApprovedOutbound", outboundRules: { pypi: { type: "FQDN", destination: "pypi.org" } }, privateEndpoints: { subnetId: `${NET}/subnets/snet-pe` } });
    expect(isWorkspace(hub)).toBe(true);
    new WorkspaceConnection(stack, "search", { workspace: hub, name: "search", target: { kind: "AzureOpenAI", endpoint: "https://contoso.openai.azure.com/", resourceId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/contoso" } });
    const out = synthStack(stack);
    const azapi = resourcesOfType(out, "azapi_resource");
    expect(azapi.find((r) => String(r.type).includes("outboundRules"))).toMatchObject({ name: "pypi", parent_id: referenceTo(hub.resource) });
    expect(azapi.find((r) => String(r.type).includes("connections"))).toMatchObject({ name: "search", parent_id: referenceTo(hub.resource) });
  });

  test("private endpoints for the hub and every resource it creates, ordered as for workspaces", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { ...base, privateEndpoints: { subnetId: `${NET}/subnets/snet-pe` } });
    const out = synthStack(stack);
    expect(resourcesOfType(out, "azurerm_private_endpoint").map((e) => e.private_service_connection.subresource_names[0]).sort()).toEqual(["amlworkspace", "blob", "file", "registry", "vault"]);
    const dependsOn = onlyResource(out, "azurerm_ai_foundry").depends_on as string[];
    for (const key of ["vault", "storage", "registry"]) for (const e of hub.privateEndpoints!.byTarget[key]) expect(dependsOn).toContain(`azurerm_private_endpoint.${stack.getLogicalId(e.resource)}`);
    expect(hub.readyForDependents.map((r) => stack.getLogicalId(r))).toEqual(hub.privateEndpoints!.byTarget.workspace.map((e) => stack.getLogicalId(e.resource)));
  });

  test("a private hub without endpoints warns", () => {
    const hub = new AiHub(newStack(), "hub", base);
    expect(hub.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data))).toContainEqual(expect.stringContaining("no privateEndpoints are configured: the hub is reachable only through private endpoints created elsewhere"));
  });
});

describe("AiHub identity", () => {
  const uai = (n: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${n}`;

  test("user-assigned identities with a primary one", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { ...base, publicNetworkAccessEnabled: true, identity: { type: "UserAssigned", identityIds: [uai("id-hub")], primaryIdentityId: uai("id-hub") } });
    expect(onlyResource(synthStack(stack), "azurerm_ai_foundry")).toMatchObject({ identity: { type: "UserAssigned", identity_ids: [uai("id-hub")] }, primary_user_assigned_identity: uai("id-hub") });
    expect(hub.principalId).toBeUndefined();
  });

  test("the primary identity must be one of the identities; the default is system-assigned", () => {
    const e = errorOf(() => new AiHub(newStack(), "hub", { ...base, identity: { type: "UserAssigned", identityIds: [uai("a")], primaryIdentityId: uai("b") } }));
    expect(e.problems.map((p) => [p.code, p.field, p.rule])).toEqual([["IDENTITY_PRIMARY", "identity.primaryIdentityId", "must be one of identity.identityIds"]]);
    // The same rule as a workspace's: a primary identity not known until apply is not refused.
    const token = Token.asString({ ref: "uai" });
    expect(() => new AiHub(newStack(), "hub", { ...base, identity: { type: "UserAssigned", identityIds: [uai("a")], primaryIdentityId: token } })).not.toThrow();
    const stack = newStack();
    new AiHub(stack, "hub", { ...base, publicNetworkAccessEnabled: true });
    expect(onlyResource(synthStack(stack), "azurerm_ai_foundry").identity).toEqual({ type: "SystemAssigned" });
  });
});

describe("AiHub managed network and serverless settings (azapi: azurerm_ai_foundry has no attribute for them)", () => {
  test("firewall SKU and serverless compute in one settings update; provisioning after the rules, with Spark", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", {
      ...base,
      isolationMode: "AllowOnlyApprovedOutbound",
      outboundRules: { pypi: { type: "FQDN", destination: "pypi.org" } },
      firewallSku: "Basic",
      serverlessCompute: { subnetId: `${NET}/subnets/snet-serverless` },
      sparkReady: true,
      privateEndpoints: { subnetId: `${NET}/subnets/snet-pe` },
    });
    const out = synthStack(stack);
    const hubRef = referenceTo(hub.resource);
    const settings = resourcesOfType(out, "azapi_update_resource").find((r) => r.body.properties.serverlessComputeSettings)!;
    expect(settings).toMatchObject({
      resource_id: hubRef,
      body: { properties: { managedNetwork: { firewallSku: "Basic" }, serverlessComputeSettings: { serverlessComputeCustomSubnet: `${NET}/subnets/snet-serverless`, serverlessComputeNoPublicIP: true } } },
    });
    const action = onlyResource(out, "azapi_resource_action");
    expect(action).toMatchObject({ action: "provisionManagedNetwork", method: "POST", resource_id: hubRef, body: { includeSpark: true } });
    expect(action.depends_on).toEqual([`azapi_resource.${stack.getLogicalId(hub.outboundRules[0].resource)}`, `azapi_update_resource.${stack.getLogicalId(hub.hubSettings!)}`]);
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("none of them by default; provisioning on creation alone provisions without Spark", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { ...base, publicNetworkAccessEnabled: true, provisionNetworkOnCreation: true });
    expect(hub.hubSettings).toBeUndefined();
    expect(onlyResource(synthStack(stack), "azapi_resource_action").body).toEqual({ includeSpark: false });
    const plain = newStack();
    new AiHub(plain, "hub", { ...base, publicNetworkAccessEnabled: true });
    expect(resourcesOfType(synthStack(plain), "azapi_resource_action")).toEqual([]);
  });

  test("names of the created resources, shared keys and diagnostics as chosen", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { ...base, publicNetworkAccessEnabled: true, names: { storageAccount: "sthubai01", keyVault: "kv-hub-ai-01", applicationInsights: "appi-hub-ai", logAnalyticsWorkspace: "log-hub-ai" }, storageSharedAccessKeyEnabled: true, diagnostics: { enabled: false } });
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_storage_account")).toMatchObject({ name: "sthubai01", shared_access_key_enabled: true });
    expect(onlyResource(out, "azurerm_key_vault").name).toBe("kv-hub-ai-01");
    expect(onlyResource(out, "azurerm_application_insights").name).toBe("appi-hub-ai");
    expect(onlyResource(out, "azurerm_log_analytics_workspace").name).toBe("log-hub-ai");
    expect(resourcesOfType(out, "azurerm_monitor_diagnostic_setting")).toEqual([]);
    // Shared keys on: the hub reaches its datastores with keys, so no identity-mode update is written.
    expect(hub.systemDatastoresAuthMode).toBeUndefined();
    expect(errorOf(() => new AiHub(newStack(), "hub", { ...base, names: { storageAccount: "Not_Valid" } })).problems.map((p) => p.field)).toEqual(["names.storageAccount"]);
  });
});
