import { Testing, TerraformStack, azurerm } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/app/providers";
import { defineRule, type ResourceView, type StackView } from "../../constructs/policy/rule";
import { evaluateRulePack } from "../../constructs/policy/rule-pack";

// What a custom rule sees: attributes as Terraform JSON has them, resolved when read; writable and
// sortable like plain data (a rule may change its own copy without breaking the others).
function stackWithTwoAccounts(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "view");
  addAzureProviders(stack);
  const rg = new azurerm.ResourceGroup(stack, "rg", { name: "rg-view", location: "westeurope" });
  for (const name of ["stb", "sta"]) {
    new azurerm.StorageAccount(stack, name, { name, resourceGroupName: rg.name, location: "westeurope", accountTier: "Standard", accountReplicationType: "LRS", minTlsVersion: "TLS1_2" });
  }
  return stack;
}

describe("the stack view custom rules read", () => {
  it("resolves references when read, lets a rule write attributes and sort its list, and keeps each rule's list its own", () => {
    const seen: { group: unknown; tls: unknown; names: string[] }[] = [];
    const base = { tier: "A", severity: "error", resourceTypes: ["azurerm_storage_account"], sources: [], cause: "c", explanation: "e", fix: "f" } as const;
    const mutating = defineRule({
      ...base,
      id: "AML-SA-03",
      check: (r: ResourceView, view: StackView) => {
        seen.push({ group: r.attrs.resource_group_name, tls: r.attrs.min_tls_version, names: view.ofType("azurerm_storage_account").sort((a, b) => (a.attrs.name < b.attrs.name ? -1 : 1)).map((x) => x.attrs.name) });
        r.attrs.min_tls_version = "changed by this rule";
        r.attrs.account_tier = "written before it was read";
        if (r.attrs.account_tier !== "written before it was read") throw new Error("the write was lost");
        view.ofType("azurerm_storage_account").length = 0;
        return "pass";
      },
    });
    const reading = defineRule({ ...base, id: "AML-SA-04", check: (_r, view) => (view.ofType("azurerm_storage_account").length === 2 ? "pass" : "fail") });
    const report = evaluateRulePack(stackWithTwoAccounts(), { rules: [mutating, reading] });
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ pass: 4, fail: 0, unknown: 0 });
    expect(seen.map((s) => s.group)).toEqual(["${azurerm_resource_group.rg.name}", "${azurerm_resource_group.rg.name}"]);
    expect(seen[0].tls).toBe("TLS1_2");
    expect(seen[0].names).toEqual(["sta", "stb"]);
  });
});
