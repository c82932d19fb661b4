import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../../constructs/core/engine";
import { formatProblem } from "../../constructs/core/validation";
import { addTeamStacks } from "../../stacks/app";
import { parseConfig } from "../../stacks/config/load";
import { AzureMlConfigSchema, type AzureMlConfigInput } from "../../stacks/config/schema";
import { JSON_SCHEMA_FILE, renderJsonSchema } from "../../stacks/config/write-json-schema";
import { type SynthesizedStackJson, resourcesOfType } from "../../constructs/testing";
import { FIXTURE_CONFIG } from "../helpers/fixtures";

const example = JSON.parse(fs.readFileSync(FIXTURE_CONFIG, "utf8")) as AzureMlConfigInput;
const tmpDirs: string[] = [];
const tmpDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(d);
  return d;
};
afterAll(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Builds and synthesizes a whole app (cross-stack references resolve only then) into a temporary folder. */
function build(input: AzureMlConfigInput) {
  const { config, problems } = parseConfig(input, "config.json");
  if (!config) throw new Error(problems.map(formatProblem).join("\n"));
  const outdir = tmpDir("azureml-teams-");
  const app = new App({ outdir });
  const built = addTeamStacks(app, config, "config.json");
  if (built.problems.length === 0) app.synth();
  const synthOf = (name: string): SynthesizedStackJson => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
  return { ...built, synthOf };
}

function problemsOf(input: unknown): string[] {
  return parseConfig(input, "config.json").problems.map((p) => `${p.field}: ${p.rule} [${p.code}]`);
}

describe("team stacks from the fixture config (two teams, dev and prod)", () => {
  let synthOf: ReturnType<typeof build>["synthOf"];
  let problems: ReturnType<typeof build>["problems"];
  beforeAll(() => {
    ({ synthOf, problems } = build(example));
  });

  test("builds without problems", () => {
    expect(problems).toEqual([]);
  });

  test("production is private: endpoints in the platform subnet, platform DNS zones, registry and image build compute, protection", () => {
    const prod = synthOf("team-a-prod");
    const ws = resourcesOfType(prod, "azurerm_machine_learning_workspace")[0];
    expect(ws.public_network_access_enabled).toBe(false);
    expect(ws.lifecycle).toEqual({ prevent_destroy: true });
    expect(ws.image_build_compute_name).toBe("cpu-cluster");
    const pes = resourcesOfType(prod, "azurerm_private_endpoint");
    expect(pes).toHaveLength(5);
    for (const pe of pes) {
      expect(pe.subnet_id).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-platform-prod\.outputs\.cross-stack-output-azurerm_subnetEndpointSubnetid\}$/);
      for (const z of pe.private_dns_zone_group.private_dns_zone_ids) expect(z).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-platform-prod\.outputs\./);
    }
    expect(resourcesOfType(prod, "azurerm_private_dns_zone")).toHaveLength(0);
    expect(resourcesOfType(prod, "azurerm_container_registry")[0]).toMatchObject({ sku: "Premium", public_network_access_enabled: false });
    for (const c of resourcesOfType(prod, "azurerm_machine_learning_compute_cluster")) {
      expect(c.subnet_resource_id).toMatch(/cross-stack-output-azurerm_subnetComputeSubnet-team-aid/);
      expect(c.node_public_ip_enabled).toBe(false);
    }
  });

  test("a private team without an image build cluster gets a CPU one", () => {
    const prod = synthOf("team-b-prod");
    expect(resourcesOfType(prod, "azurerm_machine_learning_workspace")[0].image_build_compute_name).toBe("image-build");
    expect(resourcesOfType(prod, "azurerm_machine_learning_compute_cluster").map((c) => c.name).sort()).toEqual(["cpu-train", "image-build"]);
  });

  test("development is public, on-demand registry, nothing protected", () => {
    const dev = synthOf("team-b-dev");
    const ws = resourcesOfType(dev, "azurerm_machine_learning_workspace")[0];
    expect(ws.public_network_access_enabled).toBe(true);
    expect(ws.lifecycle).toBeUndefined();
    expect(ws.container_registry_id).toBeUndefined();
    expect(resourcesOfType(dev, "azurerm_private_endpoint")).toHaveLength(0);
  });

  test("monitoring goes to the platform's Log Analytics workspace across stacks", () => {
    const dev = synthOf("team-a-dev");
    expect(resourcesOfType(dev, "azurerm_log_analytics_workspace")).toHaveLength(0);
    expect(resourcesOfType(dev, "azurerm_application_insights")[0].workspace_id).toBe(
      "${data.terraform_remote_state.cross-stack-reference-input-platform-dev.outputs.cross-stack-output-azurerm_log_analytics_workspaceLogAnalyticsid}",
    );
    expect(dev.data?.terraform_remote_state?.["cross-stack-reference-input-platform-dev"]).toMatchObject({ backend: "local", config: { path: "../../../terraform.platform-dev.tfstate" } });
    const platform = synthOf("platform-dev");
    expect(Object.keys(platform.output ?? {})).toContain("cross-stack-output-azurerm_log_analytics_workspaceLogAnalyticsid");
  });

  test("the private platform has the network, a subnet per team and every private DNS zone linked", () => {
    const p = synthOf("platform-prod");
    expect(resourcesOfType(p, "azurerm_virtual_network")[0].address_space).toEqual(["10.20.0.0/16"]);
    expect(resourcesOfType(p, "azurerm_subnet").map((s) => [s.name, s.address_prefixes[0]]).sort()).toEqual([
      ["snet-private-endpoints", "10.20.0.0/24"],
      ["snet-team-a", "10.20.1.0/24"],
      ["snet-team-b", "10.20.2.0/24"],
    ]);
    expect(resourcesOfType(p, "azurerm_private_dns_zone")).toHaveLength(13);
    expect(resourcesOfType(p, "azurerm_private_dns_zone_virtual_network_link")).toHaveLength(13);
    expect(resourcesOfType(synthOf("platform-dev"), "azurerm_virtual_network")).toHaveLength(0);
  });

  test("a private environment keeps monitoring inside the network: a Private Link Scope with the platform's Log Analytics and each team's Application Insights", () => {
    const p = synthOf("platform-prod");
    const [scopeKey] = Object.keys(p.resource!.azurerm_monitor_private_link_scope);
    expect(p.resource!.azurerm_monitor_private_link_scope[scopeKey]).toMatchObject({ ingestion_access_mode: "PrivateOnly", query_access_mode: "PrivateOnly" });
    expect(resourcesOfType(p, "azurerm_log_analytics_workspace")[0]).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
    expect(resourcesOfType(p, "azurerm_private_endpoint").map((e) => e.private_service_connection.subresource_names)).toEqual([["azuremonitor"]]);
    for (const team of ["team-a-prod", "team-b-prod"]) {
      const t = synthOf(team);
      expect(resourcesOfType(t, "azurerm_application_insights")[0]).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
      expect(resourcesOfType(t, "azurerm_monitor_private_link_scoped_service")).toHaveLength(1);
    }
    expect(resourcesOfType(synthOf("team-a-dev"), "azurerm_monitor_private_link_scoped_service")).toHaveLength(0);
    expect(resourcesOfType(synthOf("team-a-dev"), "azurerm_application_insights")[0].internet_ingestion_enabled).toBe(true);
  });

  test("the private platform's compute subnets carry a network security group with Azure ML's outbound rules", () => {
    const p = synthOf("platform-prod");
    const [nsgKey] = Object.keys(p.resource!.azurerm_network_security_group);
    const subnetKeys = Object.entries(p.resource!.azurerm_subnet).filter(([, s]) => String(s.name).startsWith("snet-team-")).map(([k]) => k);
    expect(resourcesOfType(p, "azurerm_subnet_network_security_group_association").map((a) => [a.subnet_id, a.network_security_group_id]).sort()).toEqual(
      subnetKeys.map((k) => [`\${azurerm_subnet.${k}.id}`, `\${azurerm_network_security_group.${nsgKey}.id}`]).sort(),
    );
    const rules = resourcesOfType(p, "azurerm_network_security_rule");
    expect(rules.map((r) => r.destination_address_prefix)).toEqual(expect.arrayContaining(["AzureActiveDirectory", "AzureMachineLearning", "Storage.westeurope", "BatchNodeManagement.westeurope"]));
    expect(rules.filter((r) => r.direction === "Inbound")).toEqual([]); // no public IPs on compute: no inbound rule needed
    expect(resourcesOfType(synthOf("platform-dev"), "azurerm_network_security_group")).toHaveLength(0);
  });

  test("roles from the config become grants on the workspace", () => {
    const grants = resourcesOfType(synthOf("team-a-dev"), "azurerm_role_assignment");
    expect(grants.map((g) => [g.principal_id, g.principal_type, g.role_definition_id.split("/").pop()]).sort()).toEqual([
      ["00000000-0000-0000-0000-00000000a001", "Group", "f6c7c914-8db3-469d-8ca1-694a8f32e121"],
      ["00000000-0000-0000-0000-00000000a002", "Group", "e503ece1-11d0-4e8e-8e2c-7a6c3bf38815"],
    ]);
  });
});

