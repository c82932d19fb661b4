import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../../constructs/core/engine";
import { addStacksFromConfigFile } from "../../stacks/app";
import { stableJson } from "../../constructs/testing/stack-assertions";
import { FIXTURE_CONFIG } from "../helpers/fixtures";
import { validateAllAzapiBodies } from "../helpers/arm-schema";

/** Synthesizes the fixture config into a fresh folder, as `cdktf synth` does, and returns each stack's cdk.tf.json text. */
function synthApp(): { dir: string; stacks: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-synth-"));
  const app = new App({ outdir: dir, skipValidation: false });
  const { problems } = addStacksFromConfigFile(app, FIXTURE_CONFIG);
  if (problems.length) throw new Error(`the fixture config has problems: ${JSON.stringify(problems)}`);
  app.synth();
  const stacks: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(dir, "stacks")).sort()) {
    stacks[name] = fs.readFileSync(path.join(dir, "stacks", name, "cdk.tf.json"), "utf8");
  }
  return { dir, stacks };
}

describe("team stacks of the fixture config (test/fixtures/configs/two-teams.json)", () => {
  let first: ReturnType<typeof synthApp>;
  let second: ReturnType<typeof synthApp>;
  beforeAll(() => {
    first = synthApp();
    second = synthApp();
  });
  afterAll(() => {
    fs.rmSync(first.dir, { recursive: true, force: true });
    fs.rmSync(second.dir, { recursive: true, force: true });
  });

  test("synthesizes a platform stack per environment and a stack per team and environment", () => {
    expect(Object.keys(first.stacks)).toEqual(["platform-dev", "platform-prod", "team-a-dev", "team-a-prod", "team-b-dev", "team-b-prod"]);
    for (const name of ["team-a-dev", "team-a-prod", "team-b-dev", "team-b-prod"]) {
      const json = JSON.parse(first.stacks[name]);
      for (const type of ["azurerm_machine_learning_workspace", "azurerm_storage_account", "azurerm_key_vault", "azurerm_application_insights"]) {
        expect({ name, type, count: Object.keys(json.resource[type] ?? {}).length }).toEqual({ name, type, count: 1 });
      }
      expect(json.provider.azurerm).toHaveLength(1);
      expect(json.terraform.required_providers.azapi.source).toBe("Azure/azapi");
    }
  });

  test("two synths are byte-identical", () => {
    expect(second.stacks).toEqual(first.stacks);
  });

  test("the output holds no absolute path, user name or output folder; state paths are relative", () => {
    for (const [name, text] of Object.entries(first.stacks)) {
      for (const local of [process.cwd(), first.dir, os.homedir(), os.tmpdir()]) expect(text).not.toContain(local);
      expect(JSON.parse(text).terraform.backend.local.path).toBe(`../../../terraform.${name}.tfstate`);
    }
  });

  test("no secret-looking value is synthesized", () => {
    for (const text of Object.values(first.stacks)) expect(text).not.toMatch(/(primary_access_key|connection_string|client_secret|password|sig=|AccountKey=)/i);
  });

  test("every azapi body is valid against the ARM type definitions", () => {
    for (const text of Object.values(first.stacks)) expect(validateAllAzapiBodies(JSON.parse(text))).toEqual([]);
  });

  // What each stack creates, by address (an address that moves makes Terraform destroy and recreate).
  // The whole stacks are snapshot by your-config.test.ts, whose config (stacks/config/example.json) is
  // this one in the repository: one copy of them, not two.
  test.each(["platform-dev", "platform-prod", "team-a-dev", "team-a-prod", "team-b-dev", "team-b-prod"])("%s creates the resources of its committed address list", (name) => {
    const json = stableJson(first.stacks[name]);
    const addresses = (blocks: Record<string, Record<string, unknown>> = {}, prefix = "") => Object.entries(blocks).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${prefix}${type}.${n}`));
    expect([...addresses(json.resource as never), ...addresses(json.data as never, "data.")]).toMatchSnapshot();
  });
});

/**
 * The rules of the merged security list (checkov, trivy, Azure Policy) that do not depend on network
 * isolation or customer-managed keys, checked on the default stack's synthesized values.
 */
describe("a public team stack (team-a-dev) meets the security rules that do not depend on network isolation or CMK", () => {
  let json: any;
  let ws: any;
  let sa: any;
  let kv: any;
  let diags: any[];
  let wsKey: string;
  let kvKey: string;
  beforeAll(() => {
    json = JSON.parse(synthApp().stacks["team-a-dev"]);
    ws = one("azurerm_machine_learning_workspace");
    sa = one("azurerm_storage_account");
    kv = one("azurerm_key_vault");
    diags = Object.values(json.resource.azurerm_monitor_diagnostic_setting as Record<string, any>);
    wsKey = Object.keys(json.resource.azurerm_machine_learning_workspace)[0];
    kvKey = Object.keys(json.resource.azurerm_key_vault)[0];
  });
  const one = (type: string) => Object.values(json.resource[type] as Record<string, any>)[0];
  const diagFor = (ref: string) => diags.find((d) => d.target_resource_id === ref && d.enabled_log?.length > 0);

  test.each([
    ["AML-WS-03 workspace diagnostics", () => diagFor(`\${azurerm_machine_learning_workspace.${wsKey}.id}`) !== undefined],
    ["AML-WS-04 no high business impact on public storage", () => ws.high_business_impact === false],
    ["AML-WS-08 identity-based system datastores", () => Object.values(json.resource.azapi_update_resource as Record<string, any>).some((u) => u.body.properties.systemDatastoresAuthMode === "Identity")],
    ["AML-SA-02 no public nested items", () => sa.allow_nested_items_to_be_public === false],
    ["AML-SA-03 shared keys off", () => sa.shared_access_key_enabled === false],
    ["AML-SA-04 SAS expiry or no shared keys", () => sa.shared_access_key_enabled === false],
    ["AML-SA-05 TLS1_2 explicit", () => sa.min_tls_version === "TLS1_2"],
    ["AML-SA-06 HTTPS only", () => sa.https_traffic_only_enabled !== false],
    ["AML-SA-08 no IP rules", () => !sa.network_rules?.ip_rules?.length],
    ["AML-SA-09 AzureServices bypass on any network rule", () => !sa.network_rules || sa.network_rules.bypass.includes("AzureServices")],
    ["AML-SA-11 infrastructure encryption", () => sa.infrastructure_encryption_enabled === true],
    ["AML-SA-12 geo-redundant", () => ["GRS", "RAGRS", "GZRS", "RAGZRS"].includes(sa.account_replication_type)],
    ["AML-SA-13 blob soft delete", () => sa.blob_properties.delete_retention_policy.days > 0],
    ["AML-SA-14 queue logging", () => sa.queue_properties.logging.read && sa.queue_properties.logging.write && sa.queue_properties.logging.delete],
    ["AML-SA-15 local users off", () => sa.local_user_enabled === false],
    ["AML-SA-16 storage name", () => /^[a-z0-9]{3,24}$/.test(sa.name)],
    ["AML-KV-01 purge protection", () => kv.purge_protection_enabled === true],
    ["AML-KV-02 soft delete retention explicit", () => kv.soft_delete_retention_days >= 7 && kv.soft_delete_retention_days <= 90],
    ["AML-KV-03 firewall deny", () => kv.network_acls.default_action === "Deny"],
    ["AML-KV-06 RBAC", () => kv.rbac_authorization_enabled === true],
    ["AML-KV-07 Key Vault diagnostics", () => diagFor(`\${azurerm_key_vault.${kvKey}.id}`) !== undefined],
  ])("%s", (_rule, holds) => {
    expect(holds()).toBe(true);
  });
});
