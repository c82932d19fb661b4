/**
 * `npm run bench`: synthesis speed of the library against the raw provider classes, and of team
 * stacks at N = 1, 10, 100. Every measurement is a fresh process (load + build + synth), runs
 * alternate so both sides see the same machine (and which side goes first alternates: bench/pair.ts),
 * and the median of the repetitions is reported.
 * Prints a table with the budgets and writes bench/results/bench.json. It builds the package first
 * (`npm run build`) and measures the build, the code an installed copy runs.
 *
 *   npm run bench                 # 5 repetitions
 *   BENCH_REPS=9 npm run bench    # more
 *   npm run bench -- --strict     # exit 1 when a budget is missed
 *   npm run bench -- --consumer   # also pack, install into a cdktf-init-style app and time it there against raw
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { pair } from "./pair";
import { shapeDifferences, stackShape } from "./parity";

const ROOT = path.join(__dirname, "..");
const REPS = Number(process.env.BENCH_REPS ?? 5);
const strict = process.argv.includes("--strict");

interface Sample {
  wallMs: number;
  totalMs: number;
  cpuMs: number;
  maxRssMb: number;
  loadMs?: number;
  buildMs?: number;
  synthMs?: number;
  cdktfMs?: number;
  libraryMs?: number;
}

function run(args: string[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", path.join(ROOT, "tools", "register-ts.js"), path.join(__dirname, "child.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_AZUREML_BUILT: "1" } });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench child ${args.join(" ")} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split("\n").pop()!;
  return { wallMs, ...(JSON.parse(line) as Omit<Sample, "wallMs">) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summarize(samples: Sample[]) {
  const pick = (k: keyof Sample) => (samples[0][k] === undefined ? undefined : median(samples.map((s) => s[k] as number)));
  return { wallMs: pick("wallMs")!, cpuMs: pick("cpuMs")!, maxRssMb: pick("maxRssMb")!, loadMs: pick("loadMs"), buildMs: pick("buildMs"), synthMs: pick("synthMs"), cdktfMs: pick("cdktfMs"), libraryMs: pick("libraryMs") };
}

// The package as users load it: built from the sources as they are now.
const buildStarted = performance.now();
const buildRun = spawnSync(process.execPath, [path.join(ROOT, "tools", "build.js")], { cwd: ROOT, encoding: "utf8" });
if (buildRun.status !== 0) throw new Error(`npm run build failed:\n${buildRun.stdout}${buildRun.stderr}`);
console.log(`built dist/ in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-bench-"));
const outOurs = path.join(tmp, "ours");
const outRaw = path.join(tmp, "raw");

// 1. Reference stack, ours against raw, alternating.
const ours: Sample[] = [];
const raw: Sample[] = [];
run(["ours", outOurs]); // warm the file system cache once
for (let i = 0; i < REPS; i++) {
  pair(
    i,
    () => ours.push(run(["ours", outOurs])),
    () => raw.push(run(["raw", outRaw])),
  );
}
const referenceDifferences = shapeDifferences(stackShape(path.join(outOurs, "stacks", "reference", "cdk.tf.json")), stackShape(path.join(outRaw, "stacks", "reference", "cdk.tf.json")));
const parity = referenceDifferences.length === 0;

// 2. Library import cost over cdktf alone.
const importCdktf: Sample[] = [];
const importLibrary: Sample[] = [];
for (let i = 0; i < REPS; i++) {
  pair(
    i,
    () => importCdktf.push(run(["import-cdktf"])),
    () => importLibrary.push(run(["import-library"])),
  );
}

// 3. Team stacks at N = 1, 10, 100.
const teamRuns: Record<number, Sample[]> = { 1: [], 10: [], 100: [] };
for (let i = 0; i < Math.max(3, Math.ceil(REPS / 2)); i++) {
  for (const n of [1, 10, 100]) teamRuns[n].push(run(["teams", String(n), path.join(tmp, `teams-${n}`)]));
}
const stackCount = (n: number) => fs.readdirSync(path.join(tmp, `teams-${n}`, "stacks")).length;

// 4. Private team stacks at N = 1, 10, 100: ours against the same stacks written with the provider classes, alternating.
const NS = [1, 10, 100] as const;
const privateOurs: Record<number, Sample[]> = { 1: [], 10: [], 100: [] };
const privateRaw: Record<number, Sample[]> = { 1: [], 10: [], 100: [] };
for (let i = 0; i < REPS; i++) {
  for (const n of NS) {
    pair(
      i,
      () => privateOurs[n].push(run(["private-teams", String(n), path.join(tmp, `private-${n}`)])),
      () => privateRaw[n].push(run(["private-teams-raw", String(n), path.join(tmp, `private-raw-${n}`)])),
    );
  }
}
/** Every stack of ours against the raw stack of the same name, for N = 1, 10, 100. */
const privateDifferences = NS.flatMap((n) => {
  const [dirOurs, dirRaw] = [path.join(tmp, `private-${n}`, "stacks"), path.join(tmp, `private-raw-${n}`, "stacks")];
  const [stacksOurs, stacksRaw] = [fs.readdirSync(dirOurs).sort(), fs.readdirSync(dirRaw).sort()];
  if (JSON.stringify(stacksOurs) !== JSON.stringify(stacksRaw)) return [`N=${n}: stacks ${stacksOurs.join(",")} vs ${stacksRaw.join(",")}`];
  return stacksOurs.flatMap((st) => shapeDifferences(stackShape(path.join(dirOurs, st, "cdk.tf.json")), stackShape(path.join(dirRaw, st, "cdk.tf.json"))).map((d) => `N=${n} ${st}: ${d}`));
});
const privateParity = privateDifferences.length === 0;
const priv = Object.fromEntries(NS.map((n) => [n, { ours: summarize(privateOurs[n]), raw: summarize(privateRaw[n]) }])) as Record<number, { ours: ReturnType<typeof summarize>; raw: ReturnType<typeof summarize> }>;
const privRatio = (n: number, k: "wallMs" | "cpuMs" | "maxRssMb") => priv[n].ours[k] / priv[n].raw[k];
const privPerStack10 = (priv[10].ours.wallMs - priv[1].ours.wallMs) / 9;
const privPerStack100 = (priv[100].ours.wallMs - priv[10].ours.wallMs) / 90;

