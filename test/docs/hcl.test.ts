import { Testing, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/app/providers";
import { Workspace } from "../../constructs/workspace/workspace";
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

  test("every azapi binding renders the same attributes in HCL as in JSON (one attribute table each)", () => {
    const stack = new TerraformStack(Testing.app(), "hcl");
    addAzureProviders(stack);
    const ws = new Workspace(stack, "ws", { name: "mlw-x", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: false, managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound", firewallSku: "Basic", sparkReady: true } });
    ws.addOnlineEndpoint("ep", { name: "ep-x" });
    const hcl = Testing.synthHcl(stack, true) as string;
    expect(hcl).toMatch(/resource "azapi_resource_action" "[^"]+" \{[\s\S]*?action\s+= "provisionManagedNetwork"[\s\S]*?body = \{[\s\S]*?includeSpark = true/);
    expect(hcl).toMatch(/resource "azapi_update_resource" "[^"]+" \{[\s\S]*?firewallSku = "Basic"/);
    expect(hcl).toMatch(/resource "azapi_resource" "[^"]+" \{[\s\S]*?identity \{[\s\S]*?type\s+= "SystemAssigned"/);
  });
});
