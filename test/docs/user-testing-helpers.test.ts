/**
 * A user's test, written only with the public testing helpers (constructs/testing), as the README
 * shows it. It runs in `npm test` like any other.
 */
import { Testing, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/app/providers";
import { azureMlMatchers, matchesProperties, referenceTo, resourcesCreatedBy, resourcesOfType, stableSnapshot, synthStack } from "../../constructs/testing/stack-assertions";
import { Workspace } from "../../constructs/workspace/workspace";

expect.extend(azureMlMatchers);
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveResourceMatching(type: string, properties?: Record<string, unknown>): R;
      toPassRulePack(options?: { includeTierB?: boolean }): R;
    }
  }
}

function twoWorkspaces() {
  const stack = new TerraformStack(Testing.app(), "ml");
  addAzureProviders(stack);
  const a = new Workspace(stack, "team-a", { name: "mlw-a", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: true });
  const b = new Workspace(stack, "team-b", { name: "mlw-b", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: false, tags: { team: "b" } });
  return { stack, a, b };
}

describe("testing helpers for users", () => {
  test("find the resources one construct created, and its wiring", () => {
    const { stack, b } = twoWorkspaces();
    const out = synthStack(stack);
    expect(resourcesOfType(out, "azurerm_storage_account")).toHaveLength(2);
    const [storage] = resourcesCreatedBy(out, b, "azurerm_storage_account");
    expect(storage).toMatchObject({ public_network_access_enabled: false, tags: { team: "b" } });
    expect(resourcesCreatedBy(out, b, "azurerm_machine_learning_workspace")[0].storage_account_id).toBe(referenceTo(b.storageAccount!));
  });

  test("a matcher for properties", () => {
    const { stack } = twoWorkspaces();
    expect(stack).toHaveResourceMatching("azurerm_storage_account", { min_tls_version: "TLS1_2", shared_access_key_enabled: false });
    expect(stack).not.toHaveResourceMatching("azurerm_storage_account", { allow_nested_items_to_be_public: true });
    expect(matchesProperties({ a: { b: 1, c: 2 } }, { a: { b: 1 } })).toBe(true);
    expect(matchesProperties({ a: [1, 2] }, { a: [1] })).toBe(false);
  });

  test("the rule pack as an assertion", () => {
    const { stack, a } = twoWorkspaces();
    expect(stack).toPassRulePack();
    a.storageAccount!.allowNestedItemsToBePublic = true;
    expect(stack).not.toPassRulePack();
    expect(() => expect(stack).toPassRulePack()).toThrow(/\[AML-SA-02\] ml\/team-a\/Storage\/Resource/);
  });

  test("a stable snapshot has no cdktf metadata", () => {
    const { stack } = twoWorkspaces();
    const snap = stableSnapshot(stack);
    expect(JSON.stringify(snap)).not.toContain('"//"');
    expect(snap).toMatchSnapshot();
  });
});
