import * as fs from "node:fs";
import { parse as parseYaml } from "yaml";
import { nameProblem } from "../../constructs/core/naming";
import { Validator, ValidationError, type Problem } from "../../constructs/core/validation";
import { AzureMlConfigSchema, type AzureMlConfig, type EnvironmentConfig, type TeamConfig } from "./schema";

/** An environment with its defaults resolved. */
export interface ResolvedEnvironment extends EnvironmentConfig {
  readonly location: string;
  readonly network: "public" | "private";
  readonly addressSpace: string;
  readonly logRetentionDays: number;
  /** Position in the config, for deterministic address allocation. */
  readonly index: number;
}

/** Names every stack and resource of a team in an environment derives from. */
export function teamStackName(team: TeamConfig, env: EnvironmentConfig): string {
  return `${team.name}-${env.name}`;
}

export function workspaceName(prefix: string, team: TeamConfig, env: EnvironmentConfig): string {
  return `mlw-${prefix}-${team.name}-${env.name}`;
}

export function platformStackName(env: EnvironmentConfig): string {
  return `platform-${env.name}`;
}

export function resolveEnvironment(config: AzureMlConfig, env: EnvironmentConfig, index: number): ResolvedEnvironment {
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
export function environmentsOf(config: AzureMlConfig, team: TeamConfig): ResolvedEnvironment[] {
  return config.environments.map((e, i) => resolveEnvironment(config, e, i)).filter((e) => !team.environments || team.environments.includes(e.name));
}

/** Rules across the config that a schema alone cannot express; every problem is named by its path. */
function crossChecks(v: Validator, c: AzureMlConfig): void {
  const dupes = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);
  const envNames = c.environments.map((e) => e.name);
  for (const d of new Set(dupes(envNames))) v.add("DUPLICATE", `environments[${envNames.lastIndexOf(d)}].name`, d, "is used by another environment");
  const teamNames = c.teams.map((t) => t.name);
  for (const d of new Set(dupes(teamNames))) v.add("DUPLICATE", `teams[${teamNames.lastIndexOf(d)}].name`, d, "is used by another team");
  for (const d of new Set(dupes(c.teams.map((t) => t.name).filter((n) => n === "platform")))) v.add("RESERVED", "teams", d, "cannot be named platform");

  const spaces = c.environments.map((e, i) => resolveEnvironment(c, e, i)).filter((e) => e.network === "private").map((e) => e.addressSpace);
  for (const d of new Set(dupes(spaces))) v.add("DUPLICATE", "environments", d, "address space is used by two private environments");

  c.teams.forEach((team, t) => {
    if (team.name === "platform") v.add("RESERVED", `teams[${t}].name`, team.name, "is reserved for the platform stacks");
    (team.environments ?? []).forEach((e, i) => {
      if (!envNames.includes(e)) v.add("UNKNOWN_ENVIRONMENT", `teams[${t}].environments[${i}]`, e, `must be one of ${envNames.map((n) => JSON.stringify(n)).join(", ")}`);
    });
    for (const env of c.environments) {
      const ws = workspaceName(c.defaults.prefix, team, env);
      const problem = nameProblem("workspace", ws);
      if (problem) v.add("NAME_TOO_LONG", `teams[${t}].name`, team.name, `makes the workspace name "${ws}" invalid for environment "${env.name}": it ${problem}`);
    }
    const computeNames = team.compute.map((x) => x.name);
    for (const d of new Set(dupes(computeNames))) v.add("DUPLICATE", `teams[${t}].compute[${computeNames.lastIndexOf(d)}].name`, d, "is used by another compute target of the team");
    team.compute.forEach((x, i) => {
      if (x.kind === "cluster" && x.minNodes > x.maxNodes) v.add("NODE_RANGE", `teams[${t}].compute[${i}].maxNodes`, x.maxNodes, `must be ≥ minNodes (${x.minNodes})`);
    });
    (team.endpoints ?? []).forEach((e, i) => {
      const names = (e.deployments ?? []).map((d) => d.name);
      if (e.kind === "online" && e.traffic) {
        for (const [name, share] of Object.entries(e.traffic)) {
          if (!names.includes(name)) v.add("UNKNOWN_DEPLOYMENT", `teams[${t}].endpoints[${i}].traffic.${name}`, share, `names no deployment of this endpoint: deployments are ${names.map((n) => JSON.stringify(n)).join(", ") || "(none)"}`);
        }
        const sum = Object.values(e.traffic).reduce((a, b) => a + b, 0);
        if (sum !== 100) v.add("TRAFFIC_SUM", `teams[${t}].endpoints[${i}].traffic`, e.traffic, `must sum to 100, sums to ${sum}`);
      }
      if (e.kind === "batch" && e.defaultDeployment && !names.includes(e.defaultDeployment)) {
        v.add("UNKNOWN_DEPLOYMENT", `teams[${t}].endpoints[${i}].defaultDeployment`, e.defaultDeployment, `names no deployment of this endpoint: deployments are ${names.map((n) => JSON.stringify(n)).join(", ") || "(none)"}`);
      }
    });
    const builders = team.compute.filter((x) => x.kind === "cluster" && x.imageBuild);
    if (builders.length > 1) v.add("IMAGE_BUILD", `teams[${t}].compute`, builders.length, "may have one cluster with imageBuild: true");
    team.compute.forEach((x, i) => {
      if (x.kind === "cluster" && x.imageBuild && /^Standard_N/i.test(x.vmSize)) v.add("IMAGE_BUILD_GPU", `teams[${t}].compute[${i}].vmSize`, x.vmSize, "must be a CPU size for the image build cluster");
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
        roles: list(t.roles),
        datastores: list(t.datastores),
        endpoints: list(t.endpoints).filter((e) => e && typeof e === "object"),
      })),
  };
}

/** Reads a config file (JSON, or YAML when it ends in .yaml or .yml) and checks it. */
export function loadConfig(file: string, displayName = file): { config?: AzureMlConfig; problems: Problem[] } {
  const yaml = /\.ya?ml$/i.test(file);
  let raw: unknown;
  try {
    const text = fs.readFileSync(file, "utf8");
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    return { problems: [{ code: "CONFIG_UNREADABLE", path: displayName, field: "(file)", value: undefined, rule: `cannot be read as ${yaml ? "YAML" : "JSON"}: ${(e as Error).message}` }] };
  }
  return parseConfig(raw, displayName);
}