const ref = { ours: summarize(ours), raw: summarize(raw) };
const imp = { cdktf: summarize(importCdktf), library: summarize(importLibrary) };
const teams = Object.fromEntries([1, 10, 100].map((n) => [n, { ...summarize(teamRuns[n]), stacks: stackCount(n) }])) as Record<number, ReturnType<typeof summarize> & { stacks: number }>;

const ratio = ref.ours.wallMs / ref.raw.wallMs;
const libraryOverCdktf = imp.library.wallMs - imp.cdktf.wallMs;
const perStack10 = (teams[10].wallMs - teams[1].wallMs) / 9;
const perStack100 = (teams[100].wallMs - teams[10].wallMs) / 90;
const consumerRows: string[][] = [];
const budgets = [
  { budget: "reference stack: ours ≤ 1.3 × raw (wall)", value: `${ratio.toFixed(2)} ×`, ok: ratio <= 1.3 },
  { budget: "reference: ours and raw write the same blocks and attributes", value: parity ? "yes" : "NO", ok: parity },
  { budget: "100 team stacks ≤ 4 s (wall)", value: `${(teams[100].wallMs / 1000).toFixed(2)} s`, ok: teams[100].wallMs <= 4000 },
  { budget: "100 team stacks ≤ 400 MB (peak RSS)", value: `${teams[100].maxRssMb.toFixed(0)} MB`, ok: teams[100].maxRssMb <= 400 },
  { budget: "linear: per-stack cost 10→100 ≤ 2 × 1→10", value: `${perStack100.toFixed(1)} vs ${perStack10.toFixed(1)} ms/stack`, ok: perStack100 <= 2 * Math.max(perStack10, 1) },
  { budget: "library import ≤ 0.2 s over cdktf alone", value: `${(libraryOverCdktf / 1000).toFixed(3)} s`, ok: libraryOverCdktf <= 200 },
  { budget: "private team stacks: ours and raw write the same blocks and attributes, stack by stack (N = 1, 10, 100)", value: privateParity ? "yes" : "NO", ok: privateParity },
  { budget: "private N=100: ours ≤ 1.3 × raw (wall)", value: `${privRatio(100, "wallMs").toFixed(2)} ×`, ok: privRatio(100, "wallMs") <= 1.3 },
  { budget: "private N=100: ours ≤ 1.3 × raw (CPU)", value: `${privRatio(100, "cpuMs").toFixed(2)} ×`, ok: privRatio(100, "cpuMs") <= 1.3 },
  { budget: "private N=100: peak memory ≤ 1.3 × raw", value: `${privRatio(100, "maxRssMb").toFixed(2)} ×`, ok: privRatio(100, "maxRssMb") <= 1.3 },
  { budget: "private: linear, per-stack cost 10→100 ≤ 1.5 × 1→10", value: `${privPerStack100.toFixed(1)} vs ${privPerStack10.toFixed(1)} ms/stack`, ok: privPerStack100 <= 1.5 * Math.max(privPerStack10, 1) },
];

