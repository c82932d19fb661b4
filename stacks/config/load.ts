import * as fs from "node:fs";
import { nameProblem } from "../../constructs/core/naming";
import { tagProblems } from "../../constructs/core/tags";
import { imageBuildSizeRule } from "../../constructs/compute/compute-common";
import { nodeRangeRule } from "../../constructs/compute/compute-cluster";
import { trafficProblems, unknownDeploymentRule } from "../../constructs/endpoints/endpoint-common";
import { Validator, ValidationError, type Problem } from "../../constructs/core/validation";
import { AzureMlConfigSchema, type AzureMlConfig, type DeploymentEnvironmentConfig, type TeamConfig } from "./schema";

/** An environment with its defaults resolved. */
export interface ResolvedDeploymentEnvironment extends DeploymentEnvironmentConfig {
  readonly location: string;
  readonly network: "public" | "private";
  readonly addressSpace: string;
  readonly logRetentionDays: number;
  /** Position in the config, for deterministic address allocation. */
  readonly index: number;
}

/** Names every stack and resource of a team in an environment derives from. */
export function teamStackName(team: TeamConfig, env: DeploymentEnvironmentConfig): string {
  return `${team.name}-${env.name}`;
}

export function workspaceName(prefix: string, team: TeamConfig, env: DeploymentEnvironmentConfig): string {
  return `mlw-${prefix}-${team.name}-${env.name}`;
}

export function platformStackName(env: DeploymentEnvironmentConfig): string {
  return `platform-${env.name}`;
}

export function resolveDeploymentEnvironment(config: AzureMlConfig, env: DeploymentEnvironmentConfig, index: number): ResolvedDeploymentEnvironment {
  return {
    ...env,
    index,
    location: env.location ?? config.defaults.location,
    network: env.network ?? (env.production ? "private" : "public"),
    addressSpace: env.addressSpace ?? `10.${index + 10}.0.0/16`,
    logRetentionDays: env.logRetentionDays ?? (env.production ? 90 : 30),
  };
}

/** The environments a team has a stack in. */
export function deploymentEnvironmentsOf(config: AzureMlConfig, team: TeamConfig): ResolvedDeploymentEnvironment[] {
  return config.environments.map((e, i) => resolveDeploymentEnvironment(config, e, i)).filter((e) => !team.environments || team.environments.includes(e.name));
}

/**
 * The tags every resource of a team's stack in an environment gets: the defaults, the team's, and three
 * the stack adds. A config entry's own tags (an endpoint's, a deployment's) join them; the stack's
 * three stay as they are.
 */
export function teamTags(config: AzureMlConfig, team: TeamConfig, env: DeploymentEnvironmentConfig, entryTags: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...config.defaults.tags, ...team.tags, ...entryTags, team: team.name, environment: env.name, "managed-by": "cdktf-azureml" };
}

/** The name of the datastore a config entry registers (a container datastore defaults to its container's name). */
export function datastoreNameOf(d: TeamConfig["datastores"][number]): string {
  return d.kind === "container" ? (d.datastoreName ?? d.containerName.replace(/-/g, "_")) : d.name;
}

/** The tag limit's rule without the count of the tags it was given (the caller says what it counted). */
function limitOf(p: { readonly rule: string }): string {
  return p.rule.replace(/, has \d+$/, "");
}

/** Reports the second and later entries of `items` whose key repeats an earlier one. */
function repeats<T>(items: readonly T[], key: (x: T) => string | undefined, report: (item: T, index: number, first: number) => void): void {
  const seen = new Map<string, number>();
  items.forEach((x, i) => {
    const k = key(x);
    if (k === undefined) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else report(x, i, first);
  });
}