describe("datastores and endpoints from the config", () => {
  let synthOf: ReturnType<typeof build>["synthOf"];
  beforeAll(() => {
    ({ synthOf } = build(example));
  });

  test("a container datastore in the team's storage, an online endpoint with its 90/10 split, a batch endpoint with its default", () => {
    const a = synthOf("team-a-dev");
    expect(resourcesOfType(a, "azurerm_storage_container")[0]).toMatchObject({ name: "forecasting-data", container_access_type: "private" });
    expect(resourcesOfType(a, "azurerm_machine_learning_datastore_blobstorage")[0]).toMatchObject({ name: "forecasting_data", service_data_auth_identity: "WorkspaceSystemAssignedIdentity" });
    const traffic = resourcesOfType(a, "azapi_update_resource").find((u) => u.body.properties.traffic)!;
    expect(traffic.body.properties.traffic).toEqual({ blue: 90, green: 10 });
    expect(traffic.depends_on).toHaveLength(2);
    const b = synthOf("team-b-prod");
    const def = resourcesOfType(b, "azapi_update_resource").find((u) => u.body.properties.defaults)!;
    expect(def.body.properties.defaults).toEqual({ deploymentName: "nightly" });
    const dep = resourcesOfType(b, "azapi_resource").find((r) => r.type.includes("batchEndpoints/deployments"))!;
    expect(dep.body.properties.compute).toMatch(/\/computes\/cpu-train\}?$/);
  });
});

