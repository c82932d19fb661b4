import type { AzureMlConfigInput } from "../stacks/config/schema";

/** A config with `n` teams in one public environment, each with a cluster, an instance and a role. */
export function generatedConfig(n: number): AzureMlConfigInput {
  return {
    defaults: { location: "westeurope", prefix: "bench" },
    environments: [{ name: "dev" }],
    teams: Array.from({ length: n }, (_, i) => ({
      name: `team${i}`,
      compute: [
        { kind: "cluster" as const, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 },
        { kind: "instance" as const, name: `ci-team${i}`, vmSize: "Standard_DS3_v2" },
      ],
      roles: [{ principalId: "00000000-0000-0000-0000-000000000001", role: "AzureMLDataScientist" as const }],
    })),
  };
}
