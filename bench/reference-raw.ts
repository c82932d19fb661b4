/**
 * The same resources as reference-ours.ts, written directly against the provider classes (and the
 * azapi binding, azapi's only classes): what a user writes without this library for the same
 * Terraform. The bench checks both write the same blocks and attributes (bench/parity.ts).
 */
import type { Construct } from "constructs";
import { mlType } from "../constructs/azapi/api-version";
import { AzapiProvider } from "../constructs/azapi/provider";
import { AzapiResource } from "../constructs/azapi/resource";
import { AzapiUpdateResource } from "../constructs/azapi/update-resource";
import { AzurermProvider, TerraformStack } from "../constructs/core/engine";
import { ApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MachineLearningComputeCluster } from "@cdktf/provider-azurerm/lib/machine-learning-compute-cluster";
import { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { addLocalBackend } from "../constructs/app/local-backend";
import { FEATURES, PRIVATE_STORAGE, rawDiagnostics, rawPrivateEndpoints } from "./raw-settings";
import { COMPUTE_SUBNET, ENVIRONMENT, MODEL, SUBNET } from "./reference-constants";

const VNET = SUBNET.replace(/\/subnets\/[^/]+$/, "");

export class ReferenceStackRaw extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    new AzurermProvider(this, "azurerm", { storageUseAzuread: true, features: [FEATURES] });
    new AzapiProvider(this, "azapi");
    const location = "westeurope";
    const rg = new ResourceGroup(this, "rg", { name: "rg-ml-bench", location });
    const resourceGroupName = rg.name;
    const client = new DataAzurermClientConfig(this, "client", {});
    const tags = {};

    const sa = new StorageAccount(this, "sa", {
      name: "stmlwbenchabc123",
      resourceGroupName,
      location,
      ...PRIVATE_STORAGE,
      tags,
    });
    const kv = new KeyVault(this, "kv", {
      name: "kvmlwbenchabc123",
      resourceGroupName,
      location,
      tenantId: client.tenantId,
      skuName: "standard",
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      publicNetworkAccessEnabled: false,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      tags,
    });
    const law = new LogAnalyticsWorkspace(this, "law", { name: "log-mlw-bench", resourceGroupName, location, sku: "PerGB2018", retentionInDays: 30, internetIngestionEnabled: true, internetQueryEnabled: true, tags });
    const ai = new ApplicationInsights(this, "ai", { name: "appi-mlw-bench", resourceGroupName, location, applicationType: "web", workspaceId: law.id, internetIngestionEnabled: true, internetQueryEnabled: true, tags });
    const cr = new ContainerRegistry(this, "cr", {
      name: "crmlwbenchabc123",
      resourceGroupName,
      location,
      sku: "Premium",
      adminEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccessEnabled: false,
      dataEndpointEnabled: true,
      networkRuleBypassOption: "AzureServices",
      zoneRedundancyEnabled: false,
      retentionPolicyInDays: 7,
      tags,
    });
    const ws = new MachineLearningWorkspace(this, "ws", {
      name: "mlw-bench",
      kind: "Default",
      skuName: "Basic",
      highBusinessImpact: false,
      resourceGroupName,
      location,
      storageAccountId: sa.id,
      keyVaultId: kv.id,
      applicationInsightsId: ai.id,
      containerRegistryId: cr.id,
      publicNetworkAccessEnabled: false,
      v1LegacyModeEnabled: false,
      imageBuildComputeName: "cpu-cluster",
      identity: { type: "SystemAssigned" },
      tags,
    });
    new AzapiUpdateResource(this, "auth", { type: mlType("workspaces"), resourceId: ws.id, body: { properties: { systemDatastoresAuthMode: "Identity" } } });

    const ids = { workspace: ws, storageId: sa.id, vaultId: kv.id, registryId: cr.id };
    rawDiagnostics(this, law.id, ids);

    const zoneNames = ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net", "privatelink.blob.core.windows.net", "privatelink.file.core.windows.net", "privatelink.vaultcore.azure.net", "privatelink.azurecr.io"];
    const zones: Record<string, PrivateDnsZone> = {};
    for (const [i, name] of zoneNames.entries()) {
      const zone = (zones[name] = new PrivateDnsZone(this, `zone-${i}`, { name, resourceGroupName, tags }));
      // The zone's name by reference: the link waits for the zone.
      new PrivateDnsZoneVirtualNetworkLink(this, `link-${i}`, { name: `link-${i}`, privateDnsZoneName: zone.name, resourceGroupName, virtualNetworkId: VNET, registrationEnabled: false, tags });
    }
    const wsEndpoint = rawPrivateEndpoints(this, { namePrefix: "pe-mlw-bench", resourceGroupName, location, subnetId: SUBNET, zoneId: (z) => zones[z].id, tags }, ids);

    for (const [id, name, vmSize, max] of [
      ["cpu", "cpu-cluster", "Standard_DS3_v2", 4],
      ["gpu", "gpu-cluster", "Standard_NC24ads_A100_v4", 2],
    ] as const) {
      new MachineLearningComputeCluster(this, id, {
        name,
        machineLearningWorkspaceId: ws.id,
        location,
        vmSize,
        vmPriority: "Dedicated",
        scaleSettings: { minNodeCount: 0, maxNodeCount: max, scaleDownNodesAfterIdleDuration: "PT2M" },
        identity: { type: "SystemAssigned" },
        subnetResourceId: COMPUTE_SUBNET,
        nodePublicIpEnabled: false,
        localAuthEnabled: false,
        sshPublicAccessEnabled: false,
        tags,
        dependsOn: [wsEndpoint],
      });
    }

    const endpoint = new AzapiResource(this, "endpoint", {
      type: mlType("workspaces/onlineEndpoints"),
      name: "ep-bench",
      parentId: ws.id,
      location,
      identity: { type: "SystemAssigned" },
      body: { kind: "Managed", properties: { authMode: "AADToken", publicNetworkAccess: "Disabled", traffic: {} } },
      ignoreBodyChanges: ["properties.traffic"],
      responseExportValues: { scoringUri: "properties.scoringUri", swaggerUri: "properties.swaggerUri" },
      timeouts: { create: "60m", update: "60m", delete: "60m" },
      dependsOn: [wsEndpoint],
    });
    const deployments = ["blue", "green"].map(
      (name) =>
        new AzapiResource(this, name, {
          type: mlType("workspaces/onlineEndpoints/deployments"),
          name,
          parentId: endpoint.id,
          location,
          body: {
            kind: "Managed",
            sku: { name: "Default", capacity: 1 },
            properties: {
              endpointComputeType: "Managed",
              model: MODEL,
              environmentId: ENVIRONMENT,
              instanceType: "Standard_DS3_v2",
              appInsightsEnabled: true,
              egressPublicNetworkAccess: "Disabled",
              requestSettings: { maxConcurrentRequestsPerInstance: 1, requestTimeout: "PT5S" },
              scaleSettings: { scaleType: "Default" },
            },
          },
          locks: [endpoint.id],
          timeouts: { create: "90m", update: "90m", delete: "60m" },
        }),
    );
    new AzapiUpdateResource(this, "traffic", { type: mlType("workspaces/onlineEndpoints"), resourceId: endpoint.id, body: { properties: { traffic: { blue: 90, green: 10 } } }, locks: [endpoint.id], timeouts: { create: "30m", update: "30m" }, dependsOn: deployments });
  }
}
