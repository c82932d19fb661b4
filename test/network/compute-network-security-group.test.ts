import { ComputeNetworkSecurityGroup, AZURE_ML_COMPUTE_TRAFFIC } from "../../constructs/network/compute-network-security-group";
import { Token } from "../../constructs/core/engine";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { errorOf, newStack } from "../helpers/fixtures";

const SUBNETS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets";

describe("ComputeNetworkSecurityGroup", () => {
  test("no public IPs (the default): only the outbound rules Azure ML needs, with regional service tags", () => {
    const stack = newStack();
    const nsg = new ComputeNetworkSecurityGroup(stack, "nsg", { name: "nsg-ml", resourceGroupName: "rg-ml", location: "West Europe", subnets: { "team-a": `${SUBNETS}/snet-a` } });
    const out = synthStack(stack);
    const rules = resourcesOfType(out, "azurerm_network_security_rule");
    expect(rules.every((r) => r.direction === "Outbound" && r.access === "Allow")).toBe(true);
    const byName = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(rules.map((r) => [r.name, r.protocol, r.destination_port_ranges, r.destination_address_prefix]).sort(byName)).toEqual(
      AZURE_ML_COMPUTE_TRAFFIC.filter((r) => r.direction === "Outbound").map((r) => [r.name, r.protocol, r.ports, r.serviceTag.replace("{region}", "westeurope")]).sort(byName),
    );
    expect(rules.find((r) => r.name === "AllowStorageOutbound")).toMatchObject({ destination_address_prefix: "Storage.westeurope", destination_port_ranges: ["443", "445"], source_address_prefix: "VirtualNetwork" });
    expect(new Set(rules.map((r) => r.priority)).size).toBe(rules.length);
    for (const r of rules) expect(r.network_security_group_name).toBe(referenceTo(nsg.resource, "name"));
    expect(resourcesOfType(out, "azurerm_subnet_network_security_group_association")).toEqual([{ subnet_id: `${SUBNETS}/snet-a`, network_security_group_id: referenceTo(nsg.resource) }]);
  });

  test("compute with public IPs gets the inbound rules from BatchNodeManagement and AzureMachineLearning", () => {
    const stack = newStack();
    new ComputeNetworkSecurityGroup(stack, "nsg", { name: "nsg-ml", resourceGroupName: "rg-ml", location: "westeurope", publicIpCompute: true });
    const inbound = resourcesOfType(synthStack(stack), "azurerm_network_security_rule").filter((r) => r.direction === "Inbound");
    expect(inbound.map((r) => [r.source_address_prefix, r.destination_port_ranges]).sort()).toEqual([
      ["AzureMachineLearning", ["44224"]],
      ["BatchNodeManagement.westeurope", ["29876-29877"]],
    ]);
  });

  test("restrictOutbound adds a deny of everything else to the internet, last", () => {
    const stack = newStack();
    new ComputeNetworkSecurityGroup(stack, "nsg", { name: "nsg-ml", resourceGroupName: "rg-ml", location: "westeurope", restrictOutbound: true });
    const rules = resourcesOfType(synthStack(stack), "azurerm_network_security_rule");
    const deny = rules.find((r) => r.access === "Deny")!;
    expect(deny).toMatchObject({ priority: 4096, direction: "Outbound", destination_address_prefix: "Internet" });
    expect(Math.max(...rules.map((r) => r.priority))).toBe(4096);
  });

  test("a region known only at apply time uses the global service tags; bad subnets and names are refused", () => {
    const stack = newStack();
    new ComputeNetworkSecurityGroup(stack, "nsg", { name: "nsg-ml", resourceGroupName: "rg-ml", location: Token.asString({ ref: "loc" }) });
    expect(resourcesOfType(synthStack(stack), "azurerm_network_security_rule").find((r) => r.name === "AllowStorageOutbound")!.destination_address_prefix).toBe("Storage");
    const e = errorOf(() => new ComputeNetworkSecurityGroup(newStack(), "bad", { name: "nsg", resourceGroupName: "rg", location: "westeurope", subnets: { "a b": "/not/a/subnet" } }));
    expect(e.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['subnets["a b"]']));
  });
});
