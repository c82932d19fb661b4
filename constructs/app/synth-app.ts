import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformResource, TerraformStack } from "../core/engine";
import { deferredRulePacks, hasSuppressions, mergeWarningSummaries, RULES_ON_OUTPUT, type AzureMlRulePack } from "../policy/rule-pack";

/** Options of `synthApp` and `runApp`. */
export interface SynthAppOptions {
  /**
   * Where the stacks and `manifest.json` go.
   * @default - `CDKTF_OUTDIR` (set by the cdktf CLI), else `cdktf.out`
   */
  readonly outdir?: string;
  /**
   * Where `runApp` prints what it wrote (stdout) and the problems (stderr).
   * @default - process.stdout and process.stderr
   */
  readonly print?: { readonly out: (line: string) => void; readonly err: (line: string) => void };
}

/** What `synthApp` wrote. */
export interface SynthAppResult {
  /** The output folder. */
  readonly outdir: string;
  /** Each stack written, in construct order: its name, file (relative to `outdir`) and how many resources it has (JSON or HCL). */
  readonly stacks: readonly { readonly name: string; readonly file: string; readonly resources?: number }[];
  /** Every warning annotation, as `[construct path] message` (rule-pack warnings one per rule). */
  readonly warnings: readonly string[];
}

/** Every problem that kept `synthApp` from writing, one line each (`[construct path] message` or a config problem). */
export class SynthError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`synthesis failed with ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n  ${problems.join("\n  ")}`);
    this.name = "SynthError";
  }
}

/**
 * Builds an app and synthesizes it **atomically**: either every stack and a `manifest.json` listing
 * exactly them are written, or nothing is and an earlier output stays as it was.
 *
 * The app is synthesized into a staging folder inside `outdir`; every stack is synthesized (running
 * its aspects and its validations, and the rule pack of `applyRulePack` on the JSON written) and
 * every problem of every stack is collected, including error annotations that the cdktf CLI would
 * otherwise only print after writing.
 * Only when there is none does the staging output replace `outdir/stacks` and `outdir/manifest.json`.
 * Annotations carry no stack traces (`stackTraces: false`), so the manifest holds no absolute path
 * and is byte-identical across runs and machines.
 *
 * `build` adds the stacks; it may return problems found while building (a config's, say), which
 * stop synthesis the same way.
 */
