/**
 * The benchmark's reference stack through our constructs: a private workspace with created
 * dependencies and private endpoints, two compute clusters, and an online endpoint with two
 * deployments and a traffic split.
 */
import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, Workspace } from "cdktf-azureml";
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

    const endpoint = ws.addOnlineEndpoint("Endpoint", { name: "ep-bench", traffic: { blue: 90, green: 10 } });
    for (const name of ["blue", "green"]) {
      endpoint.addDeployment(name, { name, model: MODEL, environment: ENVIRONMENT, instanceType: "Standard_DS3_v2" });
    }
  }
}
