import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack } from "../../constructs/core/engine";
import { Annotations, Aspects } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/app/providers";
import { runApp, synthApp, SynthError } from "../../constructs/app/synth-app";
import { applyRulePack, suppressRule, type AzureMlRulePack } from "../../constructs/policy/rule-pack";
import { Workspace } from "../../constructs/workspace/workspace";
import { ComputeCluster } from "../../constructs/compute/compute-cluster";

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-synth-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A stack with a public workspace (rule-pack warnings) and, when asked, a cluster that keeps a node (a rule-pack error). */
function mlStack(app: App, id: string, options: { minNodes?: number } = {}): TerraformStack {
  const stack = new TerraformStack(app, id);
  addAzureProviders(stack);
  applyRulePack(stack);
  const ws = new Workspace(stack, "Workspace", { name: `mlw-${id}`, resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true });
  new ComputeCluster(stack, "Cluster", { workspace: ws, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2, minNodes: options.minNodes ?? 0 });
  return stack;
}

const read = (dir: string) =>
  Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f.split(path.sep).join("/"), fs.readFileSync(path.join(dir, f), "utf8")]),
  );

describe("synthApp", () => {
  test("writes every stack and a manifest listing exactly them, and reports what it wrote", () => {
    const outdir = tmp();
    const result = synthApp((app) => void ["a", "b"].forEach((id) => mlStack(app, id)), { outdir });
    expect(result.stacks.map((s) => [s.name, s.file])).toEqual([
      ["a", "stacks/a/cdk.tf.json"],
      ["b", "stacks/b/cdk.tf.json"],
    ]);
    expect(result.stacks[0].resources).toBeGreaterThan(5);
    expect(Object.keys(read(outdir))).toEqual(["manifest.json", "stacks/a/cdk.tf.json", "stacks/b/cdk.tf.json"]);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")).stacks)).toEqual(["a", "b"]);
  });

  test("the manifest is byte-identical across runs and folders, and holds no absolute path", () => {
    const [one, two] = [tmp(), tmp()];
    for (const outdir of [one, two]) synthApp((app) => void mlStack(app, "a"), { outdir });
    const manifest = fs.readFileSync(path.join(one, "manifest.json"), "utf8");
    expect(fs.readFileSync(path.join(two, "manifest.json"), "utf8")).toBe(manifest);
    expect(manifest).not.toContain(os.homedir());
    expect(manifest).not.toContain(process.cwd());
    expect(manifest).not.toMatch(/stacktrace/);
  });

  test("a rule-pack error in a later stack writes nothing, lists every stack's problems, and leaves the earlier output as it was", () => {
    const outdir = tmp();
    synthApp((app) => void mlStack(app, "a"), { outdir });
    const before = read(outdir);
    let error: unknown;
    try {
      synthApp(
        (app) => {
          mlStack(app, "a");
          mlStack(app, "b", { minNodes: 1 });
          mlStack(app, "c", { minNodes: 1 });
        },
        { outdir },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SynthError);
    const problems = (error as SynthError).problems;
    expect(problems.filter((p) => p.includes("[AML-CC-03] Cluster/Resource")).map((p) => p.slice(0, 4))).toEqual(["[b] ", "[c] "]);
    expect(read(outdir)).toEqual(before);
  });

  test("error annotations fail it even when the cdktf CLI asks cdktf to go on past them", () => {
    const outdir = tmp();
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
    try {
      expect(() =>
        synthApp(
          (app) => {
            const s = mlStack(app, "a");
            Annotations.of(s).addError("something is wrong");
          },
          { outdir },
        ),
      ).toThrow(/\[a\] something is wrong/);
    } finally {
      delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    }
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  test("rule-pack warnings are one line per rule across the app, with the count of resources and stacks", () => {
    const outdir = tmp();
    synthApp((app) => void ["a", "b", "c"].forEach((id) => mlStack(app, id)), { outdir });
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { annotations: { message: string }[] }> };
    const lines = Object.values(manifest.stacks).flatMap((s) => s.annotations.map((a) => a.message));
    const ws01 = lines.filter((l) => l.startsWith("[AML-WS-01]"));
    expect(ws01).toEqual(["[AML-WS-01] 3 resources in 3 stacks: The workspace accepts traffic from public networks. Fix: " + ws01[0].split(". Fix: ")[1]]);
    expect(ws01[0]).toMatch(/\(CDKTF_AZUREML_RULE_DETAILS=1 lists them\)$/);
    expect(manifest.stacks.b.annotations.some((a) => a.message.startsWith("[AML-WS-01]"))).toBe(false);
  });

  test("CDKTF_AZUREML_RULE_DETAILS=1 puts each warning on its resource, without repeating the path", () => {
    const outdir = tmp();
    process.env.CDKTF_AZUREML_RULE_DETAILS = "1";
    try {
      synthApp((app) => void mlStack(app, "a"), { outdir });
    } finally {
      delete process.env.CDKTF_AZUREML_RULE_DETAILS;
    }
    const annotations = (JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { annotations: { constructPath: string; message: string }[] }> }).stacks.a.annotations;
    const ws01 = annotations.find((a) => a.message.startsWith("[AML-WS-01]"))!;
    expect(ws01.constructPath).toBe("a/Workspace/Resource");
    expect(ws01.message).toMatch(/^\[AML-WS-01\] azurerm_machine_learning_workspace\.\w+: The workspace accepts traffic/);
    expect(ws01.message).not.toContain("a/Workspace");
  });
});

describe("synthApp runs the rule pack on the JSON it writes", () => {
  /** The same stack, once through `app.synth()` (the pack as an aspect) and once through `synthApp`. */
  function both(build: (app: App) => void): { aspect: Record<string, string>; synthApp: Record<string, string> } {
    const [viaAspect, viaSynthApp] = [tmp(), tmp()];
    const app = new App({ outdir: viaAspect, stackTraces: false });
    build(app);
    app.synth();
    synthApp(build, { outdir: viaSynthApp });
    return { aspect: read(viaAspect), synthApp: read(viaSynthApp) };
  }
  const annotations = (files: Record<string, string>) => (JSON.parse(files["manifest.json"]) as { stacks: Record<string, { annotations: unknown[] }> }).stacks.a.annotations;

  test("with the same stack JSON and the same warnings, in the same places, as the aspect", () => {
    const out = both((app) => {
      const s = mlStack(app, "a");
      Annotations.of(s).addWarning("a warning of the stack's own, before the pack's");
    });
    expect(out.synthApp["stacks/a/cdk.tf.json"]).toBe(out.aspect["stacks/a/cdk.tf.json"]);
    expect(annotations(out.synthApp)).toEqual(annotations(out.aspect));
    expect((annotations(out.synthApp) as { message: string }[]).map((a) => a.message.slice(0, 12))).toEqual(expect.arrayContaining(["a warning of", "[AML-WS-01] "]));
  });

  test("with CDKTF_AZUREML_RULE_DETAILS=1, each warning on its resource, in construct order among the others", () => {
    process.env.CDKTF_AZUREML_RULE_DETAILS = "1";
    let out: ReturnType<typeof both>;
    try {
      out = both((app) => {
        const s = mlStack(app, "a");
        Annotations.of(s.node.findChild("Cluster")).addWarning("a warning of the cluster's own");
        Annotations.of(s.node.findChild("Workspace")).addWarning("a warning of the workspace's own");
      });
    } finally {
      delete process.env.CDKTF_AZUREML_RULE_DETAILS;
    }
    const viaSynthApp = annotations(out.synthApp) as { constructPath: string; message: string }[];
    expect(viaSynthApp).toEqual(annotations(out.aspect));
    // The pack's warnings sit on resources between the constructs' own, not after them all.
    const paths = viaSynthApp.map((a) => a.constructPath);
    expect(paths.indexOf("a/Workspace")).toBeLessThan(paths.indexOf("a/Workspace/Resource"));
    expect(paths.indexOf("a/Workspace/Resource")).toBeLessThan(paths.indexOf("a/Cluster"));
  });

  test("a suppression still reaches the JSON (that stack is checked before it is written)", () => {
    const out = both((app) => {
      const s = mlStack(app, "a");
      suppressRule(s.node.findChild("Workspace"), "AML-WS-01", "a public sandbox, on purpose");
    });
    expect(out.synthApp["stacks/a/cdk.tf.json"]).toBe(out.aspect["stacks/a/cdk.tf.json"]);
    expect(out.synthApp["stacks/a/cdk.tf.json"]).toContain('"reason": "a public sandbox, on purpose"');
    expect(annotations(out.synthApp)).toEqual(annotations(out.aspect));
  });

  test("the pack applyRulePack returned has the stack's report, and its errors are the problems", () => {
    let pack: AzureMlRulePack | undefined;
    let stack: TerraformStack | undefined;
    const outdir = tmp();
    expect(() =>
      synthApp(
        (app) => {
          stack = new TerraformStack(app, "a");
          addAzureProviders(stack);
          pack = applyRulePack(stack);
          const ws = new Workspace(stack, "Workspace", { name: "mlw-a", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true });
          new ComputeCluster(stack, "Cluster", { workspace: ws, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2, minNodes: 1 });
        },
        { outdir },
      ),
    ).toThrow(SynthError);
    // Not an aspect: synthApp ran it on the written JSON.
    expect(Aspects.of(stack!).all).toEqual([]);
    const report = pack!.reportFor(stack!)!;
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual(["AML-CC-03"]);
    expect(pack!.errorsFor(stack!)).toEqual([expect.stringMatching(/^\[AML-CC-03\] Cluster\/Resource \(azurerm_machine_learning_compute_cluster\.\w+\): /)]);
  });

  test("a stack that fails synthesis for another reason still reports the pack's errors", () => {
    let error: unknown;
    try {
      synthApp((app) => {
        const s = mlStack(app, "a", { minNodes: 1 });
        s.node.addValidation({ validate: () => ["another problem"] });
      }, { outdir: tmp() });
    } catch (e) {
      error = e;
    }
    const problems = (error as SynthError).problems;
    expect(problems.some((p) => p.startsWith("[a] [AML-CC-03] Cluster/Resource"))).toBe(true);
    expect(problems).toContain("[a] another problem");
  });
});

describe("runApp", () => {
  test("prints what it wrote, or every problem and a non-zero exit code without throwing", () => {
    const outdir = tmp();
    const out: string[] = [];
    const err: string[] = [];
    const print = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    runApp((app) => void mlStack(app, "a"), { outdir, print });
    expect(out[0]).toMatch(/^Wrote 1 stack to /);
    expect(out[1]).toMatch(/^ {2}a: stacks\/a\/cdk\.tf\.json \(\d+ resources\)$/);
    // Warnings show without the cdktf CLI too: the public workspace's rule-pack warnings, one per rule.
    expect(err[0]).toMatch(/^\d+ warnings:$/);
    expect(err).toContainEqual(expect.stringMatching(/^ {2}\[a\] \[AML-WS-01\] 1 resource: The workspace accepts traffic from public networks/));
    err.length = 0;

    const exitCode = process.exitCode;
    try {
      expect(runApp(() => ["config.json: teams[0].name \"A\" must be lowercase"], { outdir, print })).toBeUndefined();
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = exitCode;
    }
    expect(err).toEqual(["1 problem; nothing was written:", '  config.json: teams[0].name "A" must be lowercase']);
  });
});
