import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith(".ts") ? [rel] : [];
  });
}

/** Relative imports of a file (static, type-only, `import()` and `require()`), as project paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return specs.map((s) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), s));
    return [`${base}.ts`, `${base}/index.ts`].find((c) => fs.existsSync(path.join(root, c))) ?? base;
  });
}

/** Every cycle's files, found by a depth-first walk (each cycle reported once, from its first file). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (f: string) => {
    stack.push(f);
    onStack.add(f);
    for (const t of graph.get(f) ?? []) {
      if (onStack.has(t)) found.push(stack.slice(stack.indexOf(t)));
      else if (!done.has(t) && graph.has(t)) visit(t);
    }
    stack.pop();
    onStack.delete(f);
    done.add(f);
  };
  for (const f of graph.keys()) if (!done.has(f)) visit(f);
  return found;
}

describe("the import graph", () => {
  const files = [...tsFiles("constructs"), ...tsFiles("stacks")];

  test("has no cycle in constructs/ and stacks/ (type-only imports included)", () => {
    expect(cycles(new Map(files.map((f) => [f, importsOf(f)])))).toEqual([]);
  });

  test("the library never imports the team stacks or the CLI", () => {
    const offenders = files.filter((f) => f.startsWith("constructs/")).flatMap((f) => importsOf(f).filter((t) => t.startsWith("stacks/") || t.startsWith("cli/")).map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });

  test("feature areas reach a workspace only through workspace-reference.ts (never workspace.ts, its props or checks)", () => {
    const areas = ["compute", "data", "assets", "endpoints", "pipelines", "connections", "network", "access", "policy", "app", "testing", "diagram", "azapi", "core"];
    const offenders = files
      .filter((f) => areas.some((a) => f.startsWith(`constructs/${a}/`)))
      .flatMap((f) => importsOf(f).filter((t) => t.startsWith("constructs/workspace/") && t !== "constructs/workspace/workspace-reference.ts").map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });

  test("core imports nothing else of the project", () => {
    const offenders = files.filter((f) => f.startsWith("constructs/core/")).flatMap((f) => importsOf(f).filter((t) => !t.startsWith("constructs/core/")).map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });

  test("the cycle finder reports a cycle, and nothing for a graph without one", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
  });
});
