// Inside this repository, `cdktf-azureml` and its subpaths name the TypeScript sources, so the
// examples import the package by name, as a copy outside the repo does, without a build first.
// Derived from the package's `exports` map (./dist/<path>.js -> ./<path>.ts): one list for the
// TypeScript loader (tools/register-ts.js), jest (jest.config.js) and tsconfig.json's `paths` (a test
// checks that they agree).
"use strict";
const path = require("node:path");
const pkg = require("../package.json");

const root = path.join(__dirname, "..");

/** `{ "cdktf-azureml/testing": "<root>/constructs/testing/index.ts", ... }` for every code entry point. */
function sourceEntryPoints() {
  const out = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === "string" ? target : target.default;
    const m = /^\.\/dist\/(.+)\.js$/.exec(file);
    if (!m) continue;
    const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    out[specifier] = path.join(root, `${m[1]}.ts`);
  }
  return out;
}

module.exports = { sourceEntryPoints };
