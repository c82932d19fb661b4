/**
 * Settings both raw apps write, as ours do: what a careful hand-written private workspace sets for its
 * storage account and the azurerm provider.
 */
import type { AzurermProviderFeatures } from "@cdktf/provider-azurerm/lib/provider";
import type { StorageAccountConfig } from "@cdktf/provider-azurerm/lib/storage-account";

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
