import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Testing, TerraformStack } from "../../constructs/core/engine";
import { Duration } from "../../constructs/core/duration";
import { matchesProperties } from "../../constructs/testing/stack-assertions";
import { PROPS_REFERENCE, collectInterfaceDocs, renderPropsReference } from "../../docs/tools/props-reference";
import { DOCS_DIR, embedSnippets, pagesWithSnippets } from "../../docs/tools/snippets";
import { validateAllAzapiBodies } from "../helpers/arm-schema";

const stackFrom = (build: (s: TerraformStack) => unknown) => {
  const stack = new TerraformStack(Testing.app(), "snippet");
  build(stack);
  return JSON.parse(Testing.synth(stack, true));
};

describe("docs pages", () => {
  test.each(pagesWithSnippets())("%s embeds its snippets as they are (run npm run docs)", (page) => {
    const text = fs.readFileSync(path.join(DOCS_DIR, page), "utf8");
    expect(text).toBe(embedSnippets(text));
  });

  test.each(["workspace", "compute", "network", "schedules", "data", "endpoints", "rules"])("the %s snippet synthesizes, with valid azapi bodies", async (area) => {
    const { build } = (await import(`../../docs/snippets/${area}`)) as { build: (s: TerraformStack) => unknown };
    const json = stackFrom(build);
    expect(Object.keys(json.resource.azurerm_machine_learning_workspace)).toHaveLength(1);
    expect(validateAllAzapiBodies(json)).toEqual([]);
  });

  test("the stacks snippet builds team stacks from a config", async () => {
    const { buildApp } = await import("../../docs/snippets/stacks");
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-snippet-"));
    expect(buildApp(new App({ outdir }))).toEqual(["team-a-dev", "team-a-prod"]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});

describe("props reference", () => {
  const docs = collectInterfaceDocs();

  test("docs/reference/props.md is generated from the props interfaces (run npm run docs)", () => {
    expect(fs.readFileSync(PROPS_REFERENCE, "utf8")).toBe(renderPropsReference());
  });

  test("every optional prop documents its @default", () => {
    const missing = docs.flatMap((s) => s.props.filter((p) => p.optional && !p.default).map((p) => `${s.name}.${p.name}`));
    expect(missing).toEqual([]);
  });

  test("covers the main constructs and the config, each tied to its schema", () => {
    const byName = new Map(docs.map((d) => [d.name, d]));
    for (const n of ["WorkspaceProps", "ComputeClusterProps", "ComputeInstanceProps", "ScheduleProps", "OnlineEndpointProps", "AzureMlConfigInput"]) expect(byName.get(n)?.schema).toBeDefined();
  });

  test("every documented literal @default is the value the schema applies", () => {
    const checked: string[] = [];
    const wrong: string[] = [];
    type FieldSchema = { safeParse(v: unknown): { success: boolean; data?: unknown } };
    for (const d of docs.filter((x) => x.schema)) {
      const mod = require(path.join(__dirname, "..", "..", d.file)) as Record<string, { shape?: Record<string, FieldSchema> } & Record<string, FieldSchema>>;
      // A schema (its shape), or the shape itself (options given as `z.ZodObject<typeof xShape>`).
      const tied = mod[d.schema!.name];
      const shape: Record<string, FieldSchema> | undefined = tied?.shape ?? tied;
      if (!shape) continue;
      for (const p of d.props.filter((x) => x.optional && x.default !== undefined)) {
        const expected = literal(p.default!);
        if (expected === undefined || typeof shape[p.name]?.safeParse !== "function") continue;
        const applied = shape[p.name].safeParse(undefined);
        checked.push(`${d.name}.${p.name}`);
        const same =
          expected instanceof Duration
            ? applied.data instanceof Duration && applied.data.toSeconds() === expected.toSeconds()
            : // An object default names the fields that decide it ({ mode: "create" }); nested defaults fill the rest.
              matchesProperties(applied.data, expected);
        if (!applied.success || !same) wrong.push(`${d.name}.${p.name}: documented ${p.default}, applied ${applied.success ? JSON.stringify(applied.data) : "an error"}`);
      }
    }
    expect(wrong).toEqual([]);
    // 108 today: Duration defaults and options tied as a shape (WorkspaceStorageOptions) included.
    expect(checked.length).toBeGreaterThanOrEqual(108);
  });
});

/** A documented default as a value, when it is a literal (`false`, `"Dedicated"`, `{ type: "SystemAssigned" }`); undefined for prose (`- none`). */
function literal(text: string): unknown {
  const t = text.trim();
  if (t.startsWith("-")) return undefined;
  const duration = /^Duration\.(seconds|minutes|hours|days)\((\d+)\)$/.exec(t);
  if (duration) return Duration[duration[1] as "seconds" | "minutes" | "hours" | "days"](Number(duration[2]));
  try {
    return JSON.parse(t.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":'));
  } catch {
    return undefined;
  }
}
