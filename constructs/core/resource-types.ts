/** ARM resource types, as ids spell them (the static segments azurerm compares case-sensitively). */
export const WORKSPACE_TYPE = "Microsoft.MachineLearningServices/workspaces";
export const BATCH_ENDPOINT_TYPE = "Microsoft.MachineLearningServices/workspaces/batchEndpoints";
export const STORAGE_ACCOUNT_TYPE = "Microsoft.Storage/storageAccounts";
export const KEY_VAULT_TYPE = "Microsoft.KeyVault/vaults";
export const APPLICATION_INSIGHTS_TYPE = "Microsoft.Insights/components";
export const LOG_ANALYTICS_WORKSPACE_TYPE = "Microsoft.OperationalInsights/workspaces";
export const CONTAINER_REGISTRY_TYPE = "Microsoft.ContainerRegistry/registries";
export const USER_ASSIGNED_IDENTITY_TYPE = "Microsoft.ManagedIdentity/userAssignedIdentities";
export const SUBNET_TYPE = "Microsoft.Network/virtualNetworks/subnets";
export const VIRTUAL_NETWORK_TYPE = "Microsoft.Network/virtualNetworks";
export const PRIVATE_DNS_ZONE_TYPE = "Microsoft.Network/privateDnsZones";
