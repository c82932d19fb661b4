import * as fs from "node:fs";
import * as path from "node:path";
import { stackToMermaid } from "../../constructs/diagram/stack-diagram";
import { DOCS_DIAGRAMS, renderDocsDiagrams } from "../../stacks/diagram";

describe("diagrams", () => {
  test("the committed docs/diagrams match the examples and the root app (run npm run diagram)", () => {
    const expected = renderDocsDiagrams();
    const committed: Record<string, string> = {};
    for (const dir of fs.readdirSync(DOCS_DIAGRAMS)) {
      for (const f of fs.readdirSync(path.join(DOCS_DIAGRAMS, dir))) committed[`${dir}/${f}`] = fs.readFileSync(path.join(DOCS_DIAGRAMS, dir, f), "utf8");
    }
    expect(Object.keys(committed).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, md] of Object.entries(expected)) expect([file, committed[file]]).toEqual([file, md]);
  });

  test("groups resources, labels deployments with their traffic and shows other stacks", () => {
    const md = stackToMermaid("demo", {
      resource: {
        azurerm_machine_learning_workspace: { ws: { name: "mlw", storage_account_id: "${azurerm_storage_account.sa.id}", application_insights_id: "${data.terraform_remote_state.cross-stack-reference-input-platform-dev.outputs.law}" } },
        azurerm_storage_account: { sa: { name: "stdemo" } },
        azurerm_private_endpoint: { pe: { private_service_connection: { subresource_names: ["amlworkspace"], private_connection_resource_id: "${azurerm_machine_learning_workspace.ws.id}" } } },
        azapi_resource: {
          ep: { type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01", name: "ep", parent_id: "${azurerm_machine_learning_workspace.ws.id}" },
          blue: { type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2026-05-01", name: "blue", parent_id: "${azapi_resource.ep.id}" },
        },
        azapi_update_resource: { traffic: { resource_id: "${azapi_resource.ep.id}", body: { properties: { traffic: { blue: 100 } } } } },
      },
      data: { terraform_remote_state: { "cross-stack-reference-input-platform-dev": {} } },
    });
    expect(md).toContain("```mermaid\nflowchart LR");
    expect(md).toContain('subgraph workspace["Workspace"]');
    expect(md).toContain('subgraph network["Network"]');
    expect(md).toContain('("Private endpoint<br/>amlworkspace")');
    expect(md).toContain('(["Online deployment<br/>blue"])');
    expect(md).toMatch(/n\d+ -->\|100% traffic\| n\d+/);
    expect(md).toContain('stack_platform_dev[/"stack platform-dev"/]');
    expect(md).toMatch(/n\d+ --> stack_platform_dev/);
  });
});