export function synthApp(build: (app: App) => readonly string[] | void, options: SynthAppOptions = {}): SynthAppResult {
  const outdir = path.resolve(options.outdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out");
  fs.mkdirSync(outdir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outdir, ".staging-"));
  try {
    // applyRulePack leaves the rule pack to us: it runs on each stack's JSON once written (checkWritten).
    const app = new App({ outdir: staging, stackTraces: false, context: { [RULES_ON_OUTPUT]: true } });
    const buildProblems = build(app) ?? [];
    if (buildProblems.length > 0) throw new SynthError(buildProblems);

    const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
    // A loop, not forEach: every token made while preparing captures the stack, two frames fewer each.
    for (const s of stacks) s.prepareStack();
    const problems: string[] = [];
    const session = { outdir: staging, skipValidation: false, manifest: app.manifest };
    for (const stack of stacks) {
      const packs = deferredRulePacks(stack);
      // A suppression changes the JSON (it is recorded there): such a stack is checked before it is written.
      const before = packs.length > 0 && hasSuppressions(stack);
      for (const pack of before ? packs : []) pack.checkBeforeSynthesis(stack, false);
      try {
        stack.synthesizer.synthesize(session);
      } catch (e) {
        // Every problem at once: the rule pack's too, though nothing was written to check.
        for (const pack of before ? [] : packs) pack.checkBeforeSynthesis(stack, false);
        problems.push(...rulePackProblems(stack, packs), ...problemLines(e));
        continue;
      }
      if (!before && packs.length > 0) checkWritten(stack, packs, staging, app);
      problems.push(...rulePackProblems(stack, packs));
      // The cdktf CLI asks cdktf to go on past error annotations (it prints them itself): refuse here.
      for (const a of app.manifest.forStack(stack).annotations) if (a.level === "@cdktf/error") problems.push(`[${a.constructPath}] ${a.message}`);
    }
    if (problems.length > 0) throw new SynthError(problems);
    // One line per rule-pack warning across the app, not one per stack (what `cdktf synth` prints).
    const manifests = stacks.map((s) => app.manifest.forStack(s));
    mergeWarningSummaries(manifests.map((m) => m.annotations)).forEach((merged, i) => manifests[i].annotations.splice(0, Infinity, ...merged));
    app.manifest.writeToFile();

    const written = stacks.map((s) => {
      const m = app.manifest.forStack(s);
      const file = m.synthesizedStackPath.split(path.sep).join("/");
      return { name: m.name, file, resources: resourceCount(s) };
    });
    const warnings = manifests.flatMap((m) => m.annotations.filter((a) => a.level === "@cdktf/warn").map((a) => `[${a.constructPath}] ${a.message}`));
    swapInto(staging, outdir);
    return { outdir, stacks: written, warnings };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * `synthApp` for an app's entry point: prints what it wrote, its warnings (on stderr), or every problem (on stderr) and sets a
 * non-zero exit code on failure, without a stack trace. Other errors (bugs) are thrown as they are.
 */
export function runApp(build: (app: App) => readonly string[] | void, options: SynthAppOptions = {}): SynthAppResult | undefined {
  const out = options.print?.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = options.print?.err ?? ((l: string) => process.stderr.write(`${l}\n`));
  try {
    const result = synthApp(build, options);
    const where = path.relative(process.cwd(), result.outdir) || ".";
    out(`Wrote ${result.stacks.length} stack${result.stacks.length === 1 ? "" : "s"} to ${where}:`);
    for (const s of result.stacks) out(`  ${s.name}: ${s.file}${s.resources === undefined ? "" : ` (${s.resources} resource${s.resources === 1 ? "" : "s"})`}`);
    // Run without the cdktf CLI, nothing else would show them.
    if (result.warnings.length) err(`${result.warnings.length} warning${result.warnings.length === 1 ? "" : "s"}:`);
    for (const w of result.warnings) err(`  ${w}`);
    return result;
  } catch (e) {
    if (!(e instanceof SynthError)) throw e;
    err(`${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}; nothing was written:`);
    for (const p of e.problems) err(`  ${p}`);
    process.exitCode = 1;
    return undefined;
  }
}

/**
 * Runs the rule packs on the JSON just written for `stack` and adds their warnings to its manifest
 * entry, where cdktf would have put them: after the annotations already on the same construct, in
 * construct order.
 */
function checkWritten(stack: TerraformStack, packs: readonly AzureMlRulePack[], staging: string, app: App): void {
  const manifest = app.manifest.forStack(stack);
  const json = JSON.parse(fs.readFileSync(path.join(staging, manifest.synthesizedStackPath), "utf8"));
  const added = packs.flatMap((pack) => pack.checkSynthesized(stack, json)).map((w) => ({ constructPath: w.constructPath, level: "@cdktf/warn", message: w.message }));
  if (added.length === 0) return;
  const order = new Map(stack.node.findAll().map((c, i) => [c.node.path, i]));
  const keyed = [...manifest.annotations.map((a, i) => ({ a, rank: order.get(a.constructPath) ?? -1, late: 0, i })), ...added.map((a, i) => ({ a, rank: order.get(a.constructPath) ?? -1, late: 1, i }))];
  keyed.sort((x, y) => x.rank - y.rank || x.late - y.late || x.i - y.i);
  manifest.annotations.splice(0, Infinity, ...(keyed.map((k) => k.a) as typeof manifest.annotations));
}

/** The rule packs' errors on `stack`, as its stack validation would have reported them. */
function rulePackProblems(stack: TerraformStack, packs: readonly AzureMlRulePack[]): string[] {
  return packs.flatMap((pack) => pack.errorsFor(stack)).map((line) => `[${stack.node.path}] ${line}`);
}

/** cdktf's validation errors list one `[path] message` per line after a heading: keep those lines. */
function problemLines(e: unknown): string[] {
  if (e instanceof SynthError) return [...e.problems];
  const message = e instanceof Error ? e.message : String(e);
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("["));
  return lines.length > 0 ? lines : [message.split("\n")[0]];
}

/** The resources a stack wrote (its `resource` block), counted in memory rather than by reading the file back. */
function resourceCount(stack: TerraformStack): number {
  return stack.node.findAll().filter((c) => TerraformResource.isTerraformResource(c) && TerraformStack.of(c) === stack).length;
}

/** Replaces `outdir/stacks` and `outdir/manifest.json` by the staged ones (renames within one folder). */
function swapInto(staging: string, outdir: string): void {
  const stacks = path.join(outdir, "stacks");
  const previous = path.join(staging, "previous-stacks");
  if (fs.existsSync(stacks)) fs.renameSync(stacks, previous);
  fs.renameSync(path.join(staging, "stacks"), stacks);
  fs.renameSync(path.join(staging, "manifest.json"), path.join(outdir, "manifest.json"));
}
