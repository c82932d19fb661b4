/**
 * The benchmark's reference stack through our constructs: a private workspace with created
 * dependencies and private endpoints, two compute clusters, and an online endpoint with two
 * deployments and a traffic split.
 */
import type { Construct } from "constructs";
import { mlType } from "../constructs/azapi/api-version";
import { AzapiResource } from "../constructs/azapi/resource";
import { AzapiUpdateResource } from "../constructs/azapi/update-resource";
import { ResourceGroup, TerraformStack } from "../constructs/core/engine";
import { addAzureProviders } from "../constructs/core/providers";
import { Workspace } from "../constructs/workspace/workspace";
import { addLocalBackend } from "../stacks/local-backend";
import { COMPUTE_SUBNET, ENVIRONMENT, MODEL, SUBNET } from "./reference-constants";


export class ReferenceStackOurs extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    const rg = new ResourceGroup(this, "ResourceGroup", { name: "rg-ml-bench", location: "westeurope" });
    const ws = new Workspace(this, "Workspace", {
      name: "mlw-bench",
      resourceGroupName: rg.name,
      location: "westeurope",
      publicNetworkAccessEnabled: false,
      containerRegistry: { mode: "create" },
      imageBuildComputeName: "cpu-cluster",
      privateEndpoints: { subnetId: SUBNET },
    });
    ws.addComputeCluster("Cpu", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4, subnetId: COMPUTE_SUBNET });
    ws.addComputeCluster("Gpu", { name: "gpu-cluster", vmSize: "Standard_NC24ads_A100_v4", maxNodes: 2, subnetId: COMPUTE_SUBNET });

    const endpoint = new AzapiResource(this, "Endpoint", {
      type: mlType("workspaces/onlineEndpoints"),
      name: "ep-bench",
      parentId: ws.workspaceId,
      location: "westeurope",
      identity: { type: "SystemAssigned" },
      body: { kind: "Managed", properties: { authMode: "AADToken", publicNetworkAccess: "Disabled" } },
      responseExportValues: { scoringUri: "properties.scoringUri" },
    });
    const deployments = ["blue", "green"].map(
      (name) =>
        new AzapiResource(this, `Deployment-${name}`, {
          type: mlType("workspaces/onlineEndpoints/deployments"),
          name,
          parentId: endpoint.id,
          location: "westeurope",
          body: {
            sku: { name: "Default", capacity: 1 },
            properties: { endpointComputeType: "Managed", model: MODEL, environmentId: ENVIRONMENT, instanceType: "Standard_DS3_v2", appInsightsEnabled: true },
          },
        }),
    );
    new AzapiUpdateResource(this, "Traffic", {
      type: mlType("workspaces/onlineEndpoints"),
      resourceId: endpoint.id,
      body: { properties: { traffic: { blue: 90, green: 10 } } },
      dependsOn: deployments,
    });
  }
}
