/**
 * Azure built-in roles this library assigns or offers, with their role definition ids (the same in
 * every tenant and subscription). Ids, not names, are what role assignments carry: names can change.
 */
export interface BuiltInRole {
  readonly name: string;
  /** The role definition's GUID. */
  readonly id: string;
}

export const BuiltInRoles = {
  // Azure Machine Learning
  AzureMLDataScientist: { name: "AzureML Data Scientist", id: "f6c7c914-8db3-469d-8ca1-694a8f32e121" },
  AzureMLComputeOperator: { name: "AzureML Compute Operator", id: "e503ece1-11d0-4e8e-8e2c-7a6c3bf38815" },
  AzureMLRegistryUser: { name: "AzureML Registry User", id: "1823dd4f-9b8c-4ab6-ab4e-7397a3684615" },
  AzureMLMetricsWriter: { name: "AzureML Metrics Writer (preview)", id: "635dd51f-9968-44d3-b7fb-6d9a6bd613ae" },
  AzureAIEnterpriseNetworkConnectionApprover: { name: "Azure AI Enterprise Network Connection Approver", id: "b556d68e-0be0-4f35-a333-ad7ee1ce17ea" },
  // General
  Reader: { name: "Reader", id: "acdd72a7-3385-48ef-bd42-f606fba81ae7" },
  Contributor: { name: "Contributor", id: "b24988ac-6180-42a0-ab88-20f7382dd24c" },
  Owner: { name: "Owner", id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
  // Storage
  StorageBlobDataContributor: { name: "Storage Blob Data Contributor", id: "ba92f5b4-2d11-453d-a403-e96b0029c9fe" },
  StorageBlobDataReader: { name: "Storage Blob Data Reader", id: "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" },
  StorageFileDataPrivilegedContributor: { name: "Storage File Data Privileged Contributor", id: "69566ab7-960f-475b-8e7c-b3118f30c6bd" },
  StorageAccountContributor: { name: "Storage Account Contributor", id: "17d1049b-9a84-46fb-8f53-869881c3d3ab" },
  // Key Vault (RBAC)
  KeyVaultAdministrator: { name: "Key Vault Administrator", id: "00482a5a-887f-4fb3-b363-3b7fe8e74483" },
  KeyVaultContributor: { name: "Key Vault Contributor", id: "f25e0fa2-a7c8-4377-a976-54943a77a395" },
  KeyVaultCryptoOfficer: { name: "Key Vault Crypto Officer", id: "14b46e9e-c2b7-41b4-b07b-48a6ebf60603" },
  KeyVaultCryptoServiceEncryptionUser: { name: "Key Vault Crypto Service Encryption User", id: "e147488a-f6f5-4113-8e2d-b22465e65bf6" },
  KeyVaultSecretsUser: { name: "Key Vault Secrets User", id: "4633458b-17de-408a-b874-0445c86b69e6" },
  // Container registry
  AcrPull: { name: "AcrPull", id: "7f951dda-4ed3-4680-a7ca-43fe172d538d" },
  AcrPush: { name: "AcrPush", id: "8311e382-0749-4cb8-b61a-304f252e45ec" },
} as const satisfies Record<string, BuiltInRole>;

export type BuiltInRoleKey = keyof typeof BuiltInRoles;
