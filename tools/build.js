// `npm run build` (and prepare/prepack): the package's dist/.
// - Declarations and declaration maps of every module, by tsc (tsconfig.build.json), as the sources are laid out.
// - The code of the entry points that share classes (`cdktf-azureml`, `/testing`, `/stacks`) in one
//   CommonJS bundle, dist/lib/cdktf-azureml.js, so that a class is the same class whichever entry a
//   user imports it from. Each entry's own file (dist/constructs/index.js, ...) re-exports its names
//   from the bundle, one getter per name, so an ES module app can import them by name too.
// - `/testing/jest` and the `cdktf-azureml` command bundled alone; an import of a shared entry in them
//   stays a require of that entry's file.
// zod is bundled in (its ES module build, so only what the library uses is kept: its core and the
// English messages): one file to load instead of about 250, about 100 ms less at a cdktf app's start
// (`npm run bench`). The peer packages and yaml stay outside.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const esbuild = require("esbuild");
const pkg = require("../package.json");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const LIB = "lib/cdktf-azureml.js";

/** Entry points whose code is in the shared bundle (source path without .ts, as under dist/). */
const SHARED = ["constructs/index", "constructs/testing/index", "stacks/index"];
/** Entry points bundled alone. */
const STANDALONE = ["constructs/testing/jest", "cli/cdktf-azureml"];

// Every code entry of package.json (exports and bin) is one of the above, and each of those is one.
const declared = [...Object.values(pkg.exports).map((t) => (typeof t === "string" ? t : t.default)), ...Object.values(pkg.bin)]
  .map((file) => /^\.\/dist\/(.+)\.js$/.exec(file)?.[1])
  .filter(Boolean);
const built = [...SHARED, ...STANDALONE];
const unlisted = declared.filter((e) => !built.includes(e));
const undeclared = built.filter((e) => !declared.includes(e));
if (unlisted.length || undeclared.length) {
  throw new Error(`tools/build.js: entry points out of step with package.json: not built ${JSON.stringify(unlisted)}, not in package.json ${JSON.stringify(undeclared)}`);
}

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The peers are the user's (one cdktf, one provider); yaml loads only when a YAML config is read.
  external: ["cdktf", "cdktf/*", "constructs", "@cdktf/provider-azurerm", "@cdktf/provider-azurerm/*", "yaml"],
  // No keepNames: it gives every function and class an own `name` property, and V8 then takes
  // longer over each stack frame of them; cdktf captures a stack trace for every token (about 15,000
  // at 100 private team stacks), and keepNames cost 6 % of that run's CPU (bench, paired runs). The
  // exported names esbuild changes (a class that refers to itself in its body becomes `_X`) are
  // restored at the end of the bundle (restoreExportedNames) and checked below for every export.
  keepNames: false,
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: root,
};

/** Resolves an import of a shared entry's source to a require of its dist file, relative to `outfile`. */
function sharedEntriesExternal(outDir, outfile) {
  const sources = new Map(SHARED.map((e) => [path.join(root, `${e}.ts`), path.join(outDir, `${e}.js`)]));
  return {
    name: "shared-entries-external",
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        const target = sources.get(path.resolve(args.resolveDir, `${args.path}.ts`)) ?? sources.get(path.resolve(args.resolveDir, args.path, "index.ts"));
        if (!target) return undefined;
        let rel = path.relative(path.dirname(outfile), target).split(path.sep).join("/");
        if (!rel.startsWith(".")) rel = `./${rel}`;
        return { path: rel, external: true };
      });
    },
  };
}

/** The module at `file` as it is on disk now: compiled afresh by Node's loader (not from a require cache, nor jest's). */
function loadFresh(file) {
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(fs.readFileSync(file, "utf8"), file);
  return m.exports;
}

/**
 * Gives the exported classes and functions whose name esbuild changed (`var X = class _X`, for a
 * class that refers to itself in its body) their own name back, in lines at the end of the bundle:
 * `X.name` is "X" for a user, as with keepNames, and only these few get an own `name` property.
 */
function restoreExportedNames(libFile) {
  const lib = loadFresh(libFile);
  const lines = [];
  const done = new Set();
  SHARED.forEach((e, i) => {
    for (const [n, value] of Object.entries(lib[`entry${i}`])) {
      if (typeof value !== "function" || value.name === n || done.has(value)) continue;
      done.add(value);
      lines.push(`Object.defineProperty(module.exports.entry${i}.${n}, "name", { value: ${JSON.stringify(n)}, configurable: true });`);
    }
  });
  if (lines.length) fs.appendFileSync(libFile, `// Exported names esbuild changed, restored (tools/build.js).\n${lines.join("\n")}\n`);
}

/**
 * The code of the package (everything but the declarations) into `outDir`, laid out as dist/ is.
 * test/architecture/bundle.test.ts builds it into a scratch folder and checks it against the sources.
 */
async function buildCode(outDir) {
  const libFile = path.join(outDir, LIB);
  const withZod = [];
  const bundle = async (options, outfile) => {
    const result = await esbuild.build({ ...common, ...options, outfile, metafile: true });
    if (Object.keys(result.metafile.inputs).some((i) => i.includes("node_modules/zod/"))) withZod.push(path.relative(outDir, outfile).split(path.sep).join("/"));
  };
  await bundle({ stdin: { contents: SHARED.map((e, i) => `export * as entry${i} from "./${e}";`).join("\n"), resolveDir: root, sourcefile: "entry-points.ts", loader: "ts" } }, libFile);
  restoreExportedNames(libFile);
  for (const e of STANDALONE) {
    const outfile = path.join(outDir, `${e}.js`);
    await bundle({ entryPoints: [path.join(root, `${e}.ts`)], plugins: [sharedEntriesExternal(outDir, outfile)] }, outfile);
    if (e.startsWith("cli/")) fs.chmodSync(outfile, 0o755);
  }

  // Each shared entry's file: its names, read from the bundle itself.
  const lib = loadFresh(libFile);
  SHARED.forEach((e, i) => {
    const file = path.join(outDir, `${e}.js`);
    const from = path.relative(path.dirname(file), libFile).split(path.sep).join("/");
    const names = Object.keys(lib[`entry${i}`]).filter((n) => n !== "__esModule").sort();
    for (const n of names) {
      const value = lib[`entry${i}`][n];
      if (typeof value === "function" && value.name !== n) throw new Error(`tools/build.js: ${e} exports ${n}, whose name in the bundle is ${value.name}`);
    }
    const lines = [
      `"use strict";`,
      `// ${e === "constructs/index" ? pkg.name : `${pkg.name}/${e.replace(/\/index$/, "").replace(/^constructs\//, "")}`}: written by tools/build.js. The code is in ${from}, shared by every entry point.`,
      `Object.defineProperty(exports, "__esModule", { value: true });`,
      `const lib = require("${from}").entry${i};`,
      ...names.map((n) => `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: function () { return lib.${n}; } });`),
      "",
    ];
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, lines.join("\n"));
  });

  // zod's licence travels with the code of it that the bundles hold.
  const zodPackage = require("zod/package.json");
  fs.writeFileSync(
    path.join(outDir, "lib", "THIRD-PARTY-NOTICES.txt"),
    `${withZod.map((f) => `dist/${f}`).join(" and ")} contain code of zod ${zodPackage.version} (https://github.com/colinhacks/zod), under this licence:\n\n${fs.readFileSync(path.join(path.dirname(require.resolve("zod/package.json")), "LICENSE"), "utf8")}`,
  );
}

async function main() {
  fs.rmSync(dist, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  await buildCode(dist);
}

module.exports = { buildCode, SHARED, STANDALONE };

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
