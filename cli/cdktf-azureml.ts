#!/usr/bin/env node
/**
 * The package's command.
 * - `npx cdktf-azureml doctor` checks, one line each, what most often keeps a cdktf app with this
 *   package from running: the Node.js version, the TypeScript version ts-node has to run, and the
 *   peer packages. Exit status 1 when something must change.
 * - `npx cdktf-azureml adopt <export.json> --subscription <id> --resource-group <name> [--out DIR]
 *   [--stack NAME] [--details show.json]` writes a stack file that adopts the workspaces of an
 *   `az group export`, and adoption-report.md. Exit status 1, and nothing written, on a bad input.
 */
import * as fs from "node:fs";
import * as path from "node:path";

interface Check {
  readonly ok: boolean;
  readonly line: string;
}

const TESTED_NODE = [20, 22];
/** The peer dependencies of this package, as its package.json states them (caret ranges). */
const PEERS = (require(path.join(__dirname, "..", ...(path.basename(path.dirname(__dirname)) === "dist" ? [".."] : []), "package.json")) as { peerDependencies: Record<string, string> }).peerDependencies;

/** Whether `version` is in the caret range `^x.y.z` (for 0.y.z: the same minor). */
function satisfiesCaret(version: string, range: string): boolean {
  const [v, r] = [version, range.replace(/^\^/, "")].map((x) => x.split(".").map(Number));
  if (v[0] !== r[0]) return false;
  if (r[0] === 0) return v[1] === r[1] && v[2] >= r[2];
  return v[1] > r[1] || (v[1] === r[1] && v[2] >= r[2]);
}

function major(version: string): number {
  return Number(version.replace(/^[^\d]*/, "").split(".")[0]);
}

/** The version of a package as the app in `cwd` resolves it, if installed. */
function installed(name: string, cwd: string): string | undefined {
  try {
    return (require(require.resolve(`${name}/package.json`, { paths: [cwd] })) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export function doctor(cwd: string, nodeVersion = process.versions.node): Check[] {
  const checks: Check[] = [];
  const node = major(nodeVersion);
  if (TESTED_NODE.includes(node)) checks.push({ ok: true, line: `Node.js ${nodeVersion}: supported` });
  else if (node > TESTED_NODE[TESTED_NODE.length - 1]) checks.push({ ok: false, line: `Node.js ${nodeVersion}: untested; the cdktf 0.21 CLI crashes on Node 24 (its node-pty has no prebuilt binary): use Node 22, or run the app directly (npx ts-node main.ts)` });
  else checks.push({ ok: false, line: `Node.js ${nodeVersion}: not supported; use Node.js 20 or 22` });

  const ts = installed("typescript", cwd);
  if (!ts) checks.push({ ok: false, line: "TypeScript: not installed in this app; npm install -D typescript@~5.9" });
  else if (major(ts) >= 6) checks.push({ ok: false, line: `TypeScript ${ts}: ts-node 10 and ts-jest cannot run it (a fresh cdktf init installs it); npm install -D typescript@~5.9` });
  else checks.push({ ok: true, line: `TypeScript ${ts}: supported` });

  for (const [name, range] of Object.entries(PEERS)) {
    const v = installed(name, cwd);
    checks.push(v !== undefined && satisfiesCaret(v, range) ? { ok: true, line: `${name} ${v}: supported` } : { ok: false, line: `${name} ${v ?? "not installed"}: this package needs ${range}; npm install ${name}@${range}` });
  }
  return checks;
}

const USAGE = `usage:
  cdktf-azureml doctor
      check Node.js, TypeScript and the peer packages of the app in this folder
  cdktf-azureml adopt <export.json> --subscription <id> --resource-group <name> [--out DIR] [--stack NAME] [--details show.json]
      write a stack that adopts the Azure ML workspaces of "az group export --name <name>" (imports, no change)
      and adoption-report.md into DIR (default: this folder); --details: "az resource show --ids ..." output
`;

/** `--name value` options after the positional arguments; unknown options are an error. */
export function parseOptions(args: string[], known: readonly string[]): { positional: string[]; options: Record<string, string>; problems: string[] } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) problems.push(`unknown option --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith("--")) problems.push(`--${name} needs a value`);
    else options[name] = value;
  }
  return { positional, options, problems };
}

/** Runs `adopt`; returns the exit status and writes what it did (or the one error) to the streams. */
export function adoptCommand(args: string[], cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  const { positional, options, problems } = parseOptions(args, ["subscription", "resource-group", "out", "stack", "details"]);
  if (positional.length !== 1) problems.push("give one export file");
  for (const required of ["subscription", "resource-group"]) if (!options[required]) problems.push(`--${required} is required (an export does not hold it, and import ids need it)`);
  if (problems.length) {
    err(`cdktf-azureml adopt: ${problems.join("; ")}\n${USAGE}`);
    return 2;
  }
  // Loaded here: doctor must run even where the peers are missing.
  const { adopt, writeAdoption } = require("./adopt/adopt") as typeof import("./adopt/adopt");
  const { AdoptError } = require("./adopt/arm-export") as typeof import("./adopt/arm-export");
  const read = (file: string, what: string) => {
    try {
      return fs.readFileSync(path.resolve(cwd, file), "utf8");
    } catch (e) {
      throw new AdoptError(`cannot read the ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  try {
    const result = adopt({
      exportText: read(positional[0], "export"),
      exportFile: positional[0],
      detailsText: options.details === undefined ? undefined : read(options.details, "details file"),
      subscriptionId: options.subscription,
      resourceGroupName: options["resource-group"],
      stackName: options.stack,
    });
    const written = writeAdoption(path.resolve(cwd, options.out ?? "."), result.files);
    const p = result.plan;
    out(`adopted ${p.adoptions.length} resources (${p.leftOut.length} left out, ${p.kept.length} settings kept as found, ${p.findings.length} rule-pack findings suppressed "adopted as found")\n`);
    for (const w of written) out(`  wrote ${path.relative(cwd, w).startsWith("..") ? w : path.relative(cwd, w)}\n`);
    out(`next: read adoption-report.md, then npx cdktf plan ${p.stackName} (it must show the imports and no change to them)\n`);
    return 0;
  } catch (e) {
    if (e instanceof AdoptError) {
      err(`cdktf-azureml adopt: ${e.message}\nnothing was written\n`);
      return 1;
    }
    throw e;
  }
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === "doctor") {
    const checks = doctor(process.cwd());
    for (const c of checks) process.stdout.write(`${c.ok ? "ok  " : "FIX "} ${c.line}\n`);
    return checks.every((c) => c.ok) ? 0 : 1;
  }
  if (command === "adopt") return adoptCommand(rest, process.cwd(), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  process.stderr.write(USAGE);
  return command === undefined || command === "--help" || command === "-h" ? 0 : 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
