/**
 * What teams actually type: each mistake below was seen in edited configs. Every one is a problem
 * with its config path, listed with all the others before anything is written; none is a crash.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../../constructs/core/engine";
import { formatProblem } from "../../constructs/core/validation";
import { addTeamStacks } from "../../stacks/app";
import { loadConfig, parseConfig } from "../../stacks/config/load";
import type { AzureMlConfigInput } from "../../stacks/config/schema";
import { RICH_CONFIG } from "../helpers/fixtures";

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "azureml-mistakes-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const base = { defaults: { location: "westeurope", prefix: "ml" }, environments: [{ name: "dev" }] };
const model = "azureml:forecast:1";

/** Every problem of a config, from the schema, the cross checks and building its stacks, as `field: rule [CODE]`. */
function problems(input: unknown): string[] {
  const parsed = parseConfig(input, "config.json");
  const all = [...parsed.problems];
  if (parsed.config) all.push(...addTeamStacks(new App({ outdir: tmp() }), parsed.config, "config.json").problems);
  return all.map((p) => `${p.field}: ${p.rule} [${p.code}]`);
}

const team = (extra: Record<string, unknown>) => ({ ...base, teams: [{ name: "team-a", ...extra }] });

describe("duplicate names in their Azure scope", () => {
  test("online and batch endpoints share one namespace; two online endpoints with one name too", () => {
    expect(
      problems(
        team({
          endpoints: [
            { kind: "online", name: "forecast", deployments: [] },
            { kind: "batch", name: "forecast", deployments: [] },
            { kind: "online", name: "forecast", deployments: [] },
          ],
        }),
      ),
    ).toEqual([
      "teams[0].endpoints[1].name: is the name of endpoints[0] too (online and batch endpoints share one namespace in a workspace) [DUPLICATE]",
      "teams[0].endpoints[2].name: is the name of endpoints[0] too (online and batch endpoints share one namespace in a workspace) [DUPLICATE]",
    ]);
  });

  test("two deployments named blue in one endpoint", () => {
    const deployments = [
      { name: "blue", model, instanceType: "Standard_DS3_v2" },
      { name: "blue", model, instanceType: "Standard_DS3_v2" },
    ];
    expect(problems(team({ endpoints: [{ kind: "online", name: "forecast", deployments, traffic: { blue: 100 } }] }))).toEqual([
      "teams[0].endpoints[0].deployments[1].name: is the name of deployments[0] of this endpoint too [DUPLICATE]",
    ]);
  });

  test("the same role entry twice; computes with one name", () => {
    const role = { principalId: "11111111-1111-4111-8111-111111111111", role: "AzureMLDataScientist" };
    const cpu = { kind: "cluster", name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2 };
    expect(problems(team({ roles: [role, role], compute: [cpu, { kind: "instance", name: "cpu-cluster", vmSize: "Standard_DS3_v2" }] }))).toEqual([
      "teams[0].compute[1].name: is the name of compute[0] too (compute names are unique in a workspace) [DUPLICATE]",
      'teams[0].roles[1]: repeats roles[0] [DUPLICATE]',
    ]);
  });

  test("two datastores with one name, and two on one container", () => {
    expect(
      problems(
        team({
          datastores: [
            { kind: "container", containerName: "raw-data" },
            { kind: "container", containerName: "raw-data", datastoreName: "raw_two" },
            { kind: "container", containerName: "other", datastoreName: "raw_data" },
          ],
        }),
      ),
    ).toEqual([
      'teams[0].datastores[2].datastoreName: registers the datastore name "raw_data", as datastores[0] does [DUPLICATE]',
      "teams[0].datastores[1].containerName: is the container of datastores[0] too (one container of each name in the workspace's storage account) [DUPLICATE]",
    ]);
  });
});

describe("stack names", () => {
  test("environment a-dev with team team collides with team team-a in dev", () => {
    expect(problems({ ...base, environments: [{ name: "dev" }, { name: "a-dev" }], teams: [{ name: "team-a", environments: ["dev"] }, { name: "team", environments: ["a-dev"] }] })).toEqual([
      'teams[1].name: makes the stack name "team-a-dev" for the stack of team "team" in environment "a-dev", which is also the stack of team "team-a" in environment "dev": rename the team or the environment [STACK_NAME_COLLISION]',
    ]);
  });

  test("a team named platform-aa in environment bb collides with the platform stack of environment aa-bb", () => {
    expect(problems({ ...base, environments: [{ name: "aa-bb" }, { name: "bb" }], teams: [{ name: "platform-aa", environments: ["bb"] }] })).toEqual([
      'teams[0].name: makes the stack name "platform-aa-bb" for the stack of team "platform-aa" in environment "bb", which is also the platform stack of environment "aa-bb": rename the team or the environment [STACK_NAME_COLLISION]',
    ]);
  });
});

