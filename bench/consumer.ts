/**
 * `npm run bench -- --consumer`: the package as a user's app meets it. Packs and installs it into a
 * cdktf-init-style app (tools/consumer-test.sh), adds the same stack written with the raw provider
 * classes, checks both write the same blocks and attributes (bench/parity.ts), then times, alternating, in fresh
 * processes: `tsc --noEmit` of each file, and running each app (load + synth, compiled by tsc first,
 * as ts-node would compile it). Budgets: tsc ≤ 1.5 × raw, run ≤ 1.3 × raw.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { pair } from "./pair";
import { shapeDifferences, stackShape } from "./parity";

const ROOT = path.join(__dirname, "..");

const RAW_APP = `import { Construct } from "constructs";
import { App, TerraformStack, LocalBackend } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
import { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
import { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { TerraformProvider, TerraformResource } from "cdktf";

class Azapi extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: "azapi", terraformGeneratorMetadata: { providerName: "azapi", providerVersionConstraint: "~> 2.12" }, terraformProviderSource: "Azure/azapi" });
  }
  protected synthesizeAttributes() { return {}; }
}
class AzapiUpdate extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly cfg: { type: string; resourceId: string; body: unknown }) {
    super(scope, id, { terraformResourceType: "azapi_update_resource", terraformGeneratorMetadata: { providerName: "azapi" } });
  }
  protected synthesizeAttributes() { return { type: this.cfg.type, resource_id: this.cfg.resourceId, body: this.cfg.body }; }
}

class MlStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "terraform.tfstate" });
    new AzurermProvider(this, "azurerm", {
      storageUseAzuread: true,
      features: [{ keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }], machineLearning: [{ purgeSoftDeletedWorkspaceOnDestroy: false }], resourceGroup: [{ preventDeletionIfContainsResources: true }] }],
    });
    new Azapi(this, "azapi");
    const tags = {};
    // As the app in tools/consumer-test.sh: the resources take the resource group's location (an expression).
    const rg = new ResourceGroup(this, "rg", { name: "rg-ml-consumer", location: "westeurope" });
    const location = rg.location;
    const client = new DataAzurermClientConfig(this, "client", {});
    const sa = new StorageAccount(this, "sa", {
      name: "stmlwconsumer01", resourceGroupName: rg.name, location, accountKind: "StorageV2", accountTier: "Standard", accountReplicationType: "GRS", isHnsEnabled: false,
      minTlsVersion: "TLS1_2", httpsTrafficOnlyEnabled: true, allowNestedItemsToBePublic: false, crossTenantReplicationEnabled: false, defaultToOauthAuthentication: true, sftpEnabled: false,
      sharedAccessKeyEnabled: false, infrastructureEncryptionEnabled: true, localUserEnabled: false, publicNetworkAccessEnabled: true,
      blobProperties: {
        deleteRetentionPolicy: { days: 7 }, containerDeleteRetentionPolicy: { days: 7 }, versioningEnabled: false,
        corsRule: [{ allowedHeaders: ["*"], allowedMethods: ["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PATCH"], allowedOrigins: ["https://mlworkspace.azure.ai", "https://ml.azure.com", "https://*.ml.azure.com", "https://ai.azure.com", "https://*.ai.azure.com"], exposedHeaders: ["*"], maxAgeInSeconds: 1800 }],
      },
      queueProperties: { logging: { read: true, write: true, delete: true, version: "1.0", retentionPolicyDays: 10 } },
      tags,
    });
    const kv = new KeyVault(this, "kv", {
      name: "kvmlwconsumer01", resourceGroupName: rg.name, location, tenantId: client.tenantId, skuName: "standard", enabledForDeployment: false, enabledForDiskEncryption: false, enabledForTemplateDeployment: false,
      rbacAuthorizationEnabled: true, purgeProtectionEnabled: true, softDeleteRetentionDays: 90, publicNetworkAccessEnabled: true, networkAcls: { defaultAction: "Deny", bypass: "AzureServices" }, tags,
    });
    const law = new LogAnalyticsWorkspace(this, "law", { name: "log-mlw-consumer", resourceGroupName: rg.name, location, sku: "PerGB2018", retentionInDays: 30, internetIngestionEnabled: true, internetQueryEnabled: true, tags });
    const ai = new ApplicationInsights(this, "ai", { name: "appi-mlw-consumer", resourceGroupName: rg.name, location, applicationType: "web", workspaceId: law.id, internetIngestionEnabled: true, internetQueryEnabled: true, tags });
    const ws = new MachineLearningWorkspace(this, "ws", {
      name: "mlw-consumer", resourceGroupName: rg.name, location, kind: "Default", skuName: "Basic", highBusinessImpact: false, v1LegacyModeEnabled: false,
      storageAccountId: sa.id, keyVaultId: kv.id, applicationInsightsId: ai.id, publicNetworkAccessEnabled: true, identity: { type: "SystemAssigned" }, tags,
    });
    new AzapiUpdate(this, "auth", { type: "Microsoft.MachineLearningServices/workspaces@2026-05-01", resourceId: ws.id, body: { properties: { systemDatastoresAuthMode: "Identity" } } });
    const diag = (id: string, target: string, logs: string[]) => new MonitorDiagnosticSetting(this, id, { name: "send-to-log-analytics", targetResourceId: target, logAnalyticsWorkspaceId: law.id, enabledLog: logs.length ? logs.map((categoryGroup) => ({ categoryGroup })) : undefined, enabledMetric: [{ category: "AllMetrics" }] });
    diag("d1", ws.id, ["allLogs"]);
    diag("d2", kv.id, ["audit", "allLogs"]);
    diag("d3", sa.id, []);
    diag("d4", sa.id + "/blobServices/default", ["audit", "allLogs"]);
    diag("d5", sa.id + "/fileServices/default", ["audit", "allLogs"]);
    new MachineLearningComputeCluster(this, "cpu", { name: "cpu-cluster", machineLearningWorkspaceId: ws.id, location, vmSize: "Standard_DS3_v2", vmPriority: "Dedicated", scaleSettings: { minNodeCount: 0, maxNodeCount: 2, scaleDownNodesAfterIdleDuration: "PT2M" }, identity: { type: "SystemAssigned" }, localAuthEnabled: false, nodePublicIpEnabled: true, sshPublicAccessEnabled: false, tags });
  }
}

const app = new App();
new MlStack(app, "consumer-app");
app.synth();
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return performance.now() - t0;
}

export function consumerBench(reps: number): { budgets: { budget: string; value: string; ok: boolean }[]; rows: string[][] } {
  // Digits only (see tools/consumer-test.sh: the template's jest ignore patterns match ".js" anywhere).
  const dir = path.join(os.tmpdir(), `azureml-consumer-bench-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync("bash", [path.join(ROOT, "tools", "consumer-test.sh")], { env: { ...process.env, CONSUMER_APP_DIR: dir }, stdio: "ignore" });
    const app = path.join(dir, "app");
    fs.writeFileSync(path.join(app, "raw.ts"), RAW_APP);
    // Each file type-checked alone, with the app's tsconfig options (as `tsc --noEmit` of a one-file app).
    const tsconfig = (file: string) => {
      const base = JSON.parse(fs.readFileSync(path.join(app, "tsconfig.json"), "utf8"));
      fs.writeFileSync(path.join(app, `tsconfig.${file}.json`), JSON.stringify({ ...base, compilerOptions: { ...base.compilerOptions, incremental: false, outDir: `out-${file}` }, include: [`${file}.ts`] }));
    };
    tsconfig("main");
    tsconfig("raw");
    const tsc = path.join(app, "node_modules", "typescript", "bin", "tsc");
    // Compile once (what ts-node does in memory), then time the runs of the JavaScript.
    for (const f of ["main", "raw"]) time(process.execPath, [tsc, "-p", `tsconfig.${f}.json`], app);
    const outdirs = { main: path.join(dir, "out-main"), raw: path.join(dir, "out-raw") };
    const samples = { tscMain: [] as number[], tscRaw: [] as number[], runMain: [] as number[], runRaw: [] as number[] };
    for (let i = 0; i < reps; i++) {
      pair(
        i,
        () => samples.tscMain.push(time(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.main.json"], app)),
        () => samples.tscRaw.push(time(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.raw.json"], app)),
      );
      pair(
        i,
        () => samples.runMain.push(time(process.execPath, ["out-main/main.js"], app, { CDKTF_OUTDIR: outdirs.main })),
        () => samples.runRaw.push(time(process.execPath, ["out-raw/raw.js"], app, { CDKTF_OUTDIR: outdirs.raw })),
      );
    }
    const differences = shapeDifferences(stackShape(path.join(outdirs.main, "stacks", "consumer-app", "cdk.tf.json")), stackShape(path.join(outdirs.raw, "stacks", "consumer-app", "cdk.tf.json")));
    const parity = differences.length === 0;
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<keyof typeof samples, number>;
    const tscRatio = m.tscMain / m.tscRaw;
    const runRatio = m.runMain / m.runRaw;
    return {
      rows: [
        ["consumer tsc --noEmit, ours", m.tscMain.toFixed(0), "", "", "", ""],
        ["consumer tsc --noEmit, raw", m.tscRaw.toFixed(0), "", "", "", ""],
        ["consumer app run, ours", m.runMain.toFixed(0), "", "", "", ""],
        ["consumer app run, raw", m.runRaw.toFixed(0), "", "", "", ""],
      ],
      budgets: [
        { budget: "consumer app: ours and raw write the same blocks and attributes", value: parity ? "yes" : `NO (${differences.join("; ")})`, ok: parity },
        { budget: "consumer tsc --noEmit ≤ 1.5 × raw", value: `${tscRatio.toFixed(2)} ×`, ok: tscRatio <= 1.5 },
        { budget: "consumer app run (load + synth) ≤ 1.3 × raw", value: `${runRatio.toFixed(2)} ×`, ok: runRatio <= 1.3 },
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = consumerBench(Number(process.env.BENCH_REPS ?? 5));
  for (const row of r.rows) process.stdout.write(`${row[0].padEnd(32)} ${row[1].padStart(6)} ms\n`);
  for (const b of r.budgets) process.stdout.write(`${b.ok ? "ok  " : "MISS"}  ${b.budget}: ${b.value}\n`);
}
