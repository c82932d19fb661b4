// docs/api (the API reference, TypeDoc) is generated from the entry points: regenerated into a
// scratch folder, it must equal the committed one (npm run docs after a change of the public API).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const COMMITTED = path.join(ROOT, "docs", "api");

/** Every file under `dir`, relative, with its text. */
function tree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, tree(full, base));
    else out[path.relative(base, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
  }
  return out;
}

test("docs/api is generated from the public API (run npm run docs after changing it)", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-typedoc-"));
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typedoc", "bin", "typedoc"), "--out", scratch, "--logLevel", "Error"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    const generated = tree(scratch);
    const committed = tree(COMMITTED);
    expect(Object.keys(committed)).toEqual(Object.keys(generated));
    const stale = Object.keys(generated).filter((f) => generated[f] !== committed[f]);
    expect(stale).toEqual([]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
