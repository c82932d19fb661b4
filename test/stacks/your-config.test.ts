/**
 * Your team config: the one the root app synthesizes (AZUREML_CONFIG, or stacks/config/example.json).
 * Nothing here names a team, an environment or a count: edit the config, run `npm run test:update`
 * once to accept the new stacks' snapshots, and `npm test` is green again. The project's own
 * expectations live in tests that read test/fixtures/configs/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack } from "../../constructs/core/engine";
import { evaluateRulePack } from "../../constructs/policy/rule-pack";
import { stableJson } from "../../constructs/testing/stack-assertions";
import { addStacksFromConfigFile } from "../../stacks/app";
import { DEFAULT_CONFIG } from "../../stacks/default-config";
import { validateAllAzapiBodies } from "../helpers/arm-schema";

const CONFIG = path.resolve(process.env.AZUREML_CONFIG ?? DEFAULT_CONFIG);

function synthesize(): { dir: string; app: App; stacks: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-yours-"));
  const app = new App({ outdir: dir, stackTraces: false });
  const { problems } = addStacksFromConfigFile(app, CONFIG);
  if (problems.length) throw new Error(`${CONFIG} has problems:\n${problems.map((p) => `${p.field} ${p.rule}`).join("\n")}`);
  app.synth();
  const stacks: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(dir, "stacks")).sort()) stacks[name] = fs.readFileSync(path.join(dir, "stacks", name, "cdk.tf.json"), "utf8");
  return { dir, app, stacks };
}

describe(`the team config ${path.relative(process.cwd(), CONFIG)}`, () => {
  let first: ReturnType<typeof synthesize>;
  let second: ReturnType<typeof synthesize>;
  beforeAll(() => {
    first = synthesize();
    second = synthesize();
  });
  afterAll(() => [first.dir, second.dir].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test("synthesizes byte-identically twice, with no absolute path in the output", () => {
    expect(second.stacks).toEqual(first.stacks);
    for (const text of Object.values(first.stacks)) for (const local of [process.cwd(), first.dir, os.homedir()]) expect(text).not.toContain(local);
  });

  test("every stack passes the rule pack and every azapi body is valid against the ARM type definitions", () => {
    const stacks = first.app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);
    for (const stack of stacks) expect([stack.node.id, evaluateRulePack(stack).findings.filter((f) => f.severity === "error")]).toEqual([stack.node.id, []]);
    for (const [name, text] of Object.entries(first.stacks)) expect([name, validateAllAzapiBodies(JSON.parse(text))]).toEqual([name, []]);
  });

  test("each stack matches its snapshot (after an edit of the config: npm run test:update)", () => {
    for (const [name, text] of Object.entries(first.stacks)) expect(stableJson(text)).toMatchSnapshot(name);
  });
});
