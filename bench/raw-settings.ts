/**
 * What both raw apps write for a private workspace, as ours do: the storage account's and the azurerm
 * provider's settings, the diagnostic settings, and the private endpoints (the workspace waiting for
 * those of its vault, storage and registry). Written with the provider classes, as a user would.
 */
import type { Construct } from "constructs";
import { dependable } from "cdktf";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import type { AzurermProviderFeatures } from "@cdktf/provider-azurerm/lib/provider";
import type { StorageAccountConfig } from "@cdktf/provider-azurerm/lib/storage-account";
import type { MachineLearningWorkspace } from "@cdktf/provider-azurerm/lib/machine-learning-workspace";

/** The storage account's settings apart from its name, place, tags and lifecycle. */
export const PRIVATE_STORAGE: Omit<StorageAccountConfig, "name" | "resourceGroupName" | "location"> = {
  accountKind: "StorageV2",
  accountTier: "Standard",
  accountReplicationType: "GRS",
  isHnsEnabled: false,
  minTlsVersion: "TLS1_2",
  httpsTrafficOnlyEnabled: true,
  allowNestedItemsToBePublic: false,
  crossTenantReplicationEnabled: false,
  defaultToOauthAuthentication: true,
  sftpEnabled: false,
  infrastructureEncryptionEnabled: true,
  localUserEnabled: false,
  sharedAccessKeyEnabled: false,
  publicNetworkAccessEnabled: false,
  networkRules: { defaultAction: "Deny", bypass: ["AzureServices", "Logging", "Metrics"] },
  blobProperties: {
    deleteRetentionPolicy: { days: 7 },
    containerDeleteRetentionPolicy: { days: 7 },
    versioningEnabled: false,
    // The studio reads and writes the workspace's blobs from the browser.
    corsRule: [
      {
        allowedHeaders: ["*"],
        allowedMethods: ["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PATCH"],
        allowedOrigins: ["https://mlworkspace.azure.ai", "https://ml.azure.com", "https://*.ml.azure.com", "https://ai.azure.com", "https://*.ai.azure.com"],
        exposedHeaders: ["*"],
        maxAgeInSeconds: 1800,
      },
    ],
  },
  queueProperties: { logging: { read: true, write: true, delete: true, version: "1.0", retentionPolicyDays: 10 } },
};

// What a careful hand-written stack sets: keep soft-deleted vaults and workspaces, refuse to delete a non-empty group.
export const FEATURES: AzurermProviderFeatures = {
  keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }],
  machineLearning: [{ purgeSoftDeletedWorkspaceOnDestroy: false }],
  resourceGroup: [{ preventDeletionIfContainsResources: true }],
};

/** The workspace's resources a raw app wires diagnostics and endpoints to. */
export interface RawWorkspaceIds {
  readonly workspace: MachineLearningWorkspace;
  readonly storageId: string;
  readonly vaultId: string;
  readonly registryId: string;
}

/** Logs and metrics of the workspace, its vault and its storage (account, blob, file) to Log Analytics. */
export function rawDiagnostics(scope: Construct, logAnalyticsWorkspaceId: string, ids: RawWorkspaceIds): void {
  const targets: [string, string, string[]][] = [
    ["diag-ws", ids.workspace.id, ["allLogs"]],
    ["diag-kv", ids.vaultId, ["audit", "allLogs"]],
    ["diag-sa", ids.storageId, []],
    ["diag-blob", `${ids.storageId}/blobServices/default`, ["audit", "allLogs"]],
    ["diag-file", `${ids.storageId}/fileServices/default`, ["audit", "allLogs"]],
  ];
  for (const [id, targetResourceId, logs] of targets) {
    new MonitorDiagnosticSetting(scope, id, {
      name: "send-to-log-analytics",
      targetResourceId,
      logAnalyticsWorkspaceId,
      enabledLog: logs.length ? logs.map((categoryGroup) => ({ categoryGroup })) : undefined,
      enabledMetric: [{ category: "AllMetrics" }],
    });
  }
}

/**
 * The five private endpoints (workspace, vault, blob, file, registry) named `<namePrefix>-<id>`; the
 * workspace waits for all but its own, which is returned (compute and endpoints wait for it).
 */
export function rawPrivateEndpoints(
  scope: Construct,
  o: { namePrefix: string; resourceGroupName: string; location: string; subnetId: string; zoneId: (zone: string) => string; tags: Record<string, string> },
  ids: RawWorkspaceIds,
): PrivateEndpoint {
  const endpoints: [string, string, string, string[]][] = [
    ["ws", ids.workspace.id, "amlworkspace", ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"]],
    ["vault", ids.vaultId, "vault", ["privatelink.vaultcore.azure.net"]],
    ["blob", ids.storageId, "blob", ["privatelink.blob.core.windows.net"]],
    ["file", ids.storageId, "file", ["privatelink.file.core.windows.net"]],
    ["registry", ids.registryId, "registry", ["privatelink.azurecr.io"]],
  ];
  // A loop, not map: each token here sits as deep as in the hand-written closure this replaced.
  const made: PrivateEndpoint[] = [];
  for (const [id, target, sub, zones] of endpoints) {
    const name = `${o.namePrefix}-${id}`;
    made.push(new PrivateEndpoint(scope, `pe-${id}`, {
      name,
      resourceGroupName: o.resourceGroupName,
      location: o.location,
      subnetId: o.subnetId,
      customNetworkInterfaceName: `${name}-nic`,
      privateServiceConnection: { name: `${name}-connection`, privateConnectionResourceId: target, subresourceNames: [sub], isManualConnection: false },
      privateDnsZoneGroup: { name: "default", privateDnsZoneIds: zones.map(o.zoneId) },
      tags: o.tags,
    }));
  }
  // The workspace reaches its vault, storage and registry at creation: it waits for their endpoints.
  ids.workspace.dependsOn = made.slice(1).map(dependable);
  return made[0];
}