if (process.argv.includes("--consumer")) {
  const { consumerBench } = require("./consumer") as typeof import("./consumer");
  const consumer = consumerBench(REPS);
  budgets.push(...consumer.budgets);
  consumerRows.push(...consumer.rows);
}

const ms = (x?: number) => (x === undefined ? "" : x.toFixed(0));
const rows = [
  ["case", "wall ms", "load ms", "build ms", "synth ms", "peak MB"],
  ["reference, ours", ms(ref.ours.wallMs), ms(ref.ours.loadMs), ms(ref.ours.buildMs), ms(ref.ours.synthMs), ms(ref.ours.maxRssMb)],
  ["reference, raw", ms(ref.raw.wallMs), ms(ref.raw.loadMs), ms(ref.raw.buildMs), ms(ref.raw.synthMs), ms(ref.raw.maxRssMb)],
  ["import cdktf", ms(imp.cdktf.wallMs), ms(imp.cdktf.cdktfMs), "", "", ms(imp.cdktf.maxRssMb)],
  ["import cdktf + library", ms(imp.library.wallMs), ms((imp.library.cdktfMs ?? 0) + (imp.library.libraryMs ?? 0)), "", "", ms(imp.library.maxRssMb)],
  ...[1, 10, 100].map((n) => [`public team stacks N=${n} (${teams[n].stacks} stacks)`, ms(teams[n].wallMs), ms(teams[n].loadMs), ms(teams[n].buildMs), ms(teams[n].synthMs), ms(teams[n].maxRssMb)]),
  ...NS.flatMap((n) => [
    [`private team stacks N=${n}, ours`, ms(priv[n].ours.wallMs), ms(priv[n].ours.loadMs), ms(priv[n].ours.buildMs), ms(priv[n].ours.synthMs), ms(priv[n].ours.maxRssMb)],
    [`private team stacks N=${n}, raw`, ms(priv[n].raw.wallMs), ms(priv[n].raw.loadMs), ms(priv[n].raw.buildMs), ms(priv[n].raw.synthMs), ms(priv[n].raw.maxRssMb)],
  ]),
  ...consumerRows,
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
process.stdout.write(`cdktf-azureml bench: median of ${REPS} runs, each a fresh process (node ${process.version}, ${os.cpus().length} cores)\n\n`);
process.stdout.write(`${rows.map(line).join("\n")}\n\n`);
process.stdout.write(`ratio ours / raw: wall ${ratio.toFixed(2)}, build+synth ${(((ref.ours.buildMs ?? 0) + (ref.ours.synthMs ?? 0)) / ((ref.raw.buildMs ?? 0) + (ref.raw.synthMs ?? 0))).toFixed(2)}, peak memory ${(ref.ours.maxRssMb / ref.raw.maxRssMb).toFixed(2)}\n\n`);
for (const n of NS) process.stdout.write(`private N=${n}: ours / raw wall ${privRatio(n, "wallMs").toFixed(2)}, CPU ${privRatio(n, "cpuMs").toFixed(2)} (${priv[n].ours.cpuMs.toFixed(0)} vs ${priv[n].raw.cpuMs.toFixed(0)} ms), peak memory ${privRatio(n, "maxRssMb").toFixed(2)}\n`);
process.stdout.write("\n");
for (const b of budgets) process.stdout.write(`${b.ok ? "ok  " : "MISS"}  ${b.budget}: ${b.value}\n`);
for (const d of [...referenceDifferences.map((x) => `reference: ${x}`), ...privateDifferences.slice(0, 20)]) process.stdout.write(`\nparity: ${d}`);
if (!parity || !privateParity) process.stdout.write("\n");

const resultsDir = path.join(__dirname, "results");
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(
  path.join(resultsDir, "bench.json"),
  `${JSON.stringify({ node: process.version, cores: os.cpus().length, reps: REPS, reference: ref, ratio, import: imp, libraryOverCdktfMs: libraryOverCdktf, teams, privateTeams: priv, budgets, parityDifferences: [...referenceDifferences, ...privateDifferences] }, null, 2)}\n`,
);
process.stdout.write(`\nwrote bench/results/bench.json\n`);
fs.rmSync(tmp, { recursive: true, force: true });
if (strict && budgets.some((b) => !b.ok)) process.exit(1);