/** Rules across the config that a schema alone cannot express; every problem is named by its path. */
function crossChecks(v: Validator, c: AzureMlConfig): void {
  const envNames = c.environments.map((e) => e.name);
  repeats(c.environments, (e) => e.name, (e, i, first) => v.add("DUPLICATE", `environments[${i}].name`, e.name, `is the name of environments[${first}] too`));
  repeats(c.teams, (t) => t.name, (t, i, first) => v.add("DUPLICATE", `teams[${i}].name`, t.name, `is the name of teams[${first}] too`));

  const resolved = c.environments.map((e, i) => ({ e, i, r: resolveDeploymentEnvironment(c, e, i) }));
  repeats(
    resolved.filter((x) => x.r.network === "private"),
    (x) => x.r.addressSpace,
    (x, _i, first) => v.add("ADDRESS_OVERLAP", `environments[${x.i}].addressSpace`, x.r.addressSpace, `overlaps the address space of environments[${resolved.filter((y) => y.r.network === "private")[first].i}] (private environments need their own /16)`),
  );

  // Stack names: platform-<env> and <team>-<env> must all differ (env "a-dev" + team "team" is "team-a-dev" too).
  const stacks: { name: string; where: string; what: string }[] = [];
  c.environments.forEach((e, i) => stacks.push({ name: platformStackName(e), where: `environments[${i}].name`, what: `the platform stack of environment "${e.name}"` }));
  c.teams.forEach((team, t) => {
    for (const e of deploymentEnvironmentsOf(c, team)) {
      stacks.push({ name: teamStackName(team, e), where: `teams[${t}].name`, what: `the stack of team "${team.name}" in environment "${e.name}"` });
    }
  });
  // Repeated team or environment names are reported above; here only distinct ones that collide.
  repeats(stacks, (s) => s.name, (s, _i, first) => stacks[first].what !== s.what && v.add("STACK_NAME_COLLISION", s.where, s.name, `makes the stack name "${s.name}" for ${s.what}, which is also ${stacks[first].what}: rename the team or the environment`));

  c.teams.forEach((team, t) => {
    if (team.name === "platform") v.add("RESERVED", `teams[${t}].name`, team.name, "is reserved for the platform stacks");
    (team.environments ?? []).forEach((e, i) => {
      if (!envNames.includes(e)) v.add("UNKNOWN_ENVIRONMENT", `teams[${t}].environments[${i}]`, e, `must be one of ${envNames.map((n) => JSON.stringify(n)).join(", ")}`);
    });
    const teamEnvironments = deploymentEnvironmentsOf(c, team);
    for (const env of teamEnvironments) {
      const ws = workspaceName(c.defaults.prefix, team, env);
      const problem = nameProblem("workspace", ws);
      if (problem) v.add("NAME_TOO_LONG", `teams[${t}].name`, team.name, `makes the workspace name "${ws}" invalid for environment "${env.name}": it ${problem}`);
      // Counted on the merged tags: the defaults' and the team's can be fine alone and too many together.
      const tooMany = tagProblems(teamTags(c, team, env)).filter((x) => x.code === "TAGS_LIMIT");
      for (const p of tooMany) {
        v.add(p.code, `teams[${t}].tags`, p.value, `${limitOf(p)} with defaults.tags and the 3 the stack adds (team, environment, managed-by): ${p.value} in environment "${env.name}"`);
      }
    }
    // An entry's own tags (an endpoint's, a deployment's) join the team's: reported at the entry when
    // only the two together are too many (the schema reports tags too many alone, and tags that are no
    // record). The count is the same in every environment.
    const env = teamEnvironments[0];
    if (env && tagProblems(teamTags(c, team, env)).every((x) => x.code !== "TAGS_LIMIT")) {
      const entries: [string, unknown][] = team.endpoints.flatMap((e, i) => [
        [`teams[${t}].endpoints[${i}].tags`, e.tags] as [string, unknown],
        ...(e.deployments ?? []).map((d, j) => [`teams[${t}].endpoints[${i}].deployments[${j}].tags`, d.tags] as [string, unknown]),
      ]);
      for (const [field, own] of entries) {
        if (!own || typeof own !== "object" || Array.isArray(own)) continue;
        const tags = own as Readonly<Record<string, string>>;
        if (tagProblems(tags).some((x) => x.code === "TAGS_LIMIT")) continue;
        for (const p of tagProblems(teamTags(c, team, env, tags)).filter((x) => x.code === "TAGS_LIMIT")) {
          v.add(p.code, field, p.value, `${limitOf(p)} with the team's tags: ${p.value}`);
        }
      }
    }

    repeats(team.compute, (x) => x.name, (x, i, first) => v.add("DUPLICATE", `teams[${t}].compute[${i}].name`, x.name, `is the name of compute[${first}] too (compute names are unique in a workspace)`));
    team.compute.forEach((x, i) => {
      const range = x.kind === "cluster" ? nodeRangeRule(x.minNodes, x.maxNodes) : undefined;
      if (range) v.add("NODE_RANGE", `teams[${t}].compute[${i}].minNodes`, x.kind === "cluster" ? x.minNodes : undefined, range);
    });

    // Online and batch endpoints share one namespace in a workspace; deployments are per endpoint.
    repeats(team.endpoints, (e) => e.name, (e, i, first) => v.add("DUPLICATE", `teams[${t}].endpoints[${i}].name`, e.name, `is the name of endpoints[${first}] too (online and batch endpoints share one namespace in a workspace)`));
    team.endpoints.forEach((e, i) => {
      const deployments: readonly { readonly name: string }[] = e.deployments ?? [];
      repeats(deployments, (d) => d.name, (d, j, first) => v.add("DUPLICATE", `teams[${t}].endpoints[${i}].deployments[${j}].name`, d.name, `is the name of deployments[${first}] of this endpoint too`));
      const names = deployments.map((d) => d.name);
      if (e.kind === "online") for (const p of trafficProblems(e.traffic, e.mirrorTraffic, names)) v.add(p.code, `teams[${t}].endpoints[${i}].${p.field}`, p.value, p.rule);
      if (e.kind === "batch" && e.defaultDeployment && !names.includes(e.defaultDeployment)) {
        v.add("UNKNOWN_DEPLOYMENT", `teams[${t}].endpoints[${i}].defaultDeployment`, e.defaultDeployment, unknownDeploymentRule(names));
      }
    });

    repeats(team.datastores, datastoreNameOf, (d, i, first) => v.add("DUPLICATE", `teams[${t}].datastores[${i}].${d.kind === "container" ? (d.datastoreName ? "datastoreName" : "containerName") : "name"}`, datastoreNameOf(d), `registers the datastore name "${datastoreNameOf(d)}", as datastores[${first}] does`));
    repeats(team.datastores, (d) => (d.kind === "container" ? d.containerName : undefined), (d, i, first) => v.add("DUPLICATE", `teams[${t}].datastores[${i}].containerName`, d.kind === "container" ? d.containerName : undefined, `is the container of datastores[${first}] too (one container of each name in the workspace's storage account)`));
    repeats(team.roles, (r) => `${r.principalId}|${r.role}`, (r, i, first) => v.add("DUPLICATE", `teams[${t}].roles[${i}]`, `${r.role} for ${r.principalId}`, `repeats roles[${first}]`));

    const builders = team.compute.filter((x) => x.kind === "cluster" && x.imageBuild);
    if (builders.length > 1) v.add("IMAGE_BUILD", `teams[${t}].compute`, builders.length, "may have one cluster with imageBuild: true");
    team.compute.forEach((x, i) => {
      const size = x.kind === "cluster" && x.imageBuild ? imageBuildSizeRule(x.vmSize) : undefined;
      if (size) v.add("IMAGE_BUILD_GPU", `teams[${t}].compute[${i}].vmSize`, x.vmSize, size);
    });
  });
  if (c.teams.length > 200) v.add("TOO_MANY_TEAMS", "teams", c.teams.length, "must be at most 200 (one /24 compute subnet each in the platform /16)");
}