describe("a team's workspace names, in its own environments", () => {
  test("a workspace name too long for Azure is reported for the environments the team is in, not the others", () => {
    // mlw-<prefix>-<team>-<environment>: 33 characters in dev, 37 in staging.
    const defaults = { ...base.defaults, prefix: "abcdefghijkl" };
    const team = { name: "forecastingx", environments: ["dev"] };
    const environments = [{ name: "dev" }, { name: "staging" }];
    expect(problems({ ...base, defaults, environments, teams: [team] })).toEqual([]);
    expect(problems({ ...base, defaults, environments, teams: [{ ...team, environments: ["dev", "staging"] }] })).toEqual([
      expect.stringMatching(/^teams\[0\]\.name: makes the workspace name "mlw-abcdefghijkl-forecastingx-staging" invalid for environment "staging": it .* \[NAME_TOO_LONG\]$/),
    ]);
  });
});

describe("tags, with Azure's limits, in public environments too", () => {
  test("a value over 256 characters, a 100 k key and an empty key, each shortened in the message", () => {
    const lines = problems({ ...base, defaults: { ...base.defaults, tags: { long: "v".repeat(300), ["k".repeat(100_000)]: "x", "": "empty" } }, teams: [{ name: "team-a" }] });
    expect(lines).toEqual([
      "defaults.tags.long: must be at most 256 characters (Azure's limit for tag values; this one has 300) [TAG_VALUE]",
      "defaults.tags[\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\"… (100000 characters)]: has a name Azure refuses: tag names are at most 512 characters (this one has 100000) [TAG_KEY]",
      'defaults.tags[""]: has a name Azure refuses: tag names must not be empty [TAG_KEY]',
    ]);
    const formatted = parseConfig({ ...base, defaults: { ...base.defaults, tags: { long: "v".repeat(300) } }, teams: [{ name: "team-a" }] }, "c.json").problems.map(formatProblem)[0];
    expect(formatted).toBe('c.json: defaults.tags.long "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"… (300 characters) must be at most 256 characters (Azure\'s limit for tag values; this one has 300) [TAG_VALUE]');
  });

  test("team tags are reported at teams[i].tags; more than 50 once merged with the defaults and the stack's own", () => {
    const many = (prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, "x"]));
    expect(problems({ ...base, defaults: { ...base.defaults, tags: many("d", 30) }, teams: [{ name: "team-a", tags: { ...many("t", 20), "a/b": "c" } }] })).toEqual([
      "teams[0].tags[\"a/b\"]: has a name Azure refuses: tag names cannot contain < > % & \\ ? / [TAG_KEY]",
      'teams[0].tags: must have at most 50 tags (Azure\'s limit) with defaults.tags and the 3 the stack adds (team, environment, managed-by): 54 in environment "dev" [TAGS_LIMIT]',
    ]);
    expect(problems({ ...base, defaults: { ...base.defaults, tags: many("d", 51) }, teams: [{ name: "team-a" }] })[0]).toBe("defaults.tags: must have at most 50 tags (Azure's limit), has 51 [TAGS_LIMIT]");
  });

  test("an entry's tags count with the team's: more than 50 together is reported at the entry, once", () => {
    const many = (prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, "x"]));
    const endpoint = { kind: "online", name: "score", tags: many("e", 10) };
    expect(problems({ ...base, defaults: { ...base.defaults, tags: many("d", 40) }, teams: [{ name: "team-a", endpoints: [endpoint] }] })).toEqual([
      'teams[0].endpoints[0].tags: must have at most 50 tags (Azure\'s limit) with the team\'s tags: 53 [TAGS_LIMIT]',
    ]);
    expect(problems({ ...base, defaults: { ...base.defaults, tags: many("d", 30) }, teams: [{ name: "team-a", endpoints: [endpoint] }] })).toEqual([]);
    // A deployment's too, once, though the team is in two environments.
    const deployed = { ...endpoint, tags: {}, deployments: [{ name: "blue", model: "azureml:m:1", environment: "azureml:e:1", instanceType: "Standard_DS3_v2", tags: many("x", 10) }] };
    expect(problems({ ...base, environments: [{ name: "dev" }, { name: "qa" }], defaults: { ...base.defaults, tags: many("d", 40) }, teams: [{ name: "team-a", endpoints: [deployed] }] })).toEqual([
      'teams[0].endpoints[0].deployments[0].tags: must have at most 50 tags (Azure\'s limit) with the team\'s tags: 53 [TAGS_LIMIT]',
    ]);
    // Too many on its own: the schema says so, once; the count with the team's is not added.
    const alone = { ...endpoint, tags: many("a", 51) };
    expect(problems({ ...base, teams: [{ name: "team-a", endpoints: [alone] }] })).toEqual(["teams[0].endpoints[0].tags: must have at most 50 tags (Azure's limit), has 51 [TAGS_LIMIT]"]);
  });
});

