/**
 * The Node.js versions this package is tested on: 20 and 22. An older Node stops here with one line
 * instead of a stack trace further in; a newer one gets one warning (the library runs, but the cdktf
 * 0.21 CLI itself crashes on Node 24: its node-pty has no prebuilt binary there; run the app with
 * `node` or `npx ts-node main.ts` instead of through the CLI).
 */
const SUPPORTED = [20, 22];
const major = Number(process.versions.node.split(".")[0]);

if (major < SUPPORTED[0]) {
  process.stderr.write(`cdktf-azureml: Node.js ${process.versions.node} is not supported; use Node.js 20 or 22.\n`);
  process.exit(1);
}
if (major > SUPPORTED[SUPPORTED.length - 1] && !process.env.CDKTF_AZUREML_NO_NODE_WARNING) {
  process.stderr.write(
    `cdktf-azureml: Node.js ${process.versions.node} is untested (tested: 20, 22); the cdktf 0.21 CLI crashes on Node 24, so run the app directly (npx ts-node main.ts). Set CDKTF_AZUREML_NO_NODE_WARNING=1 to silence this.\n`,
  );
}

export {};
