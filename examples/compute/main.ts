/**
 * Compute for a team: a CPU cluster that also builds images, a low-priority GPU cluster, and a
 * personal compute instance with idle shutdown and a stop schedule. All scale to zero or shut down
 * when idle, and none accepts keys (local auth off).
 *
 * Synthesize it (it prints the stacks it wrote) or deploy it:
 *   npx cdktf synth --app "node -r ./tools/register-ts.js examples/compute/main.ts"      # in this repository
 *   npx cdktf deploy compute --app "node -r ./tools/register-ts.js examples/compute/main.ts"
 * As your own app: copy this file to main.ts of a `cdktf init --template=typescript` project
 * with cdktf-azureml installed, then `npx cdktf synth` (its cdktf.json runs `npx ts-node main.ts`).
 */
import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, applyRulePack, Duration, runApp, Workspace } from "cdktf-azureml";
import type { Construct } from "constructs";

export class ComputeStack extends TerraformStack {
  public readonly workspace: Workspace;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-compute", location: "westeurope" });
    this.workspace = new Workspace(this, "Workspace", {
      name: "mlw-compute",
      resourceGroupName: rg.name,
      location: rg.location,
      publicNetworkAccessEnabled: true,
      containerRegistry: { mode: "create" },
    });

    const build = this.workspace.addComputeCluster("CpuCluster", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });
    this.workspace.useImageBuildCompute(build);

    this.workspace.addComputeCluster("GpuCluster", {
      name: "gpu-cluster",
      vmSize: "Standard_NC24ads_A100_v4",
      vmPriority: "LowPriority",
      maxNodes: 2,
      scaleDownAfterIdle: Duration.minutes(10),
    });

    this.workspace.addComputeInstance("AliceInstance", {
      name: "ci-alice",
      vmSize: "Standard_DS3_v2",
      assignedUser: { objectId: "00000000-0000-0000-0000-0000000000a1", tenantId: "00000000-0000-0000-0000-0000000000f1" },
      idleShutdown: Duration.minutes(30),
      schedules: [{ action: "Stop", cron: "0 19 * * 1-5", timeZone: "W. Europe Standard Time" }],
    });
  }
}

if (require.main === module) {
  runApp((app) => {
    new ComputeStack(app, "compute");
  });
}
