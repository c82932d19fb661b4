import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { doctor } from "../../cli/cdktf-azureml";

/** A folder laid out like an app's node_modules with the given package versions. */
function appWith(versions: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-doctor-"));
  for (const [name, version] of Object.entries(versions)) {
    fs.mkdirSync(path.join(dir, "node_modules", name), { recursive: true });
    fs.writeFileSync(path.join(dir, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  return dir;
}

const GOOD = { typescript: "5.9.3", cdktf: "0.21.0", constructs: "10.4.2", "@cdktf/provider-azurerm": "14.23.1" };

describe("npx cdktf-azureml doctor", () => {
  test("a supported app passes every check", () => {
    const checks = doctor(appWith(GOOD), "22.11.0");
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.map((c) => c.line)).toContain("TypeScript 5.9.3: supported");
  });

  test("TypeScript 7 (what a fresh cdktf init installs) is one line that says how to fix it", () => {
    const ts = doctor(appWith({ ...GOOD, typescript: "7.0.1" }), "20.19.0").find((c) => c.line.startsWith("TypeScript"));
    expect(ts).toEqual({ ok: false, line: "TypeScript 7.0.1: ts-node 10 and ts-jest cannot run it (a fresh cdktf init installs it); npm install -D typescript@~5.9" });
  });

  test("Node 18 is refused and Node 24 is flagged for the cdktf CLI", () => {
    expect(doctor(appWith(GOOD), "18.20.0")[0]).toEqual({ ok: false, line: "Node.js 18.20.0: not supported; use Node.js 20 or 22" });
    expect(doctor(appWith(GOOD), "24.1.0")[0].line).toMatch(/^Node.js 24.1.0: untested; the cdktf 0.21 CLI crashes on Node 24/);
  });

  test("the peer ranges are the package's own", () => {
    const peers = (require("../../package.json") as { peerDependencies: Record<string, string> }).peerDependencies;
    expect(peers).toEqual({ "@cdktf/provider-azurerm": "^14.23.1", cdktf: "^0.21.0", constructs: "^10.3.0" });
    expect(doctor(appWith({ ...GOOD, constructs: "10.2.9" }), "20.19.0").find((c) => c.line.startsWith("constructs"))?.ok).toBe(false);
  });

  test("peer packages outside the supported ranges, or missing, are named with the install line", () => {
    const lines = doctor(appWith({ typescript: "5.9.3", cdktf: "0.20.1", constructs: "10.4.2" }), "20.19.0").filter((c) => !c.ok).map((c) => c.line);
    expect(lines).toEqual(["@cdktf/provider-azurerm not installed: this package needs ^14.23.1; npm install @cdktf/provider-azurerm@^14.23.1", "cdktf 0.20.1: this package needs ^0.21.0; npm install cdktf@^0.21.0"]);
  });
});
