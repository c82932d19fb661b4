import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { shapeDifferences, stackShape } from "../../bench/parity";

// The bench compares times only when ours and the raw app write the same Terraform apart from names.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parity-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let files = 0;
function write(json: unknown): string {
  const file = path.join(dir, `${files++}.tf.json`);
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

const ours = {
  provider: { azurerm: [{ features: [{ key_vault: [{ purge_soft_delete_on_destroy: false }] }] }] },
  resource: {
    azurerm_storage_account: { Workspace_Storage_1: { "//": { metadata: { path: "a/b" } }, name: "st1", blob_properties: { cors_rule: [{ allowed_origins: ["https://ml.azure.com"] }] }, tags: {} } },
    azurerm_subnet: { A: { name: "a", address_prefixes: ["10.0.0.0/24"] }, B: { name: "b", address_prefixes: ["10.0.1.0/24"], default_outbound_access_enabled: false } },
  },
};

describe("bench parity: same blocks and attributes, names apart", () => {
  it("accepts the same attributes under other names, values and logical ids, and ignores metadata", () => {
    const raw = {
      provider: { azurerm: [{ features: [{ key_vault: [{ purge_soft_delete_on_destroy: true }] }] }] },
      resource: {
        azurerm_storage_account: { sa: { name: "other", blob_properties: { cors_rule: [{ allowed_origins: ["https://x"] }] }, tags: {} } },
        azurerm_subnet: { s2: { name: "y", address_prefixes: ["10.1.1.0/24"], default_outbound_access_enabled: true }, s1: { name: "x", address_prefixes: ["10.1.0.0/24"] } },
      },
    };
    expect(shapeDifferences(stackShape(write(ours)), stackShape(write(raw)))).toEqual([]);
  });

  it("names the attributes only one side writes, and blocks counted apart", () => {
    const raw = {
      provider: { azurerm: [{ features: [{}] }] },
      resource: {
        azurerm_storage_account: { sa: { name: "other", blob_properties: {}, tags: {} } },
        azurerm_subnet: { s1: { name: "x", address_prefixes: ["10.1.0.0/24"], default_outbound_access_enabled: false } },
      },
    };
    expect(shapeDifferences(stackShape(write(ours)), stackShape(write(raw)))).toEqual([
      "provider.azurerm: 1 vs 1 blocks; only ours sets features[].key_vault[].purge_soft_delete_on_destroy; only raw sets features[]{}",
      "resource.azurerm_storage_account: 1 vs 1 blocks; only ours sets blob_properties.cors_rule[].allowed_origins[]; only raw sets blob_properties{}",
      "resource.azurerm_subnet: 2 vs 1 blocks",
    ]);
  });

  it("tells which block lacks an attribute even when both sides write it somewhere", () => {
    const raw = { ...ours, resource: { ...ours.resource, azurerm_subnet: { s1: { name: "x", address_prefixes: ["1"], default_outbound_access_enabled: false }, s2: { name: "y", address_prefixes: ["2"], default_outbound_access_enabled: false } } } };
    expect(shapeDifferences(stackShape(write(ours)), stackShape(write(raw)))).toEqual(["resource.azurerm_subnet: 2 vs 2 blocks; the same attributes, but set in other blocks or with other list lengths"]);
  });

  it("counts the elements of lists, tells kinds of value apart, and compares outputs and the terraform block", () => {
    const base = { resource: { azurerm_monitor_diagnostic_setting: { d: { enabled_log: [{ category_group: "audit" }, { category_group: "allLogs" }], depends_on: ["a", "b"], retention: 7 } } } };
    const same = { resource: { azurerm_monitor_diagnostic_setting: { x: { enabled_log: [{ category_group: "x" }, { category_group: "y" }], depends_on: ["c", "d"], retention: 30 } } } };
    expect(shapeDifferences(stackShape(write(base)), stackShape(write(same)))).toEqual([]);
    const variants = [
      { resource: { azurerm_monitor_diagnostic_setting: { x: { enabled_log: [{ category_group: "x" }], depends_on: ["c", "d"], retention: 30 } } } },
      { resource: { azurerm_monitor_diagnostic_setting: { x: { enabled_log: [{ category_group: "x" }, { category_group: "y" }], depends_on: [], retention: 30 } } } },
      { resource: { azurerm_monitor_diagnostic_setting: { x: { enabled_log: [{ category_group: "x" }, { category_group: "y" }], depends_on: ["c", "d"], retention: "30" } } } },
    ];
    for (const v of variants) expect(shapeDifferences(stackShape(write(base)), stackShape(write(v)))).toHaveLength(1);
    // A Terraform expression is not a plain string: `"${a.b}"` in depends_on, or a zone name by reference against a literal.
    const interpolated = { resource: { azurerm_monitor_diagnostic_setting: { x: { enabled_log: [{ category_group: "x" }, { category_group: "y" }], depends_on: ["c", "${azurerm_private_endpoint.d}"], retention: 30 } } } };
    expect(shapeDifferences(stackShape(write(base)), stackShape(write(interpolated)))).toEqual([
      "resource.azurerm_monitor_diagnostic_setting: 1 vs 1 blocks; only raw writes depends_on[]=expression",
    ]);
    expect(shapeDifferences(stackShape(write(base)), stackShape(write(variants[2])))).toEqual(["resource.azurerm_monitor_diagnostic_setting: 1 vs 1 blocks; only ours writes retention=number; only raw writes retention=string"]);
    const withOutput = { ...base, output: { o1: { value: "x", sensitive: true } }, terraform: { required_providers: { azapi: { source: "Azure/azapi", version: "~> 2.12" } } } };
    const otherOutput = { ...base, output: { o1: { value: "x" } }, terraform: { required_providers: { azapi: { source: "Azure/azapi" } } } };
    expect(shapeDifferences(stackShape(write(withOutput)), stackShape(write(otherOutput)))).toEqual([
      "output: 1 vs 1 blocks; only ours sets sensitive",
      "terraform: 1 vs 1 blocks; only ours sets required_providers.azapi.version",
    ]);
  });
});
