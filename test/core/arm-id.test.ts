import { armId, armIdRule, isArmIdOf, parseArmId } from "../../constructs/core/arm-id";
import { Token } from "../../constructs/core/engine";

const subnet = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-ml";

describe("ARM ids", () => {
  test("parses a child resource id", () => {
    expect(parseArmId(subnet)).toEqual({
      subscriptionId: "0000",
      resourceGroupName: "rg-net",
      resourceType: "Microsoft.Network/virtualNetworks/subnets",
      name: "snet-ml",
      names: ["vnet", "snet-ml"],
    });
  });

  test.each([
    "",
    "not-an-id",
    "/subscriptions/0000/resourcegroups/rg/providers/Microsoft.Storage/storageAccounts/st",
    "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts",
    "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/",
  ])("rejects %p", (id) => {
    expect(parseArmId(id)).toBeUndefined();
  });

  test("type checks are case-sensitive, as azurerm's parsers are", () => {
    expect(isArmIdOf(subnet, "Microsoft.Network/virtualNetworks/subnets")).toBe(true);
    expect(isArmIdOf(subnet.replace("Microsoft.Network", "microsoft.network"), "Microsoft.Network/virtualNetworks/subnets")).toBe(false);
    expect(isArmIdOf(subnet, "Microsoft.Network/virtualNetworks")).toBe(false);
  });

  test("tokens pass (checked at plan time)", () => {
    expect(isArmIdOf(Token.asString({ ref: "x" }), "Microsoft.Network/virtualNetworks/subnets")).toBe(true);
    expect(armId("Microsoft.KeyVault/vaults").safeParse(Token.asString({ ref: "kv" })).success).toBe(true);
  });

  test("the rule shows the expected shape", () => {
    expect(armIdRule("Microsoft.Network/virtualNetworks/subnets")).toBe(
      "must be an ARM id /subscriptions/{id}/resourceGroups/{name}/providers/Microsoft.Network/virtualNetworks/{name}/subnets/{name} (segments are case-sensitive)",
    );
  });
});