test("an endpoint's own tags join the team's; the stack's team, environment and managed-by stay; deployments get them too, datastores keep their own", () => {
  const withTags = (kind: string, tags: Record<string, string>) => (t: { endpoints?: { kind: string }[] }) => ({ ...t, endpoints: t.endpoints?.map((e) => (e.kind === kind ? { ...e, tags } : e)) });
  const blob = { kind: "blob", name: "raw", tags: { source: "landing" }, storageContainerId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stlanding/blobServices/default/containers/raw" };
  const teams = example.teams.map(withTags("online", { "cost-center": "forecasting", team: "someone-else" })).map(withTags("batch", { sla: "nightly" }));
  const input = { ...example, teams: teams.map((t, i) => (i === 0 ? { ...t, datastores: [...((t as { datastores?: unknown[] }).datastores ?? []), blob] } : t)) } as AzureMlConfigInput;
  const { synthOf, problems } = build(input);
  expect(problems).toEqual([]);
  const endpointTags = (stack: string, arm: string) => resourcesOfType(synthOf(stack), "azapi_resource").find((r) => r.type.startsWith(`${arm}@`))!.tags;
  expect(endpointTags("team-a-dev", "Microsoft.MachineLearningServices/workspaces/onlineEndpoints")).toEqual({
    "cost-center": "forecasting",
    owner: "ml-platform-team",
    team: "team-a",
    environment: "dev",
    "managed-by": "cdktf-azureml",
  });
  expect(endpointTags("team-b-prod", "Microsoft.MachineLearningServices/workspaces/batchEndpoints")).toMatchObject({ sla: "nightly", "cost-center": "data-platform", team: "team-b", environment: "prod" });
  // Deployments made from the config carry the team's tags too; a datastore only its own (azurerm
  // replaces a datastore when its tags change).
  expect(endpointTags("team-a-dev", "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments")).toMatchObject({ team: "team-a", environment: "dev", "managed-by": "cdktf-azureml", owner: "ml-platform-team" });
  const raw = resourcesOfType(synthOf("team-a-dev"), "azurerm_machine_learning_datastore_blobstorage").find((d) => d.name === "raw")!;
  expect(raw.tags).toEqual({ source: "landing" });
});

describe("state backends", () => {
  test("azurerm backend per stack, keyed by stack name, Entra ID auth, read across stacks", () => {
    const { synthOf } = build({ ...example, state: { backend: "azurerm", resourceGroupName: "rg-tfstate", storageAccountName: "sttfstate", containerName: "tfstate" } });
    const dev = synthOf("team-a-dev");
    expect(dev.terraform?.backend?.azurerm).toEqual({ resource_group_name: "rg-tfstate", storage_account_name: "sttfstate", container_name: "tfstate", key: "azureml/team-a-dev.tfstate", use_azuread_auth: true });
    expect(dev.data?.terraform_remote_state?.["cross-stack-reference-input-platform-dev"]).toMatchObject({ backend: "azurerm", config: { key: "azureml/platform-dev.tfstate" } });
  });
});

describe("config validation", () => {
  const team = { name: "team-a", compute: [] };
  const valid = { defaults: { location: "westeurope", prefix: "ml" }, environments: [{ name: "dev" }], teams: [team] };

  test("a minimal config is valid", () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  test("every problem is listed by its path", () => {
    const problems = problemsOf({
      defaults: { location: "westeurope", prefix: "ML" },
      environments: [{ name: "dev" }, { name: "dev", addressSpace: "10.1.2.0/24" }],
      teams: [
        { name: "team-a", environments: ["qa"], compute: [{ kind: "cluster", name: "cpu", vmSize: "Standard_DS3_v2", minNodes: 4, maxNodes: 2 }] },
        { name: "team-a", compute: [{ kind: "gpu", name: "x" }], roles: [{ principalId: "bob", role: "Janitor" }] },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^defaults\.prefix: must be 2-12 lowercase/),
        expect.stringMatching(/^environments\[1\]\.addressSpace: must be a \/16/),
        expect.stringMatching(/^teams\[1\]\.compute\[0\]\.kind: must be one of "cluster", "instance"/),
        expect.stringMatching(/^teams\[1\]\.roles\[0\]\.principalId: must be an Entra ID object id/),
        expect.stringMatching(/^teams\[1\]\.roles\[0\]\.role: must be one of "AzureMLDataScientist"/),
        "environments[1].name: is the name of environments[0] too [DUPLICATE]",
        "teams[1].name: is the name of teams[0] too [DUPLICATE]",
        'teams[0].environments[0]: must be one of "dev", "dev" [UNKNOWN_ENVIRONMENT]',
        "teams[0].compute[0].minNodes: must be ≤ maxNodes (2) [NODE_RANGE]",
      ]),
    );
  });

  test("endpoint traffic and batch defaults name existing deployments; traffic sums to 100", () => {
    const endpoints = [
      { kind: "online", name: "ep-one", traffic: { blue: 50, red: 40 }, deployments: [{ name: "blue", model: "azureml://registries/r/models/m/versions/1" }] },
      { kind: "batch", name: "ep-two", defaultDeployment: "nightly", deployments: [] },
    ];
    expect(problemsOf({ ...valid, teams: [{ name: "team-a", endpoints }] })).toEqual([
      'teams[0].endpoints[0].traffic.red: names no deployment of this endpoint: deployments are "blue" [UNKNOWN_DEPLOYMENT]',
      "teams[0].endpoints[0].traffic: must sum to 100, sums to 90 [TRAFFIC_SUM]",
      "teams[0].endpoints[1].defaultDeployment: names no deployment of this endpoint: deployments are (none) [UNKNOWN_DEPLOYMENT]",
    ]);
  });

  test("a datastore given by its data-plane URL is refused with the config path", () => {
    const app = new App({ outdir: tmpDir("azureml-ds-") });
    const { config } = parseConfig({ ...valid, teams: [{ name: "team-a", datastores: [{ kind: "blob", name: "raw", storageContainerId: "https://st.blob.core.windows.net/raw" }] }] }, "config.json");
    const { problems } = addTeamStacks(app, config!, "config.json");
    expect(problems.map((p) => `${p.field} [${p.code}]`)).toEqual(["teams[0].datastores[0].storageContainerId [DATA_PLANE_URL]"]);
  });

  test("names Azure would reject are caught with the config path", () => {
    expect(problemsOf({ ...valid, teams: [{ name: "team-a", compute: [{ kind: "instance", name: "ci-01", vmSize: "Standard_DS3_v2" }] }] })).toEqual([
      expect.stringMatching(/^teams\[0\]\.compute\[0\]\.name: must be 3-24 letters/),
    ]);
    expect(problemsOf({ ...valid, defaults: { location: "westeurope", prefix: "platformteam" }, environments: [{ name: "staging" }], teams: [{ name: "forecasting1" }] })).toEqual([
      expect.stringMatching(/^teams\[0\]\.name: makes the workspace name "mlw-platformteam-forecasting1-staging" invalid for environment "staging"/),
    ]);
  });

  test("image build cluster: one, and a CPU size", () => {
    const compute = [
      { kind: "cluster", name: "gpu", vmSize: "Standard_NC6s_v3", maxNodes: 1, imageBuild: true },
      { kind: "cluster", name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1, imageBuild: true },
    ];
    expect(problemsOf({ ...valid, teams: [{ name: "team-a", compute }] })).toEqual([
      "teams[0].compute: may have one cluster with imageBuild: true [IMAGE_BUILD]",
      "teams[0].compute[0].vmSize: must be a CPU size for image builds (Standard_NC6s_v3 is a GPU size) [IMAGE_BUILD_GPU]",
    ]);
  });

  test("YAML configs are read like JSON ones", () => {
    const file = path.join(tmpDir("azureml-yaml-"), "teams.yaml");
    fs.writeFileSync(file, "defaults: { location: westeurope, prefix: ml }\nenvironments:\n  - name: dev\nteams:\n  - name: team-a\n    compute:\n      - { kind: cluster, name: cpu-cluster, vmSize: Standard_DS3_v2, maxNodes: 2 }\n");
    const { loadConfig } = jest.requireActual("../../stacks/config/load") as typeof import("../../stacks/config/load");
    const { config, problems } = loadConfig(file, "teams.yaml");
    expect(problems).toEqual([]);
    expect(config!.teams[0].compute[0]).toMatchObject({ kind: "cluster", name: "cpu-cluster", minNodes: 0 });
    fs.writeFileSync(file, "teams: [ {name: ");
    expect(loadConfig(file, "teams.yaml").problems[0]).toMatchObject({ code: "CONFIG_UNREADABLE", rule: expect.stringMatching(/^is not valid YAML at line 1, column \d+: /) });
  });

  test("a file that is not JSON is one clear problem", () => {
    const file = path.join(tmpDir("azureml-config-"), "broken.json");
    fs.writeFileSync(file, "{ defaults: ");
    const { loadConfig } = jest.requireActual("../../stacks/config/load") as typeof import("../../stacks/config/load");
    const { problems } = loadConfig(file, "broken.json");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "CONFIG_UNREADABLE", path: "broken.json" });
  });
});

