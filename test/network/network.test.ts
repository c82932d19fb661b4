import { Token } from "../../constructs/core/engine";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers";
const VNET = `${SUB}/Microsoft.Network/virtualNetworks/vnet-ml`;
const SUBNET = `${VNET}/subnets/snet-pe`;
const zone = (name: string) => `${SUB}/Microsoft.Network/privateDnsZones/${name}`;
const base: WorkspaceProps = { name: "mlw-private", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: false };

function build(props: Partial<WorkspaceProps>) {
  const stack = newStack();
  const ws = new Workspace(stack, "ws", { ...base, ...props } as WorkspaceProps);
  return { stack, ws, out: synthStack(stack) };
}

describe("private endpoints into your virtual network", () => {
  let out: ReturnType<typeof build>["out"];
  let ws: ReturnType<typeof build>["ws"];
  let endpoints: Record<string, any>[];
  beforeAll(() => {
    ({ out, ws } = build({ privateEndpoints: { subnetId: SUBNET }, containerRegistry: { mode: "create" }, imageBuildComputeName: "cpu-build" }));
    endpoints = resourcesOfType(out, "azurerm_private_endpoint");
  });
  const bySub = (sub: string) => endpoints.filter((e) => e.private_service_connection.subresource_names[0] === sub);

  test("one auto-approved endpoint per subresource: amlworkspace, blob, file, vault, registry", () => {
    expect(endpoints.map((e) => e.private_service_connection.subresource_names).sort()).toEqual([["amlworkspace"], ["blob"], ["file"], ["registry"], ["vault"]]);
    for (const e of endpoints) {
      expect(e.subnet_id).toBe(SUBNET);
      expect(e.private_service_connection.is_manual_connection).toBe(false);
      expect(e.private_service_connection.subresource_names).toHaveLength(1);
      expect(e.location).toBe("westeurope");
    }
    expect(bySub("amlworkspace")[0].private_service_connection.private_connection_resource_id).toBe(referenceTo(ws.resource));
    expect(bySub("blob")[0].private_service_connection.private_connection_resource_id).toBe(referenceTo(ws.storageAccount!));
    expect(bySub("file")[0].private_service_connection.private_connection_resource_id).toBe(referenceTo(ws.storageAccount!));
    expect(bySub("vault")[0].private_service_connection.private_connection_resource_id).toBe(referenceTo(ws.keyVault!));
    expect(bySub("registry")[0].private_service_connection.private_connection_resource_id).toBe(referenceTo(ws.containerRegistry!));
  });

  test("the workspace endpoint registers in both Azure ML zones; zones are created and linked to the subnet's network", () => {
    const zones = ws.privateEndpoints!.dnsZones!.zones;
    expect(Object.keys(zones).sort()).toEqual([
      "privatelink.api.azureml.ms",
      "privatelink.azurecr.io",
      "privatelink.blob.core.windows.net",
      "privatelink.file.core.windows.net",
      "privatelink.notebooks.azure.net",
      "privatelink.vaultcore.azure.net",
    ]);
    expect(bySub("amlworkspace")[0].private_dns_zone_group.private_dns_zone_ids).toEqual([referenceTo(zones["privatelink.api.azureml.ms"]!), referenceTo(zones["privatelink.notebooks.azure.net"]!)]);
    expect(bySub("file")[0].private_dns_zone_group.private_dns_zone_ids).toEqual([referenceTo(zones["privatelink.file.core.windows.net"]!)]);
    const links = resourcesOfType(out, "azurerm_private_dns_zone_virtual_network_link");
    expect(links).toHaveLength(6);
    for (const l of links) {
      expect(l.virtual_network_id).toBe(VNET);
      expect(l.registration_enabled).toBe(false);
    }
  });

  test("every resource is closed to the public: workspace, storage (deny + Azure services), Key Vault (deny), Premium registry", () => {
    expect(onlyResource(out, "azurerm_machine_learning_workspace").public_network_access_enabled).toBe(false);
    expect(onlyResource(out, "azurerm_storage_account")).toMatchObject({ public_network_access_enabled: false, network_rules: { default_action: "Deny", bypass: ["AzureServices", "Logging", "Metrics"] } });
    expect(onlyResource(out, "azurerm_key_vault")).toMatchObject({ public_network_access_enabled: false, network_acls: { default_action: "Deny" } });
    expect(onlyResource(out, "azurerm_container_registry")).toMatchObject({ public_network_access_enabled: false, sku: "Premium" });
  });

  test("existing zone ids (a hub's) are used as given, and every needed zone must be given", () => {
    const zoneIds = {
      "privatelink.api.azureml.ms": zone("privatelink.api.azureml.ms"),
      "privatelink.notebooks.azure.net": zone("privatelink.notebooks.azure.net"),
      "privatelink.blob.core.windows.net": zone("privatelink.blob.core.windows.net"),
      "privatelink.file.core.windows.net": zone("privatelink.file.core.windows.net"),
      "privatelink.vaultcore.azure.net": zone("privatelink.vaultcore.azure.net"),
    };
    const { out: o } = build({ privateEndpoints: { subnetId: SUBNET, dnsZones: { mode: "existing", zoneIds } } });
    expect(resourcesOfType(o, "azurerm_private_dns_zone")).toHaveLength(0);
    const ws = resourcesOfType(o, "azurerm_private_endpoint").find((e) => e.private_service_connection.subresource_names[0] === "amlworkspace")!;
    expect(ws.private_dns_zone_group.private_dns_zone_ids).toEqual([zone("privatelink.api.azureml.ms"), zone("privatelink.notebooks.azure.net")]);

    const { "privatelink.notebooks.azure.net": _dropped, ...partial } = zoneIds;
    const e = errorOf(() => build({ privateEndpoints: { subnetId: SUBNET, dnsZones: { mode: "existing", zoneIds: partial } } }));
    expect(e.problems[0]).toMatchObject({ code: "DNS_ZONES", field: "privateEndpoints.dnsZones.zoneIds" });
    expect(e.message).toContain("must include privatelink.notebooks.azure.net");
  });

  test("rejected: private endpoints on a public workspace; a subnet reference without networks to link", () => {
    const e = errorOf(() => build({ publicNetworkAccessEnabled: true, privateEndpoints: { subnetId: SUBNET } }));
    expect(e.message).toBe('test/ws: privateEndpoints "(set)" cannot be combined with publicNetworkAccessEnabled: true: private endpoints are for a private workspace [CONFLICT]');
    const t = errorOf(() => build({ privateEndpoints: { subnetId: Token.asString({ ref: "subnet" }) } }));
    expect(t.problems[0]).toMatchObject({ code: "REQUIRED", field: "privateEndpoints.dnsZones.virtualNetworkIds" });
    expect(() => build({ privateEndpoints: { subnetId: Token.asString({ ref: "subnet" }), dnsZones: { mode: "create", virtualNetworkIds: [VNET] } } })).not.toThrow();
  });

  test("a subnet id of the wrong type names the field and the expected shape", () => {
    const e = errorOf(() => build({ privateEndpoints: { subnetId: VNET } }));
    expect(e.problems[0]).toMatchObject({ code: "ARM_ID", field: "privateEndpoints.subnetId" });
  });

  test("a private workspace without endpoints or managed network is warned about", () => {
    const { ws } = build({});
    expect(ws.node.metadata.map((m) => String(m.data))).toEqual(expect.arrayContaining([expect.stringContaining("reachable only through private endpoints created elsewhere")]));
  });
});

