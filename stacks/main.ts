import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "../constructs/core/engine";
import { formatProblem } from "../constructs/core/validation";
import { DEFAULT_CONFIG, addStacksFromConfigFile } from "./app";

// The root app: the team config at AZUREML_CONFIG (default: stacks/config/example.json) becomes one
// platform stack per environment and one stack per team and environment.
const file = path.resolve(process.env.AZUREML_CONFIG ?? DEFAULT_CONFIG);
const app = new App();
const { problems } = addStacksFromConfigFile(app, file);
if (problems.length > 0) {
  process.stderr.write(`The config has ${problems.length} problem${problems.length === 1 ? "" : "s"}; no stack was written:\n`);
  for (const p of problems) process.stderr.write(`  ${formatProblem(p)}\n`);
  // Leave nothing half-written behind: an earlier synth's stacks would look current.
  const outdir = process.env.CDKTF_OUTDIR;
  if (outdir) fs.rmSync(path.join(outdir, "stacks"), { recursive: true, force: true });
  process.exit(1);
}
app.synth();
