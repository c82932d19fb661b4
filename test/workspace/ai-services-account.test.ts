import { AiServicesAccount } from "../../constructs/connections/ai-services-account";
import { PrivateDnsZones } from "../../constructs/network/private-dns-zones";
import { AiHub } from "../../constructs/workspace/ai-hub";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { errorOf, newStack, onlyResource } from "../helpers/fixtures";

describe("AiServicesAccount (kind AIServices)", () => {
  test("secure by default: keys off, a custom subdomain, a system-assigned identity, deny by default when private", () => {
    const stack = newStack();
    new AiServicesAccount(stack, "ai", { name: "ais-contoso", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: false });
    expect(onlyResource(synthStack(stack), "azurerm_cognitive_account")).toMatchObject({
      kind: "AIServices",
      sku_name: "S0",
      custom_subdomain_name: "ais-contoso",
      local_auth_enabled: false,
      public_network_access_enabled: false,
      network_acls: { default_action: "Deny", bypass: "AzureServices" },
      identity: { type: "SystemAssigned" },
    });
  });

  test("a hub connects to it with Microsoft Entra ID: the connection names the account's endpoint and id, no key", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { name: "hub-ai", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: true });
    const account = new AiServicesAccount(stack, "ai", { name: "ais-contoso", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: true });
    account.connectTo(hub, "ai-services");
    const out = synthStack(stack);
    const connection = resourcesOfType(out, "azapi_resource").find((r) => String(r.type).includes("connections"))!;
    expect(connection).toMatchObject({ name: "ai-services", parent_id: referenceTo(hub.resource) });
    expect(connection.body.properties).toMatchObject({ category: "AIServices", target: referenceTo(account.resource, "endpoint"), authType: "AAD" });
    expect(JSON.stringify(connection)).not.toMatch(/key/i);
  });

  test("a private endpoint (sub-resource account) in the three zones the account needs", () => {
    const stack = newStack();
    const vnet = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet";
    const zones = new PrivateDnsZones(stack, "zones", { zoneNames: ["privatelink.cognitiveservices.azure.com", "privatelink.openai.azure.com", "privatelink.services.ai.azure.com"], resourceGroupName: "rg-ai", virtualNetworkIds: [vnet] });
    const account = new AiServicesAccount(stack, "ai", {
      name: "ais-contoso",
      resourceGroupName: "rg-ai",
      location: "swedencentral",
      publicNetworkAccessEnabled: false,
      privateEndpoint: { subnetId: `${vnet}/subnets/snet-pe`, privateDnsZoneIds: Object.values(zones.zones).map((z) => z!.id) },
    });
    const endpoint = onlyResource(synthStack(stack), "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      name: "pe-ais-contoso",
      location: "swedencentral",
      subnet_id: `${vnet}/subnets/snet-pe`,
      private_service_connection: { private_connection_resource_id: referenceTo(account.resource), subresource_names: ["account"], is_manual_connection: false },
    });
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids).toHaveLength(3);
    // Fewer zones than the sub-resource needs is an error naming them.
    const e = errorOf(() => new AiServicesAccount(newStack(), "ai", { name: "ais-contoso", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: false, privateEndpoint: { subnetId: `${vnet}/subnets/snet-pe`, privateDnsZoneIds: ["zone-1"] } }));
    expect(e.problems.map((p) => [p.code, p.rule])).toEqual([["DNS_ZONES", "must hold 3 zones for account: privatelink.cognitiveservices.azure.com, privatelink.openai.azure.com, privatelink.services.ai.azure.com"]]);
  });

  test("names follow the account rule", () => {
    expect(errorOf(() => new AiServicesAccount(newStack(), "ai", { name: "-bad-", resourceGroupName: "rg", location: "swedencentral", publicNetworkAccessEnabled: true })).problems[0].field).toBe("name");
  });
});
