import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith(".ts") ? [rel] : [];
  });
}

const files = ["constructs", "stacks", "examples", "test", "bench"].flatMap(tsFiles);
const library = files.filter((f) => f.startsWith("constructs") || f.startsWith("stacks"));
const SEAM = path.join("constructs", "core", "engine.ts");

describe("architecture", () => {
  test("in the library, only the engine seam imports cdktf and provider classes (examples are users' apps and import them directly)", () => {
    const offenders = library.filter((f) => f !== SEAM && /from\s+["'](cdktf|@cdktf\/provider-azurerm[^"']*)["']/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  test("nothing imports the provider package root", () => {
    const offenders = files.filter((f) => /(from\s+|require\(\s*|import\(\s*)["']@cdktf\/provider-azurerm["']/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  test("the seam imports provider classes by deep path", () => {
    const seam = fs.readFileSync(path.join(root, SEAM), "utf8");
    const providerImports = [...seam.matchAll(/from "(@cdktf\/provider-azurerm[^"]*)"/g)].map((m) => m[1]);
    expect(providerImports.length).toBeGreaterThan(0);
    for (const p of providerImports) expect(p).toMatch(/^@cdktf\/provider-azurerm\/lib\/[a-z0-9-]+$/);
  });

  test("constructs/index.ts only re-exports, by name (no export *)", () => {
    const lines = fs.readFileSync(path.join(root, "constructs", "index.ts"), "utf8").split("\n").filter((l) => l.trim() && !l.trim().startsWith("//"));
    for (const l of lines) expect(l).toMatch(/^(export (\{[^}]*\}|type \{[^}]*\}) from "\.\/[a-z0-9/-]+"|import "\.\/core\/runtime-check");$/);
  });
});
