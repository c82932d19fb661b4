/**
 * The public surface of the package, one API Extractor report per entry point of package.json's
 * `exports` (api/<entry>.api.md, committed). `npm run api` rewrites the reports; the test
 * test/architecture/api-report.test.ts fails when the surface differs from them.
 *
 * Declarations are emitted into .api-work/ (ignored by git) (tsc, declarations only), so the check does not
 * depend on a prior build.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile } from "@microsoft/api-extractor";

const ROOT = path.join(__dirname, "..");
export const API_DIR = path.join(ROOT, "api");

/** Entry points with code: report name and declaration file (relative to the declarations folder). */
export function entryPoints(): { report: string; declaration: string }[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; exports: Record<string, string | { types: string }> };
  return Object.entries(pkg.exports)
    .filter(([, t]) => typeof t === "object")
    .map(([subpath, t]) => {
      const types = (t as { types: string }).types;
      const report = subpath === "." ? pkg.name : `${pkg.name}-${subpath.slice(2).replace(/\//g, "-")}`;
      return { report: `${report}.api.md`, declaration: types.replace(/^\.\/dist\//, "") };
    });
}

function emitDeclarations(outDir: string): void {
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json"), "--emitDeclarationOnly", "--declarationMap", "false", "--outDir", outDir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
}

/** Per entry point: whether its report is current. With `update`, rewrites the reports that are not. */
export function checkApiReports(update: boolean): { report: string; current: boolean }[] {
  // Inside the project (not under node_modules, which API Extractor treats as other packages), so the paths the reports mention are relative and the same on every machine.
  const tmp = path.join(ROOT, ".api-work");
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const declarations = path.join(tmp, "dts");
    emitDeclarations(declarations);
    fs.mkdirSync(API_DIR, { recursive: true });
    return entryPoints().map(({ report, declaration }) => {
      const configObject: IConfigFile = {
        projectFolder: ROOT,
        mainEntryPointFilePath: path.join(declarations, declaration),
        // The compiler options of an app made by `cdktf init` (no esModuleInterop), with library checks on:
        // a public declaration that names an internal (stripped) one, or zod, fails here.
        compiler: { overrideTsconfig: { compilerOptions: { strict: true, skipLibCheck: false, lib: ["es2018"], target: "ES2018", module: "commonjs", moduleResolution: "node", types: ["node", "jest"] }, files: [path.join(declarations, declaration)] } },
        apiReport: { enabled: true, reportFileName: report, reportFolder: API_DIR, reportTempFolder: path.join(tmp, "report") },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
          // What the report records (forgotten exports show where an internal type leaks) is not an error.
          extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: true }, "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None, addToApiReportFile: false }, "ae-undocumented": { logLevel: ExtractorLogLevel.None, addToApiReportFile: false } },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        },
      };
      const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: undefined, packageJsonFullPath: path.join(ROOT, "package.json") });
      const result = Extractor.invoke(config, { localBuild: update, messageCallback: (m) => (m.handled = m.logLevel === ExtractorLogLevel.None || m.logLevel === ExtractorLogLevel.Verbose || m.logLevel === ExtractorLogLevel.Info) });
      if (result.errorCount > 0) throw new Error(`API Extractor found ${result.errorCount} error(s) in the declarations of ${declaration} (printed above)`);
      return { report, current: !result.apiReportChanged || update };
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const update = !process.argv.includes("--check");
  const results = checkApiReports(update);
  for (const r of results) process.stdout.write(`${r.current ? (update ? "written" : "current") : "CHANGED"}  api/${r.report}\n`);
  if (results.some((r) => !r.current)) process.exitCode = 1;
}
