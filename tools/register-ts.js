// Runs TypeScript files with node, without type-checking (`npm test` type-checks): strips types with
// sucrase, and caches the result in node_modules/.cache, so an unchanged file costs a hash and a read,
// and sucrase is not even loaded. cdktf.json runs the app with it: `node -r ./tools/register-ts.js stacks/main.ts`.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");

const cacheDir = path.join(__dirname, "..", "node_modules", ".cache", "cdktf-azureml-ts");
const salt = `${process.version}|sucrase-${require("sucrase/package.json").version}|v2`;
let sucrase;

function transpile(source, filename) {
  sucrase = sucrase || require("sucrase");
  return sucrase.transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true, filePath: filename, production: true }).code;
}

// `cdktf-azureml` (and its subpaths) resolve to the sources here: see tools/source-entry-points.js.
// With CDKTF_AZUREML_BUILT=1 they resolve as in an installed copy, to the build (dist/): the bench
// measures the package that users load.
const entryPoints = process.env.CDKTF_AZUREML_BUILT === "1" ? {} : require("./source-entry-points").sourceEntryPoints();
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveEntryPoint(request, ...rest) {
  return resolveFilename.call(this, entryPoints[request] ?? request, ...rest);
};

Module._extensions[".ts"] = function loadTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(salt).update(filename).update(source).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, "utf8");
  } catch {
    code = transpile(source, filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, cached);
    } catch {
      // A read-only tree still runs, without the cache.
    }
  }
  module._compile(code, filename);
};
