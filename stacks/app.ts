import * as path from "node:path";
import type { App } from "../constructs/core/engine";
import type { Problem } from "../constructs/core/validation";
import { deploymentEnvironmentsOf, loadConfig, platformStackName, resolveDeploymentEnvironment, teamStackName } from "./config/load";
import type { AzureMlConfig } from "./config/schema";
import { PlatformStack } from "./platform-stack";
import { TeamStack } from "./team-stack";

/**
 * Adds one platform stack per environment and one stack per team and environment. Returns every
 * problem found while building them, by config path; stacks must not be synthesized if there is one.
 */
export function addTeamStacks(app: App, config: AzureMlConfig, source: string): { problems: Problem[]; platforms: PlatformStack[]; teams: TeamStack[] } {
  const problems: Problem[] = [];
  const platforms: PlatformStack[] = [];
  const teams: TeamStack[] = [];
  // Loops, not callbacks, here and in the stacks: every token cdktf creates captures the whole call
  // stack, so each frame between the app and a provider class costs on every token (see bench/).
  for (const [i, e] of config.environments.entries()) {
    const environment = resolveDeploymentEnvironment(config, e, i);
    const teamNames = config.teams.filter((t) => deploymentEnvironmentsOf(config, t).some((x) => x.name === e.name)).map((t) => t.name);
    const platform = new PlatformStack(app, platformStackName(e), { config, deploymentEnvironment: environment, teams: teamNames });
    platforms.push(platform);
    for (const [teamIndex, team] of config.teams.entries()) {
      if (!teamNames.includes(team.name)) continue;
      teams.push(new TeamStack(app, teamStackName(team, e), { config, deploymentEnvironment: environment, team, teamIndex, platform, problems, source }));
    }
  }
  return { problems, platforms, teams };
}

/** Loads a config file and adds its stacks; problems are returned, not thrown. */
export function addStacksFromConfigFile(app: App, file: string): { problems: Problem[] } {
  const display = path.relative(process.cwd(), file) || file;
  const loaded = loadConfig(file, display.split(path.sep).join("/"));
  if (!loaded.config) return { problems: loaded.problems };
  return { problems: addTeamStacks(app, loaded.config, display.split(path.sep).join("/")).problems };
}
