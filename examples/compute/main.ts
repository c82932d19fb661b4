/**
 * Compute for a team: a CPU cluster that also builds images, a low-priority GPU cluster, and a
 * personal compute instance with idle shutdown and a stop schedule. All scale to zero or shut down
 * when idle, and none accepts keys (local auth off).
 *
 *   npx ts-node --transpile-only examples/compute/main.ts
 */
import type { Construct } from "constructs";
import { Duration } from "../../constructs/core/duration";
import { App, ResourceGroup, TerraformStack } from "../../constructs/core/engine";
import { addAzureProviders } from "../../constructs/core/providers";
import { Workspace } from "../../constructs/workspace/workspace";
import { addLocalBackend } from "../../stacks/local-backend";
import { applyRulePack } from "../../constructs/policy/rule-pack";

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
  const app = new App();
  new ComputeStack(app, "compute");
  app.synth();
}