describe("the root app with a broken config", () => {
  test("exits non-zero, lists every problem, and leaves an earlier output exactly as it was", () => {
    const dir = tmpDir("azureml-broken-");
    const outdir = path.join(dir, "out");
    const root = path.join(__dirname, "..", "..");
    const runRoot = (config: string) =>
      spawnSync(process.execPath, ["-r", path.join(root, "tools", "register-ts.js"), path.join(root, "stacks", "main.ts")], {
        cwd: root,
        env: { ...process.env, AZUREML_CONFIG: config, CDKTF_OUTDIR: outdir },
        encoding: "utf8",
      });
    const good = path.join(dir, "good.json");
    fs.writeFileSync(good, JSON.stringify({ defaults: { location: "westeurope", prefix: "ml" }, environments: [{ name: "dev" }], teams: [{ name: "team-a" }] }));
    expect(runRoot(good).status).toBe(0);
    const before = fs.readFileSync(path.join(outdir, "manifest.json"), "utf8");
    expect(Object.keys(JSON.parse(before).stacks)).toEqual(["platform-dev", "team-a-dev"]);

    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, JSON.stringify({ defaults: { location: "westeurope", prefix: "ml" }, environments: [{ name: "dev" }], teams: [{ name: "team-b", compute: [{ kind: "cluster", name: "cpu-1", vmSize: "Standard_DS3_v2", maxNodes: 1 }] }] }));
    const run = runRoot(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1 problem; nothing was written:");
    expect(run.stderr).toContain('teams[0].compute[0].name "cpu-1" must be 3-32 letters');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")).toBe(before);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual(["platform-dev", "team-a-dev"]);
    expect(fs.readdirSync(outdir).sort()).toEqual(["manifest.json", "stacks"]);
  });
});

describe("the JSON Schema", () => {
  test("the committed file is generated from the zod schema (run npm run config:schema)", () => {
    expect(fs.readFileSync(JSON_SCHEMA_FILE, "utf8")).toBe(renderJsonSchema());
  });

  test("the shipped example config names the schema", () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "stacks", "config", "example.json"), "utf8")) as AzureMlConfigInput;
    expect(shipped.$schema).toBe("./team-config.schema.json");
    expect(AzureMlConfigSchema.safeParse(example).success).toBe(true);
  });
});
