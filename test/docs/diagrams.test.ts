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
    expect(md).toContain('subgraph network["Virtual network"]');
    expect(md).toContain('("Private endpoint<br/>amlworkspace")');
    expect(md).toContain('(["Online deployment<br/>blue"])');
    expect(md).toMatch(/n\d+ -->\|100% traffic\| n\d+/);
    expect(md).toContain('stack_platform_dev[/"stack platform-dev"/]');
    expect(md).toMatch(/n\d+ -->\|telemetry\| stack_platform_dev/);
  });
});

describe("diagrams people read", () => {
  test("edges say what a reference means, repeated things are one node with a count, DNS is its own group", () => {
    const md = stackToMermaid("demo", {
      resource: {
        azurerm_machine_learning_workspace: { ws: { name: "mlw", storage_account_id: "${azurerm_storage_account.sa.id}", key_vault_id: "${azurerm_key_vault.kv.id}" } },
        azurerm_storage_account: { sa: { name: "stdemo" } },
        azurerm_key_vault: { kv: { name: "kvdemo" } },
        azurerm_monitor_diagnostic_setting: Object.fromEntries(["a", "b", "c"].map((k) => [k, { name: "send-to-log-analytics", target_resource_id: "${azurerm_machine_learning_workspace.ws.id}" }])),
        azurerm_private_dns_zone: { z: { name: "privatelink.api.azureml.ms" } },
        azurerm_private_dns_zone_virtual_network_link: { link_x7p: { name: "link-aprpp5ea", private_dns_zone_name: "privatelink.api.azureml.ms" }, link_y: { name: "link-b", private_dns_zone_name: "privatelink.notebooks.azure.net" } },
      },
    });
    expect(md).toMatch(/n\d+ -->\|storage\| n\d+/);
    expect(md).toMatch(/n\d+ -->\|secrets\| n\d+/);
    expect(md).toMatch(/n\d+ -->\|diagnostics of\| n\d+/);
    expect(md.match(/Diagnostics<br\/>×3/g)).toHaveLength(1);
    expect(md).not.toContain("send-to-log-analytics");
    expect(md).toContain('subgraph dns["Private DNS"]');
    expect(md).toContain("DNS link<br/>×2");
    expect(md).not.toContain("link-aprpp5ea");
  });
});
