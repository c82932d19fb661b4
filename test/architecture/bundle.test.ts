// The built package (tools/build.js: one bundle shared by the entry points, zod inside) against the
// sources the rest of the tests run: the same names, one copy of each class, the same Terraform and
// the same problems for bad input. Built into a scratch folder under node_modules (so the bundle
// finds the peer packages there), not into dist/.
import * as fs from "node:fs";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { stableSnapshot } from "../../constructs/testing";

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "node_modules", ".cache", `cdktf-azureml-bundle-test-${process.pid}`);
const { buildCode, SHARED } = require("../../tools/build.js") as { buildCode(outDir: string): Promise<void>; SHARED: string[] };

type Lib = typeof import("../../constructs/index");
type Stacks = typeof import("../../stacks/index");
const built = (entry: string) => require(path.join(OUT, `${entry}.js`));
const sources = (entry: string) => require(path.join(ROOT, `${entry}.ts`));

beforeAll(() => buildCode(OUT), 60_000);
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

/** A stack with a workspace and a cluster, through one copy of the library. */
function workspaceStack(lib: Lib): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "ws");
  lib.addAzureProviders(stack);
  const workspace = new lib.Workspace(stack, "Workspace", { name: "mlw-bundle", resourceGroupName: "rg-bundle", location: "westeurope", publicNetworkAccessEnabled: true });
  new lib.ComputeCluster(stack, "Cluster", { workspace, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2, scaleDownAfterIdle: "PT5M" });
  return stack;
}

/** The problems a construct refuses its props with, through one copy of the library. */
function problemsOf(lib: Lib, props: Record<string, unknown>): unknown[] {
  const stack = new TerraformStack(Testing.app(), "bad");
  try {
    new lib.Workspace(stack, "Workspace", props as never);
  } catch (e) {
    return (e as { problems: unknown[] }).problems;
  }
  throw new Error("the props were accepted");
}

describe("the built package", () => {
  it("has each entry point export exactly the names its sources export", () => {
    for (const entry of SHARED) {
      const names = (m: object) => Object.keys(m).filter((k) => k !== "__esModule").sort();
      expect({ entry, names: names(built(entry)) }).toEqual({ entry, names: names(sources(entry)) });
    }
  });

  it("holds one copy of the code: a class is the same whichever entry point it comes from", () => {
    expect(built("stacks/index").addLocalBackend).toBe(built("constructs/index").addLocalBackend);
    expect(built("constructs/index").Workspace.name).toBe("Workspace");
  });

  it("writes the same Terraform as the sources", () => {
    expect(stableSnapshot(workspaceStack(built("constructs/index")))).toEqual(stableSnapshot(workspaceStack(sources("constructs/index"))));
  });

  it("writes the same team stacks as the sources from a config", () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, "test", "fixtures", "configs", "two-teams.json"), "utf8"));
    const synth = (stacks: Stacks) => {
      const app = Testing.app();
      const parsed = stacks.parseConfig(config, "two-teams.json");
      expect(parsed.problems).toEqual([]);
      expect(stacks.addTeamStacks(app, parsed.config!, "two-teams.json").problems).toEqual([]);
      return app.node.children.map((s) => ({ stack: s.node.id, json: stableSnapshot(s as TerraformStack) }));
    };
    const fromBuild = synth(built("stacks/index"));
    expect(fromBuild.length).toBeGreaterThan(2);
    expect(fromBuild).toEqual(synth(sources("stacks/index")));
  });

  it("refuses bad input with the same problems as the sources (zod runs inside the bundle)", () => {
    const bad = { name: "x", resourceGroupName: 7, location: "westeurope", friendlyName: "a".repeat(300), unknownProp: true };
    const fromBuild = problemsOf(built("constructs/index"), bad);
    expect(fromBuild).toEqual(problemsOf(sources("constructs/index"), bad));
    expect((fromBuild as { field: string; code: string }[]).map((p) => `${p.field} ${p.code}`)).toEqual([
      "name NAME_RULE",
      "resourceGroupName INVALID_TYPE",
      "publicNetworkAccessEnabled REQUIRED",
      "friendlyName OUT_OF_RANGE",
      "unknownProp UNKNOWN_PROPERTY",
    ]);
  });

  it("registers its jest matchers from cdktf-azureml/testing/jest", () => {
    built("constructs/testing/jest");
    expect(workspaceStack(built("constructs/index"))).toHaveResourceMatching("azurerm_machine_learning_compute_cluster", { scale_settings: { max_node_count: 2 } });
  });
});
