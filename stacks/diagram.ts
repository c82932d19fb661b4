/**
 * `npm run diagram`: synthesizes the root app into cdktf.out (as `cdktf synth` does) and writes a
 * Mermaid `diagram.md` next to every stack's cdk.tf.json; then writes the diagrams of the example
 * apps and of the root app's stacks under docs/diagrams/ (committed; a test fails when stale).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../constructs/core/engine";
import { stackToMermaid } from "../constructs/diagram/stack-diagram";
import { formatProblem } from "../constructs/core/validation";
import { EXAMPLES } from "../examples";
import { addStacksFromConfigFile } from "./app";
import { DEFAULT_CONFIG } from "./default-config";

export const DOCS_DIAGRAMS = path.join(__dirname, "..", "docs", "diagrams");

/** Writes diagram.md next to each stack of a synthesized output folder; returns stack name → markdown. */
export function writeDiagrams(outdir: string): Record<string, string> {
  const stacksDir = path.join(outdir, "stacks");
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(stacksDir).sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8"));
    out[name] = stackToMermaid(name, json);
    fs.writeFileSync(path.join(stacksDir, name, "diagram.md"), out[name]);
  }
  return out;
}

/** The config the docs' team-stack diagrams show (the tests' copy of the example, so editing stacks/config/example.json keeps them as they are). */
export const DOCS_CONFIG = path.join(__dirname, "..", "test", "fixtures", "configs", "two-teams.json");

/** The diagrams committed under docs/diagrams: every example app, and the team stacks of DOCS_CONFIG. */
export function renderDocsDiagrams(): Record<string, string> {
  const files: Record<string, string> = {};
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-diagrams-"));
  try {
    for (const example of EXAMPLES) {
      const outdir = path.join(tmp, example.name);
      const app = new App({ outdir });
      example.build(app);
      app.synth();
      for (const [stack, md] of Object.entries(writeDiagrams(outdir))) files[`examples/${stack}.md`] = md;
    }
    const outdir = path.join(tmp, "root");
    const app = new App({ outdir });
    const { problems } = addStacksFromConfigFile(app, DOCS_CONFIG);
    if (problems.length) throw new Error(problems.map(formatProblem).join("\n"));
    app.synth();
    for (const [stack, md] of Object.entries(writeDiagrams(outdir))) files[`team-stacks/${stack}.md`] = md;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return files;
}

if (require.main === module) {
  const outdir = process.env.CDKTF_OUTDIR ?? path.join(process.cwd(), "cdktf.out");
  const app = new App({ outdir });
  const { problems } = addStacksFromConfigFile(app, path.resolve(process.env.AZUREML_CONFIG ?? DEFAULT_CONFIG));
  if (problems.length) {
    process.stderr.write(`${problems.map(formatProblem).join("\n")}\n`);
    process.exit(1);
  }
  app.synth();
  const written = writeDiagrams(outdir);
  process.stdout.write(`wrote diagram.md for ${Object.keys(written).length} stacks in ${path.relative(process.cwd(), outdir) || outdir}/stacks\n`);
  fs.rmSync(DOCS_DIAGRAMS, { recursive: true, force: true });
  for (const [file, md] of Object.entries(renderDocsDiagrams())) {
    fs.mkdirSync(path.dirname(path.join(DOCS_DIAGRAMS, file)), { recursive: true });
    fs.writeFileSync(path.join(DOCS_DIAGRAMS, file), md);
  }
  process.stdout.write(`wrote docs/diagrams\n`);
}
