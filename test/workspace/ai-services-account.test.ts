import { AiServicesAccount } from "../../constructs/connections/ai-services-account";
import { AiHub } from "../../constructs/workspace/ai-hub";
import { errorOf, newStack, onlyResource, refOf, resourcesOf, synth } from "../helpers/synth";

describe("AiServicesAccount (kind AIServices)", () => {
  test("secure by default: keys off, a custom subdomain, a system-assigned identity, deny by default when private", () => {
    const stack = newStack();
    new AiServicesAccount(stack, "ai", { name: "ais-contoso", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: false });
    expect(onlyResource(synth(stack), "azurerm_cognitive_account")).toMatchObject({
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
    const out = synth(stack);
    const connection = resourcesOf(out, "azapi_resource").find((r) => String(r.type).includes("connections"))!;
    expect(connection).toMatchObject({ name: "ai-services", parent_id: refOf(hub.resource) });
    expect(connection.body.properties).toMatchObject({ category: "AIServices", target: refOf(account.resource, "endpoint"), authType: "AAD" });
    expect(JSON.stringify(connection)).not.toMatch(/key/i);
  });

  test("names follow the account rule", () => {
    expect(errorOf(() => new AiServicesAccount(newStack(), "ai", { name: "-bad-", resourceGroupName: "rg", location: "swedencentral", publicNetworkAccessEnabled: true })).problems[0].field).toBe("name");
  });
});