/** Parses and checks a config object; `source` names it in problems (the file path). */
export function parseConfig(raw: unknown, source: string): { config?: AzureMlConfig; problems: Problem[] } {
  const v = new Validator(source);
  const parsed = v.parse(AzureMlConfigSchema, raw);
  // Cross checks run on the raw config too when the schema failed, so one run lists every problem.
  v.check(() => crossChecks(v, withDefaults(parsed)));
  try {
    v.throwIfAny();
  } catch (e) {
    return { problems: [...(e as ValidationError).problems] };
  }
  return { config: parsed, problems: [] };
}

/** Fills the lists cross checks walk, for a config the schema rejected (and so did not default). */
function withDefaults(c: AzureMlConfig): AzureMlConfig {
  const list = <T>(x: T[] | undefined): T[] => (Array.isArray(x) ? x : []);
  return {
    ...c,
    defaults: { ...(c.defaults ?? {}), prefix: String(c.defaults?.prefix ?? ""), location: String(c.defaults?.location ?? "") } as AzureMlConfig["defaults"],
    environments: list(c.environments).filter((e) => e && typeof e === "object"),
    teams: list(c.teams)
      .filter((t) => t && typeof t === "object")
      .map((t) => ({
        ...t,
        compute: list(t.compute).filter((x) => x && typeof x === "object"),
        roles: list(t.roles).filter((r) => r && typeof r === "object"),
        datastores: list(t.datastores).filter((d) => d && typeof d === "object"),
        tags: t.tags && typeof t.tags === "object" ? t.tags : {},
        endpoints: list(t.endpoints)
          .filter((e) => e && typeof e === "object")
          .map((e) => ({ ...e, deployments: list<object>(e.deployments).filter((d) => d && typeof d === "object") }) as TeamConfig["endpoints"][number]),
      })),
  };
}

/** The byte offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Line and column (1-based) of a character offset in a text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * Reads a config file (JSON, or YAML when it ends in .yaml or .yml) and checks it. The file must be
 * UTF-8 (a byte-order mark is accepted): another encoding is refused with the line and column of the
 * first byte that is not, rather than read as garbage; syntax errors give a line and column too.
 */
export function loadConfig(file: string, displayName = file): { config?: AzureMlConfig; problems: Problem[] } {
  const yaml = /\.ya?ml$/i.test(file);
  const unreadable = (rule: string): { problems: Problem[] } => ({ problems: [{ code: "CONFIG_UNREADABLE", path: displayName, field: "(file)", value: undefined, rule }] });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return unreadable(`cannot be read: ${(e as Error).message}`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const at = lineColumn(bytes.subarray(0, bad).toString("utf8"), bad);
    return unreadable(`is not UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, "0")} at ${at} (save the file as UTF-8; Latin-1 or Windows-1252 text such as "é" is read as garbage otherwise)`);
  }
  const text = bytes.toString("utf8");
  let raw: unknown;
  try {
    // The YAML parser loads only for YAML files (14 ms of every JSON app's start otherwise).
    raw = yaml ? (require("yaml") as typeof import("yaml")).parse(text) : JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const linePos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const position = /at position (\d+)/.exec(message);
    const where = linePos ? `line ${linePos.line}, column ${linePos.col}` : position ? lineColumn(text, Number(position[1])) : undefined;
    const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, "").replace(/ at line \d+, column \d+:[\s\S]*$/, "");
    return unreadable(`is not valid ${yaml ? "YAML" : "JSON"}${where ? ` at ${where}` : ""}: ${what}`);
  }
  return parseConfig(raw, displayName);
}
