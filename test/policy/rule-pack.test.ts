import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Testing, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/app/providers";
import { ValidationError } from "../../constructs/core/validation";
import { applyRulePack, evaluateRulePack, suppressRule } from "../../constructs/policy/rule-pack";
import { renderRulesMarkdown } from "../../constructs/policy/rules-doc";
import { RULES_MD } from "../../constructs/policy/write-rules-md";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { addStacksFromConfigFile } from "../../stacks/app";
import { FIXTURE_CONFIG } from "../helpers/fixtures";
import { EXAMPLES } from "../../examples";

const SUBNET = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s";
const base: WorkspaceProps = { name: "mlw", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: false, privateEndpoints: { subnetId: SUBNET } };

function guarded(props: Partial<WorkspaceProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "policy");
  addAzureProviders(stack);
  const pack = applyRulePack(stack);
  const ws = new Workspace(stack, "ws", { ...base, ...props } as WorkspaceProps);
  return { stack, ws, pack };
}

describe("the rule pack on our constructs", () => {
  test("a private workspace has no finding at all; a public sandbox has warnings only", () => {
    const priv = guarded();
    expect(evaluateRulePack(priv.stack).findings).toEqual([]);
    const pub = guarded({ publicNetworkAccessEnabled: true, privateEndpoints: undefined });
    const findings = evaluateRulePack(pub.stack).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["AML-WS-01", "AML-SA-01", "AML-KV-04"]));
  });

  test("turning public blob access on fails synthesis with the rule id and the resource", () => {
    const { stack, ws } = guarded();
    ws.storageAccount!.allowNestedItemsToBePublic = true;
    expect(() => Testing.synth(stack, true)).toThrow(/\[policy\] \[AML-SA-02\] ws\/Storage\/Resource \(azurerm_storage_account\.ws_Storage_[A-F0-9]+\): The storage account allows public \(anonymous\) blob access\. Fix: /);
  });

  test("enabling compute local auth fails synthesis with the rule id and the resource", () => {
    const { stack, ws } = guarded();
    const cluster = ws.addComputeCluster("cpu", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 2, subnetId: SUBNET });
    cluster.resource.localAuthEnabled = true;
    expect(() => Testing.synth(stack, true)).toThrow(/\[policy\] \[AML-CC-01\] ws\/cpu\/Resource \(azurerm_machine_learning_compute_cluster\.[^)]+\): The compute cluster allows local authentication/);
  });

  test("errors are annotations on the resource; warnings one line per rule on the stack, with a count", () => {
    const { stack, ws } = guarded({ publicNetworkAccessEnabled: true, privateEndpoints: undefined });
    ws.storageAccount!.minTlsVersion = "TLS1_0";
    expect(() => Testing.synth(stack, true)).toThrow(/AML-SA-05/);
    const meta = ws.storageAccount!.node.metadata.filter((m) => m.type.startsWith("@cdktf/")).map((m) => [m.type, String(m.data)]);
    expect(meta).toEqual([["@cdktf/error", expect.stringMatching(/^\[AML-SA-05\] azurerm_storage_account\.\w+: .*Fix: /)]]);
    const onStack = stack.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(onStack).toContain(`[AML-SA-01] 1 resource: The storage account accepts traffic from public networks. Fix: ${onStack.find((l) => l.startsWith("[AML-SA-01]"))!.split(". Fix: ")[1]}`);
  });

  test("a suppression needs a known rule and a reason; it silences the rule below the construct and is recorded in the output", () => {
    const { ws } = guarded();
    expect(() => suppressRule(ws, "AML-SA-02", "too short")).toThrow(ValidationError);
    expect(() => suppressRule(ws, "AML-XX-99", "a long enough reason")).toThrow(/ruleId "AML-XX-99" must be the id of a rule of the pack/);

    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-rules-"));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "suppressed");
    addAzureProviders(stack);
    applyRulePack(stack);
    const w = new Workspace(stack, "ws", { ...base, storageAccount: { mode: "create", replicationType: "ZRS" } });
    suppressRule(w, "AML-SA-12", "Zone-redundant storage is enough for this data: it is rebuilt from the lake.");
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "suppressed", "cdk.tf.json"), "utf8"));
    const sa = Object.values(json.resource.azurerm_storage_account as Record<string, any>)[0];
    expect(sa["//"].suppressions).toEqual([{ rule: "AML-SA-12", reason: "Zone-redundant storage is enough for this data: it is rebuilt from the lake." }]);
    const report = evaluateRulePack(stack);
    expect(report.findings.filter((f) => f.ruleId === "AML-SA-12")).toEqual([]);
    expect(report.suppressed.map((f) => [f.ruleId, f.suppressedBecause])).toEqual([["AML-SA-12", "Zone-redundant storage is enough for this data: it is rebuilt from the lake."]]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test("tier B rules run only when asked", () => {
    const { stack } = guarded();
    expect(evaluateRulePack(stack).findings.some((f) => f.ruleId === "AML-WS-05")).toBe(false);
    expect(evaluateRulePack(stack, { includeTierB: true }).findings.some((f) => f.ruleId === "AML-WS-05")).toBe(true);
    expect(evaluateRulePack(stack, { includeTierB: true, disabledRules: ["AML-WS-05"] }).findings.some((f) => f.ruleId === "AML-WS-05")).toBe(false);
  });
});

describe("rule pack options", () => {
  test("disabledRules must name rules of the pack", () => {
    const stack = new TerraformStack(Testing.app(), "opts");
    expect(() => applyRulePack(stack, { disabledRules: ["AML-SA-03", "AML-SA-99"] })).toThrow('opts: disabledRules[1] "AML-SA-99" must be the id of a rule of the pack (see RULES.md) [UNKNOWN_RULE]');
    expect(() => applyRulePack(stack, { disabledRules: ["AML-SA-03"] })).not.toThrow();
  });
});

describe("every stack we ship passes the pack", () => {
  test.each(EXAMPLES.map((e) => [e.name, e] as const))("example %s: no error finding; suppressions carry reasons", (_n, example) => {
    const stack = example.build(Testing.app());
    const report = evaluateRulePack(stack);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const s of report.suppressed) expect(s.suppressedBecause!.length).toBeGreaterThanOrEqual(10);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("the root app's team and platform stacks", () => {
    const app = Testing.app();
    expect(addStacksFromConfigFile(app, FIXTURE_CONFIG).problems).toEqual([]);
    const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);
    expect(stacks.length).toBe(6);
    for (const stack of stacks) expect([stack.node.id, evaluateRulePack(stack).findings.filter((f) => f.severity === "error")]).toEqual([stack.node.id, []]);
  });

  test("the private example waives exactly the two registry rules, with reasons", () => {
    const stack = EXAMPLES.find((e) => e.name === "private-network")!.build(Testing.app());
    const report = evaluateRulePack(stack);
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((s) => s.ruleId).sort()).toEqual(["AML-ACR-06", "AML-ACR-08"]);
  });
});

test("RULES.md is generated from the rules (run npm run rules:doc)", () => {
  expect(fs.readFileSync(RULES_MD, "utf8")).toBe(renderRulesMarkdown());
});
