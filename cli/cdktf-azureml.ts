#!/usr/bin/env node
/**
 * The package's command: `npx cdktf-azureml doctor` checks, one line each, what most often keeps a
 * cdktf app with this package from running: the Node.js version, the TypeScript version ts-node
 * has to run, and the peer packages. Exit status 1 when something must change.
 */
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

function main(argv: string[]): number {
  const [command] = argv;
  if (command === "doctor") {
    const checks = doctor(process.cwd());
    for (const c of checks) process.stdout.write(`${c.ok ? "ok  " : "FIX "} ${c.line}\n`);
    return checks.every((c) => c.ok) ? 0 : 1;
  }
  process.stderr.write(`usage: ${path.basename(process.argv[1] ?? "cdktf-azureml")} doctor    check Node.js, TypeScript and the peer packages of the app in this folder\n`);
  return command === undefined || command === "--help" || command === "-h" ? 0 : 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
