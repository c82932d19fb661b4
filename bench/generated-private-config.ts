import type { AzureMlConfigInput } from "../stacks/config/schema";

/** A config with `n` teams in one production (private) environment, each with one cluster. */
export function generatedPrivateConfig(n: number): AzureMlConfigInput {
  return {
    defaults: { location: "westeurope", prefix: "bench" },
    environments: [{ name: "prod", production: true, addressSpace: "10.20.0.0/16" }],
    teams: Array.from({ length: n }, (_, i) => ({
      name: `team${i}`,
      compute: [{ kind: "cluster" as const, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4, imageBuild: true }],
    })),
  };
}
