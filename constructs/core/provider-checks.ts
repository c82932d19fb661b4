import type { Construct } from "constructs";
import { AzurermProvider, TerraformProvider, TerraformStack } from "./engine";

/** What a construct needs from the providers of its stack. */
export interface ProviderNeeds {
  /** The construct creates azapi resources. */
  readonly azapi?: boolean;
  /** The construct creates a storage account with shared keys off, which azurerm reaches through Entra ID only. */
  readonly storageUseAzuread?: boolean;
}

/**
 * Registers a synth-time check that the stack has the providers `scope` needs. Library constructs do
 * not create providers; without this check a missing azapi provider would surface only at
 * `terraform init` (as a search for `hashicorp/azapi`).
 */
export function requireProviders(scope: Construct, needs: ProviderNeeds): void {
  scope.node.addValidation({
    validate: () => {
      const errors: string[] = [];
      const providers = TerraformStack.of(scope)
        .node.findAll()
        .filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c));
      const azurerm = providers.filter((p) => p.terraformResourceType === "azurerm") as AzurermProvider[];
      if (azurerm.length === 0) errors.push(`${scope.node.path}: the stack has no azurerm provider: call addAzureProviders(stack) [PROVIDER_MISSING]`);
      if (needs.azapi && !providers.some((p) => p.terraformResourceType === "azapi")) {
        errors.push(`${scope.node.path}: the stack has no azapi provider: call addAzureProviders(stack) or add new AzapiProvider(stack, "azapi") [PROVIDER_MISSING]`);
      }
      if (needs.storageUseAzuread && azurerm.length > 0 && !azurerm.some((p) => p.storageUseAzureadInput === true)) {
        errors.push(
          `${scope.node.path}: the azurerm provider must set storageUseAzuread: true: the storage account has shared keys off, so azurerm reaches its data plane through Entra ID only [PROVIDER_SETTING]`,
        );
      }
      return errors;
    },
  });
}
