import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

/** Loads the package's entry point in a Node that reports `version`. */
function load(version: string, env: Record<string, string> = {}) {
  const script = `Object.defineProperty(process.versions, "node", { value: ${JSON.stringify(version)} }); require("./tools/register-ts.js"); require("./constructs/core/runtime-check.ts"); console.log("loaded");`;
  return spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
}

describe("the package on an unsupported Node", () => {
  test("Node 18 stops with one line and a non-zero exit, no stack trace", () => {
    const r = load("18.19.0");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("cdktf-azureml: Node.js 18.19.0 is not supported; use Node.js 20 or 22.\n");
  });

  test("Node 24 loads with one warning about the cdktf CLI, which an environment variable silences", () => {
    const r = load("24.1.0");
    expect([r.status, r.stdout]).toEqual([0, "loaded\n"]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("the cdktf 0.21 CLI crashes on Node 24");
    expect(load("24.1.0", { CDKTF_AZUREML_NO_NODE_WARNING: "1" }).stderr).toBe("");
  });

  test("Node 20 and 22 load silently", () => {
    for (const v of ["20.19.0", "22.11.0"]) expect([v, load(v).stderr]).toEqual([v, ""]);
  });
});
