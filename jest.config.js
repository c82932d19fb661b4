const { sourceEntryPoints } = require("./tools/source-entry-points");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type-checking runs once in `npm test` (tsc --noEmit); jest only strips types, with sucrase,
  // which loads in milliseconds where the TypeScript compiler takes most of a second per worker.
  transform: { "^.+\\.ts$": "@sucrase/jest-plugin" },
  moduleFileExtensions: ["ts", "js", "json"],
  // The package's entry points by name resolve to the sources (the examples import the package).
  moduleNameMapper: Object.fromEntries(Object.entries(sourceEntryPoints()).map(([name, file]) => [`^${name.replace(/[/]/g, "\\/")}$`, file])),
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
