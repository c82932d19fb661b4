import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Testing, TerraformStack } from "../../constructs/core/engine";
import { PROPS_REFERENCE, collectSchemaDocs, renderPropsReference } from "../../docs/tools/props-reference";
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
  test("docs/reference/props.md is generated from the schemas (run npm run docs)", () => {
    expect(fs.readFileSync(PROPS_REFERENCE, "utf8")).toBe(renderPropsReference());
  });

  test("every optional prop documents its @default", () => {
    const missing = collectSchemaDocs().flatMap((s) => s.props.filter((p) => p.optional && !p.default).map((p) => `${s.schema}.${p.name}`));
    expect(missing).toEqual([]);
  });

  test("covers the main constructs", () => {
    const names = collectSchemaDocs().map((s) => s.schema);
    for (const n of ["WorkspacePropsSchema", "ComputeClusterPropsSchema", "ComputeInstancePropsSchema", "SchedulePropsSchema", "AzureMlConfigSchema"]) expect(names).toContain(n);
  });
});
