import { AzureResourceGroup } from "../../constructs/app/resource-group";
import { nameProblem } from "../../constructs/core/naming";
import { Workspace } from "../../constructs/workspace/workspace";
import { synthStack } from "../../constructs/testing";
import { errorOf, newStack, onlyResource } from "../helpers/fixtures";

describe("AzureResourceGroup", () => {
  test("checks the name and tags at synthesis, which the provider class does not", () => {
    for (const name of ["rg ml", "rg-ml.", "x".repeat(91), ""]) {
      expect([name, errorOf(() => new AzureResourceGroup(newStack(), "rg", { name, location: "westeurope" })).problems[0].code]).toEqual([name, "NAME_RULE"]);
    }
    expect(errorOf(() => new AzureResourceGroup(newStack(), "rg", { name: "rg-ml", location: "westeurope", tags: { "a/b": "c" } })).problems[0].code).toBe("TAG_KEY");
  });

  test("creates the group, protected when asked, and is used like the provider class", () => {
    const stack = newStack();
    const rg = new AzureResourceGroup(stack, "rg", { name: "rg-ml-dev", location: "westeurope", tags: { team: "a" }, preventDestroy: true });
    new Workspace(stack, "ws", { name: "mlw-dev", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_resource_group")).toMatchObject({ name: "rg-ml-dev", location: "westeurope", tags: { team: "a" }, lifecycle: { prevent_destroy: true } });
    // The same address a plain ResourceGroup with id "rg" has: switching to this construct replaces nothing.
    expect(onlyResource(out, "azurerm_storage_account").resource_group_name).toBe("${azurerm_resource_group.rg.name}");
  });
});

describe("everyday friction", () => {
  test("$root and $web are valid container names", () => {
    expect([nameProblem("storageContainer", "$web"), nameProblem("storageContainer", "$root"), nameProblem("storageContainer", "$other")]).toEqual([undefined, undefined, expect.stringContaining("or $root or $web")]);
  });

  test("a private workspace on an on-demand registry without image-build compute is warned about", () => {
    const ws = new Workspace(newStack(), "ws", { name: "mlw-private", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: false });
    const warnings = ws.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings.some((w) => w.includes("its registry is on demand") && w.includes('containerRegistry: { mode: "create" }'))).toBe(true);
    const built = new Workspace(newStack(), "ws", { name: "mlw-private", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: false, imageBuildComputeName: "cpu-build" });
    expect(built.node.metadata.some((m) => String(m.data).includes("its registry is on demand"))).toBe(false);
  });
});
