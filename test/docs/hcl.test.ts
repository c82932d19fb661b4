import { Testing } from "../../constructs/core/engine";
import { EXAMPLES } from "../../examples";

/** `cdktf synth --hcl` is the way out of cdktf to plain Terraform or OpenTofu: every example renders. */
describe("HCL output", () => {
  test.each(EXAMPLES.map((e) => [e.name, e] as const))("%s renders as HCL without unrenderable values", (_name, example) => {
    const hcl = Testing.synthHcl(example.build(Testing.app()), true) as string;
    expect(hcl).toMatch(/resource "azurerm_machine_learning_workspace"|resource "azurerm_ai_foundry"/);
    expect(hcl).toContain('provider "azurerm"');
    expect(hcl).not.toContain("[object Object]");
    expect(hcl).not.toContain("unexpected type");
    expect(hcl).not.toMatch(/= undefined/);
  });

  test("azapi bodies render as HCL objects, Azure ML templates escaped", () => {
    const example = EXAMPLES.find((e) => e.name === "scheduled-training")!;
    const hcl = Testing.synthHcl(example.build(Testing.app()), true) as string;
    expect(hcl).toMatch(/resource "azapi_resource" "[^"]+" \{[\s\S]*?body = \{/);
    expect(hcl).toContain("$${{inputs.data}}");
    expect(hcl).toMatch(/sensitive_body = \{/);
  });
});