describe("managed virtual network", () => {
  test("approved-only outbound with typed rules through azapi; bodies pass the ARM schema", () => {
    const { out, ws } = build({
      managedNetwork: {
        isolationMode: "AllowOnlyApprovedOutbound",
        provisionOnCreation: true,
        outboundRules: {
          pypi: { type: "FQDN", destination: "pypi.org" },
          "conda-forge": { type: "FQDN", destination: "*.anaconda.org" },
          "open-datasets": { type: "ServiceTag", serviceTag: "AzureOpenDatasets" },
          "shared-acr": { type: "PrivateEndpoint", serviceResourceId: `${SUB}/Microsoft.ContainerRegistry/registries/crshared`, subresourceTarget: "registry" },
        },
      },
    });
    expect(onlyResource(out, "azurerm_machine_learning_workspace").managed_network).toEqual({ isolation_mode: "AllowOnlyApprovedOutbound", provision_on_creation_enabled: true });
    const rules = resourcesOfType(out, "azapi_resource").filter((r) => r.type === "Microsoft.MachineLearningServices/workspaces/outboundRules@2026-05-01");
    expect(rules.map((r) => r.name).sort()).toEqual(["conda-forge", "open-datasets", "pypi", "shared-acr"]);
    const byName = (n: string) => rules.find((r) => r.name === n)!;
    expect(byName("pypi").body).toEqual({ properties: { type: "FQDN", category: "UserDefined", destination: "pypi.org" } });
    expect(byName("open-datasets").body.properties.destination).toEqual({ serviceTag: "AzureOpenDatasets", protocol: "TCP", portRanges: "443", action: "Allow" });
    expect(byName("shared-acr").body.properties.destination).toEqual({ serviceResourceId: `${SUB}/Microsoft.ContainerRegistry/registries/crshared`, subresourceTarget: "registry", sparkEnabled: false });
    for (const r of rules) {
      expect(r.parent_id).toBe(referenceTo(ws.resource));
      expect(r.locks).toEqual([referenceTo(ws.resource)]);
    }
    expect(validateAllAzapiBodies(out)).toEqual([]);
    expect(ws.managedNetworkIsolationMode).toBe("AllowOnlyApprovedOutbound");
  });

  test("FQDN and service-tag rules need AllowOnlyApprovedOutbound", () => {
    const e = errorOf(() =>
      build({ managedNetwork: { isolationMode: "AllowInternetOutbound", outboundRules: { pypi: { type: "FQDN", destination: "pypi.org" }, tag: { type: "ServiceTag", serviceTag: "Storage" } } } }),
    );
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([
      ["managedNetwork.outboundRules.pypi.type", "RULE_NEEDS_APPROVED_OUTBOUND"],
      ["managedNetwork.outboundRules.tag.type", "RULE_NEEDS_APPROVED_OUTBOUND"],
    ]);
    expect(e.message).toContain('test/ws: managedNetwork.outboundRules.pypi.type "FQDN" needs isolationMode "AllowOnlyApprovedOutbound"');
  });

  test("rules are validated: names, FQDN to storage, private endpoint targets, ports", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { ...base, managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound" } });
    expect(errorOf(() => ws.addOutboundRule("x", { type: "FQDN", destination: "pypi.org" })).problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
    expect(errorOf(() => ws.addOutboundRule("blob", { type: "FQDN", destination: "stdata.blob.core.windows.net" })).problems[0].code).toBe("FQDN_TO_STORAGE");
    expect(errorOf(() => ws.addOutboundRule("bad-fqdn", { type: "FQDN", destination: "https://pypi.org" })).problems[0].field).toBe("rule.destination");
    const pe = errorOf(() => ws.addOutboundRule("kv", { type: "PrivateEndpoint", serviceResourceId: `${SUB}/Microsoft.KeyVault/vaults/kv`, subresourceTarget: "blob" }));
    expect(pe.message).toContain('rule.subresourceTarget "blob" must be one of "vault" for Microsoft.KeyVault');
    expect(errorOf(() => ws.addOutboundRule("vm-rule", { type: "PrivateEndpoint", serviceResourceId: `${SUB}/Microsoft.Compute/virtualMachines/vm`, subresourceTarget: "vm" })).problems[0].code).toBe("PE_TARGET");
    expect(errorOf(() => ws.addOutboundRule("ports", { type: "ServiceTag", serviceTag: "Storage", portRanges: "https" })).problems[0].field).toBe("rule.portRanges");
    const rule = ws.addOutboundRule("storage-tag", { type: "ServiceTag", serviceTag: "Storage", portRanges: "443,445" });
    expect(ws.outboundRules).toContain(rule);
  });

  test("compute in a managed network: no subnet; AKS cannot be attached", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { ...base, managedNetwork: { isolationMode: "AllowInternetOutbound" } });
    const e = errorOf(() => ws.addComputeCluster("c", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1, subnetId: SUBNET }));
    expect(e.message).toContain("test/ws/c: subnetId");
    expect(e.problems[0].code).toBe("SUBNET_WITH_MANAGED_NETWORK");
    expect(errorOf(() => ws.attachKubernetes("aks", { name: "aks", kubernetesClusterId: `${SUB}/Microsoft.ContainerService/managedClusters/aks` })).problems[0].code).toBe(
      "UNSUPPORTED_WITH_MANAGED_NETWORK",
    );
    ws.addComputeCluster("ok", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1 });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_compute_cluster").node_public_ip_enabled).toBe(false);
  });

  test("outbound rules need a managed network", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { ...base, publicNetworkAccessEnabled: true });
    expect(errorOf(() => ws.addOutboundRule("pypi", { type: "FQDN", destination: "pypi.org" })).problems[0]).toMatchObject({ code: "NO_MANAGED_NETWORK", field: "workspace" });
  });

  test("the isolation mode is one of the two managed modes: Disabled is not a choice once managed", () => {
    const e = errorOf(() => build({ managedNetwork: { isolationMode: "Disabled" } as never }));
    expect(e.problems[0]).toMatchObject({ code: "INVALID_VALUE", field: "managedNetwork.isolationMode" });
  });
});
