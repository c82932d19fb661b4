/**
 * One measurement in a fresh process (spawned by bench/run.ts):
 *   node -r ./tools/register-ts.js bench/child.ts <ours|raw|teams|private-teams|private-teams-raw|import-cdktf|import-library> [N] <outdir>
 * Prints one JSON line: load, build and synth times, CPU time, and peak memory.
 * Our side loads `cdktf-azureml` by name; bench/run.ts sets CDKTF_AZUREML_BUILT=1, so that is the
 * package as built (dist/), as an installed copy loads it.
 */
import { performance } from "node:perf_hooks";

const [kind, arg2, arg3] = process.argv.slice(2);
const started = performance.now();

function finish(extra: Record<string, unknown>): void {
  const usage = process.resourceUsage();
  const result = { kind, totalMs: performance.now(), ...extra, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (kind === "import-cdktf") {
  require("cdktf");
  finish({ cdktfMs: performance.now() - started });
} else if (kind === "import-library") {
  require("cdktf");
  const afterCdktf = performance.now();
  require("cdktf-azureml");
  finish({ cdktfMs: afterCdktf - started, libraryMs: performance.now() - afterCdktf });
} else {
  const outdir = kind.includes("teams") ? arg3 : arg2;
  const { App } = require("cdktf") as typeof import("cdktf");
  /** When the stacks were built: each `build` sets it as it ends. */
  let built = 0;
  let build: (app: InstanceType<typeof App>) => void;
  if (kind === "ours") {
    const { ReferenceStackOurs } = require("./reference-ours") as typeof import("./reference-ours");
    build = (app) => {
      new ReferenceStackOurs(app, "reference");
      built = performance.now();
    };
  } else if (kind === "raw") {
    const { ReferenceStackRaw } = require("./reference-raw") as typeof import("./reference-raw");
    build = (app) => {
      new ReferenceStackRaw(app, "reference");
      built = performance.now();
    };
  } else if (kind === "teams") {
    const { addTeamStacks, parseConfig } = require("cdktf-azureml/stacks") as typeof import("cdktf-azureml/stacks");
    const { generatedConfig } = require("./generated-config") as typeof import("./generated-config");
    const { config, problems } = parseConfig(generatedConfig(Number(arg2)), "generated");
    if (!config) throw new Error(JSON.stringify(problems));
    build = (app) => {
      const result = addTeamStacks(app, config, "generated");
      if (result.problems.length) throw new Error(JSON.stringify(result.problems));
      built = performance.now();
    };
  } else if (kind === "private-teams") {
    const { addTeamStacks, parseConfig } = require("cdktf-azureml/stacks") as typeof import("cdktf-azureml/stacks");
    const { generatedPrivateConfig } = require("./generated-private-config") as typeof import("./generated-private-config");
    build = (app) => {
      // Parsing the config is part of the work: the root app does it.
      const { config, problems } = parseConfig(generatedPrivateConfig(Number(arg2)), "generated");
      if (!config) throw new Error(JSON.stringify(problems));
      const result = addTeamStacks(app, config, "generated");
      if (result.problems.length) throw new Error(JSON.stringify(result.problems));
      built = performance.now();
    };
  } else if (kind === "private-teams-raw") {
    const { addRawTeamStacks } = require("./teams-raw") as typeof import("./teams-raw");
    build = (app) => {
      addRawTeamStacks(app, Number(arg2));
      built = performance.now();
    };
  } else {
    throw new Error(`unknown kind ${kind}`);
  }
  const loaded = performance.now();
  if (kind === "teams" || kind === "private-teams") {
    // As the root app runs (stacks/main.ts): atomically, through a staging folder, annotations without stack traces.
    const { synthApp } = require("cdktf-azureml") as typeof import("cdktf-azureml");
    // `build` itself, as a root app passes its own: a wrapper would add a frame to every token's stack trace.
    synthApp(build, { outdir });
  } else {
    const app = new App({ outdir });
    build(app);
    app.synth();
  }
  const synthesized = performance.now();
  finish({ loadMs: loaded - started, buildMs: built - loaded, synthMs: synthesized - built });
}
