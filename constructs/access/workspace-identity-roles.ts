import type { Construct } from "constructs";
import { BuiltInRoles, type BuiltInRole } from "./built-in-roles";
import { RoleGrant } from "./role-grant";

/** The associated resources a user-assigned workspace identity needs roles on. */
export interface WorkspaceIdentityTargets {
  readonly storageAccountId: string;
  readonly keyVaultId: string;
  readonly applicationInsightsId: string;
  readonly containerRegistryId?: string;
}

/**
 * The roles Azure ML needs its user-assigned identity to hold before the workspace is created
 * (Microsoft's "user-assigned managed identity" workspace guidance): control and data plane on
 * storage, administration of the RBAC Key Vault, the registry and Application Insights; plus, with a
 * managed network, approval of the private endpoint connections to them.
 */
export function grantWorkspaceIdentityRoles(scope: Construct, principalId: string, targets: WorkspaceIdentityTargets, managedNetwork: boolean): RoleGrant[] {
  const plan: [string, string, BuiltInRole][] = [
    ["Storage", targets.storageAccountId, BuiltInRoles.Contributor],
    ["StorageBlobData", targets.storageAccountId, BuiltInRoles.StorageBlobDataContributor],
    ["StorageFileData", targets.storageAccountId, BuiltInRoles.StorageFileDataPrivilegedContributor],
    ["KeyVault", targets.keyVaultId, BuiltInRoles.Contributor],
    ["KeyVaultAdmin", targets.keyVaultId, BuiltInRoles.KeyVaultAdministrator],
    ["AppInsights", targets.applicationInsightsId, BuiltInRoles.Contributor],
  ];
  if (targets.containerRegistryId) {
    plan.push(["Registry", targets.containerRegistryId, BuiltInRoles.Contributor], ["RegistryPush", targets.containerRegistryId, BuiltInRoles.AcrPush]);
  }
  if (managedNetwork) {
    for (const [name, id] of [
      ["Storage", targets.storageAccountId],
      ["KeyVault", targets.keyVaultId],
      ...(targets.containerRegistryId ? [["Registry", targets.containerRegistryId]] : []),
    ] as [string, string][]) {
      plan.push([`${name}NetworkApprover`, id, BuiltInRoles.AzureAIEnterpriseNetworkConnectionApprover]);
    }
  }
  return plan.map(([id, target, role]) => new RoleGrant(scope, id, { scope: target, principalId, role, principalType: "ServicePrincipal" }));
}
