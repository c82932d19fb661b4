import type { Construct } from "constructs";
import { AzapiProvider } from "../azapi/provider";
import { AzurermProvider } from "../core/engine";

/**
 * Settings of the azurerm and azapi providers. Credentials are not settings here: both providers
 * read them from the environment (`ARM_CLIENT_ID`, `ARM_CLIENT_SECRET` or `ARM_USE_OIDC=true`,
 * `ARM_TENANT_ID`, `ARM_SUBSCRIPTION_ID`) or from the Azure CLI login, so no secret is synthesized.
 */
export interface AzureProvidersOptions {
  /** @default - from `ARM_SUBSCRIPTION_ID` or the Azure CLI */
  readonly subscriptionId?: string;
  /** @default - from `ARM_TENANT_ID` or the Azure CLI */
  readonly tenantId?: string;
  /** OpenID Connect (workload identity federation) for CI. @default - provider default */
  readonly useOidc?: boolean;
  /**
   * Purge a workspace on destroy instead of soft-deleting it (its name is otherwise locked for 14
   * days). For throw-away environments only.
   * @default false
   */
  readonly purgeSoftDeletedWorkspaceOnDestroy?: boolean;
}

/** The providers a stack of this library needs. */
export interface AzureProviders {
  readonly azurerm: AzurermProvider;
  readonly azapi: AzapiProvider;
}

/**
 * Adds `provider "azurerm"` and `provider "azapi"` to a stack, configured for this library: data
 * plane calls with Entra ID (storage accounts have shared keys off), Key Vaults and workspaces
 * recovered rather than purged, resource groups not deleted while they hold resources.
 * Library constructs never create providers; a stack calls this once.
 */
export function addAzureProviders(stack: Construct, options: AzureProvidersOptions = {}): AzureProviders {
  const azurerm = new AzurermProvider(stack, "azurerm", {
    subscriptionId: options.subscriptionId,
    tenantId: options.tenantId,
    useOidc: options.useOidc,
    storageUseAzuread: true,
    features: [
      {
        keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }],
        machineLearning: [{ purgeSoftDeletedWorkspaceOnDestroy: options.purgeSoftDeletedWorkspaceOnDestroy ?? false }],
        resourceGroup: [{ preventDeletionIfContainsResources: true }],
      },
    ],
  });
  const azapi = new AzapiProvider(stack, "azapi", {
    subscriptionId: options.subscriptionId,
    tenantId: options.tenantId,
    useOidc: options.useOidc,
  });
  return { azurerm, azapi };
}
