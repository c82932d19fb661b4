import { mlType } from "../../constructs/azapi/api-version";
import { AzapiProvider } from "../../constructs/azapi/provider";
import { AzapiResource } from "../../constructs/azapi/resource";
import { escapeTerraformTemplate } from "../../constructs/azapi/template-escape";
import { AzapiUpdateResource } from "../../constructs/azapi/update-resource";
import { Testing, TerraformStack, Token } from "../../constructs/core/engine";
import { referenceTo, synthStack } from "../../constructs/testing";
import { onlyResource } from "../helpers/fixtures";

const WS = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw";

function stackWith(fn: (stack: TerraformStack) => void) {
  const stack = new TerraformStack(Testing.app(), "azapi");
  new AzapiProvider(stack, "azapi", { useOidc: true });
  fn(stack);
  return stack;
}

describe("azapi provider", () => {
  test("is required from Azure/azapi at ~> 2.12, which embeds ML api-version 2026-05-01", () => {
    const out = synthStack(stackWith(() => undefined));
    expect(out.terraform?.required_providers?.azapi).toEqual({ source: "Azure/azapi", version: "~> 2.12" });
    expect(out.provider?.azapi).toEqual([{ use_oidc: true }]);
  });

  test("an alias is emitted once, as a meta-argument", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new AzapiProvider(stack, "second", { alias: "other", subscriptionId: "1111" });
    expect(synthStack(stack).provider?.azapi).toEqual([{ alias: "other", subscription_id: "1111" }]);
  });
});

describe("azapi_resource", () => {
  test("emits Terraform's snake_case arguments and keeps the body's camelCase as an HCL object", () => {
    let res!: AzapiResource;
    const out = synthStack(
      stackWith((s) => {
        res = new AzapiResource(s, "endpoint", {
          type: mlType("workspaces/onlineEndpoints"),
          name: "ep-scoring",
          parentId: WS,
          location: "westeurope",
          body: { kind: "Managed", properties: { authMode: "AMLToken", publicNetworkAccess: "Disabled" } },
          identity: { type: "SystemAssigned" },
          tags: { team: "a" },
          responseExportValues: { scoringUri: "properties.scoringUri" },
          ignoreBodyChanges: ["properties.traffic"],
          locks: [WS],
          retry: { errorMessageRegex: ["Conflict"], intervalSeconds: 10 },
          timeouts: { create: "60m", delete: "60m" },
        });
      }),
    );
    expect(onlyResource(out, "azapi_resource")).toEqual({
      type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01",
      name: "ep-scoring",
      parent_id: WS,
      location: "westeurope",
      body: { kind: "Managed", properties: { authMode: "AMLToken", publicNetworkAccess: "Disabled" } },
      identity: [{ type: "SystemAssigned" }],
      tags: { team: "a" },
      response_export_values: { scoringUri: "properties.scoringUri" },
      ignore_body_changes: ["properties.traffic"],
      locks: [WS],
      retry: { error_message_regex: ["Conflict"], interval_seconds: 10 },
      timeouts: { create: "60m", delete: "60m" },
    });
    expect(typeof onlyResource(out, "azapi_resource").body).toBe("object");
    expect(res.id).toMatch(/TfToken/);
    expect(Testing.synth(res.node.scope as TerraformStack)).toContain("azapi_resource");
  });

  test("exported values and ids are references other resources can use", () => {
    let first!: AzapiResource;
    const out = synthStack(
      stackWith((s) => {
        first = new AzapiResource(s, "a", { type: mlType("workspaces/onlineEndpoints"), name: "ep", parentId: WS, responseExportValues: { uri: "properties.scoringUri" } });
        new AzapiResource(s, "b", { type: mlType("workspaces/onlineEndpoints/deployments"), name: "blue", parentId: first.id, body: { properties: { description: first.exportedValue("uri") } } });
      }),
    );
    const b = Object.values(out.resource!.azapi_resource).find((r) => r.name === "blue")!;
    expect(b.parent_id).toBe(referenceTo(first));
    expect(b.body.properties.description).toBe(referenceTo(first, "output.uri"));
  });

  test("Azure ML's ${{...}} syntax is escaped so Terraform leaves it alone; references are not", () => {
    const out = synthStack(
      stackWith((s) => {
        new AzapiResource(s, "c", {
          type: mlType("workspaces/components/versions"),
          name: "1",
          parentId: `${WS}/components/train`,
          body: { properties: { componentSpec: { command: "python train.py --lr ${{inputs.lr}} --out ${{outputs.model}} %{x}", code: Token.asString({ ref: "x" }) } } },
        });
      }),
    );
    const spec = onlyResource(out, "azapi_resource").body.properties.componentSpec;
    expect(spec.command).toBe("python train.py --lr $${{inputs.lr}} --out $${{outputs.model}} %%{x}");
    expect(spec.code).not.toContain("$${");
  });

  test("renders as HCL too", () => {
    const stack = stackWith((s) => {
      new AzapiResource(s, "r", { type: mlType("workspaces/models/versions"), name: "1", parentId: `${WS}/models/m`, body: { properties: { modelType: "custom_model" } }, timeouts: { create: "30m" } });
    });
    const hcl = Testing.synthHcl(stack) as string;
    expect(hcl).toContain('resource "azapi_resource" "r"');
    expect(hcl).toContain('type = "Microsoft.MachineLearningServices/workspaces/models/versions@2026-05-01"');
    expect(hcl).toMatch(/modelType = "custom_model"/);
    expect(hcl).toMatch(/timeouts \{\s*create = "30m"\s*\}/);
  });
});

describe("azapi_update_resource", () => {
  test("targets a resource id with a partial body", () => {
    const out = synthStack(
      stackWith((s) => {
        new AzapiUpdateResource(s, "traffic", { type: mlType("workspaces/onlineEndpoints"), resourceId: `${WS}/onlineEndpoints/ep`, body: { properties: { traffic: { blue: 90, green: 10 } } } });
      }),
    );
    expect(onlyResource(out, "azapi_update_resource")).toEqual({
      type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01",
      resource_id: `${WS}/onlineEndpoints/ep`,
      body: { properties: { traffic: { blue: 90, green: 10 } } },
    });
  });
});

describe("escapeTerraformTemplate", () => {
  test.each([
    ["${{inputs.x}}", "$${{inputs.x}}"],
    ["%{ if x }", "%%{ if x }"],
    ["plain $ and % and {", "plain $ and % and {"],
    ["${TfToken[TOKEN.1]}", "${TfToken[TOKEN.1]}"],
  ])("%p becomes %p", (input, expected) => {
    expect(escapeTerraformTemplate(input)).toBe(expected);
  });
});