describe("address spaces", () => {
  test.each([
    ["300.20.0.0/16", "is not an IPv4 range: each octet is 0-255 [CIDR]"],
    ["10.256.0.0/16", "is not an IPv4 range: each octet is 0-255 [CIDR]"],
    ["8.8.0.0/16", "must be a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16): Azure virtual networks for private environments use private addresses [CIDR_PUBLIC]"],
    ["10.20.0.0/24", "must be a /16 such as 10.20.0.0/16 [INVALID_FORMAT]"],
  ])("%s is refused", (addressSpace, rule) => {
    expect(problems({ ...base, environments: [{ name: "prod", production: true, addressSpace }], teams: [{ name: "team-a" }] })).toEqual([`environments[0].addressSpace: ${rule}`]);
  });

  test("two private environments cannot share a /16, given or by default", () => {
    expect(problems({ ...base, environments: [{ name: "dev", network: "private" }, { name: "prod", production: true, addressSpace: "10.10.0.0/16" }], teams: [{ name: "team-a" }] })).toEqual([
      "environments[1].addressSpace: overlaps the address space of environments[0] (private environments need their own /16) [ADDRESS_OVERLAP]",
    ]);
  });
});

describe("problems found while building stacks keep their full config path", () => {
  test("a deployment's bad model is reported under its deployment, not the endpoint", () => {
    const deployments = [{ name: "blue", model: "forecast", instanceType: "Standard_DS3_v2" }];
    const lines = problems(team({ endpoints: [{ kind: "online", name: "forecast", deployments, traffic: { blue: 100 } }] }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^teams\[0\]\.endpoints\[0\]\.deployments\[0\]\.model: /);
  });
});

describe("the file itself", () => {
  const write = (name: string, bytes: string | Buffer) => {
    const file = path.join(tmp(), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const valid = JSON.stringify({ ...base, teams: [{ name: "team-a" }] });

  test("a Latin-1 file is refused with the line and column of the first byte that is not UTF-8", () => {
    const file = write("latin1.json", Buffer.from(`{\n  "defaults": { "location": "westeurope", "prefix": "ml", "tags": { "d": "Pr\xe9visions" } },\n  "environments": [{ "name": "dev" }], "teams": [{ "name": "team-a" }] }`, "latin1"));
    expect(loadConfig(file, "latin1.json").problems.map(formatProblem)).toEqual([
      'latin1.json: (file) is not UTF-8: byte 0xe9 at line 2, column 77 (save the file as UTF-8; Latin-1 or Windows-1252 text such as "é" is read as garbage otherwise) [CONFIG_UNREADABLE]',
    ]);
  });

  test("a UTF-8 byte-order mark is accepted", () => {
    expect(loadConfig(write("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)])), "bom.json").problems).toEqual([]);
  });

  test("a JSON syntax error gives a line and column, not a character offset", () => {
    const file = write("broken.json", '{\n  "defaults": { "location": "westeurope", "prefix": "ml" },\n  "environments": [{ "name": "dev" }]\n  "teams": []\n}\n');
    expect(loadConfig(file, "broken.json").problems.map((p) => p.rule)).toEqual(["is not valid JSON at line 4, column 3: Expected ',' or '}' after property value"]);
  });
});

describe("a config that passes validation but fails the rule pack", () => {
  const root = path.join(__dirname, "..", "..");
  const run = (config: AzureMlConfigInput, outdir: string) => {
    const file = path.join(tmp(), "config.json");
    fs.writeFileSync(file, JSON.stringify(config));
    return spawnSync(process.execPath, ["-r", path.join(root, "tools", "register-ts.js"), path.join(root, "stacks", "main.ts")], { cwd: root, env: { ...process.env, AZUREML_CONFIG: file, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
  };

  test("lists every rule-pack error of every stack, writes nothing, and leaves the earlier output as it was", () => {
    const outdir = tmp();
    expect(run({ ...base, teams: [{ name: "team-a" }] }, outdir).status).toBe(0);
    const manifest = fs.readFileSync(path.join(outdir, "manifest.json"), "utf8");
    const bad = run(
      {
        ...base,
        environments: [{ name: "dev" }, { name: "qa" }],
        teams: [
          { name: "team-a", workspace: { highBusinessImpact: true }, compute: [{ kind: "cluster", name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2, minNodes: 1 }] },
          { name: "team-b", compute: [{ kind: "instance", name: "ci-bob", vmSize: "Standard_DS3_v2", localAuthEnabled: true }] },
        ],
      },
      outdir,
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("6 problems; nothing was written:");
    for (const stack of ["team-a-dev", "team-a-qa"]) {
      expect(bad.stderr).toContain(`[${stack}] [AML-CC-03] Workspace/Compute-cpu-cluster/Resource (azurerm_machine_learning_compute_cluster.`);
      expect(bad.stderr).toMatch(new RegExp(`\\[${stack}\\] \\[AML-CC-03\\] .*Fix: set minNodes: 0 \\(the default\\) \\(from teams\\[0\\]\\.compute\\[0\\]\\)`));
      expect(bad.stderr).toMatch(new RegExp(`\\[${stack}\\] \\[AML-WS-04\\] Workspace/Resource .*\\(from teams\\[0\\]\\.workspace\\)`));
    }
    expect(bad.stderr).toMatch(/\[team-b-dev\] \[AML-CI-01\] Workspace\/Compute-ci-bob\/Resource .*\(from teams\[1\]\.compute\[0\]\)/);
    expect(bad.stderr).not.toMatch(/skipValidation|\n\s+at /);
    expect(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")).toBe(manifest);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual(["platform-dev", "team-a-dev"]);
  });
});

describe("addresses that never move", () => {
  /** Every array of the config reversed, recursively (objects keep their keys). */
  const reversed = (x: unknown): unknown => (Array.isArray(x) ? [...x].reverse().map(reversed) : x && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, reversed(v)])) : x);

  function addresses(config: unknown): Record<string, string[]> {
    const parsed = parseConfig(config, "rich.json");
    if (!parsed.config) throw new Error(parsed.problems.map(formatProblem).join("\n"));
    const outdir = tmp();
    const app = new App({ outdir });
    expect(addTeamStacks(app, parsed.config, "rich.json").problems).toEqual([]);
    app.synth();
    const out: Record<string, string[]> = {};
    for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as { resource: Record<string, Record<string, unknown>> };
      out[stack] = Object.entries(json.resource).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)).sort();
    }
    return out;
  }

  const rich = JSON.parse(fs.readFileSync(RICH_CONFIG, "utf8"));
  const original = addresses(rich);

  test("reordering every list of a rich config keeps every Terraform address", () => {
    expect(Object.values(original).flat().length).toBeGreaterThan(150);
    expect(addresses(reversed(rich))).toEqual(original);
  });

  test("renaming one datastore replaces only that datastore (and its container)", () => {
    const renamed = JSON.parse(JSON.stringify(rich));
    renamed.teams[0].datastores[1].datastoreName = "feature_store_v2";
    const after = addresses(renamed);
    for (const stack of Object.keys(original)) {
      const gone = original[stack].filter((a) => !after[stack].includes(a));
      const added = after[stack].filter((a) => !original[stack].includes(a));
      if (!stack.startsWith("team-a-")) expect([stack, gone, added]).toEqual([stack, [], []]);
      else {
        expect(gone.length).toBe(2);
        expect(gone.every((a) => a.includes("Datastore-feature_store_"))).toBe(true);
        expect(added.every((a) => a.includes("Datastore-feature_store_v2_"))).toBe(true);
      }
    }
  });
});
