import { App } from "cdktf";
import { formatProblem } from "cdktf-azureml";
import { addTeamStacks, parseConfig } from "cdktf-azureml/stacks";

export function buildApp(app: App): string[] {
  const { config, problems } = parseConfig(
    {
      defaults: { location: "westeurope", prefix: "ml" },
      environments: [{ name: "dev" }, { name: "prod", production: true }],
      teams: [{ name: "team-a", compute: [{ kind: "cluster", name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4, imageBuild: true }] }],
    },
    "inline config",
  );
  if (!config) return problems.map(formatProblem);
  return addTeamStacks(app, config, "inline config").teams.map((t) => t.node.id);
}
