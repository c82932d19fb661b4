import type { Construct } from "constructs";
import { TerraformProvider } from "../core/engine";
import { definedOnly, hclBoolean, hclString } from "./hcl";

/**
 * The azapi provider release line this library needs: 2.11 embeds the Machine Learning api-version
 * 2026-05-01, and 2.12 brings `ignore_body_changes` back (online endpoint traffic is kept across
 * endpoint updates with it).
 */
export const AZAPI_VERSION_CONSTRAINT = "~> 2.12";

/**
 * Settings of `provider "azapi"`. Credentials are deliberately absent: secrets never go into the
 * synthesized JSON. The provider reads them from the environment (`ARM_CLIENT_ID`,
 * `ARM_CLIENT_SECRET`, `ARM_USE_OIDC`, `ARM_TENANT_ID`, `ARM_SUBSCRIPTION_ID`) or from the Azure CLI.
 */
export interface AzapiProviderConfig {
  /** @default - from `ARM_SUBSCRIPTION_ID` or the Azure CLI */
  readonly subscriptionId?: string;
  /** @default - from `ARM_TENANT_ID` or the Azure CLI */
  readonly tenantId?: string;
  /** Use OpenID Connect (workload identity federation, e.g. GitHub Actions). @default - provider default (false) */
  readonly useOidc?: boolean;
  /** Use a managed identity. @default - provider default (false) */
  readonly useMsi?: boolean;
  /** Use the Azure CLI login. @default - provider default (true) */
  readonly useCli?: boolean;
  /** `public`, `usgovernment` or `china`. @default - `public` */
  readonly environment?: "public" | "usgovernment" | "china";
  /** Skip registering resource providers. @default - provider default (false) */
  readonly skipProviderRegistration?: boolean;
  /** Provider alias, for more than one azapi provider in a stack. @default - none */
  readonly alias?: string;
}

/** `provider "azapi"` (source `Azure/azapi`, `~> 2.12`). Created by stacks, never by library constructs. */
export class AzapiProvider extends TerraformProvider {
  private readonly config: AzapiProviderConfig;

  constructor(scope: Construct, id: string, config: AzapiProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "azapi",
      terraformProviderSource: "Azure/azapi",
      terraformGeneratorMetadata: { providerName: "azapi", providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
    });
    this.config = config;
  }

  public get alias(): string | undefined {
    return this.config?.alias;
  }

  public set alias(_value: string | undefined) {
    // The alias is fixed at construction, from the config.
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    const c = this.config;
    return {
      subscription_id: c.subscriptionId,
      tenant_id: c.tenantId,
      use_oidc: c.useOidc,
      use_msi: c.useMsi,
      use_cli: c.useCli,
      environment: c.environment,
      skip_provider_registration: c.skipProviderRegistration,
    };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const c = this.config;
    return definedOnly({
      subscription_id: hclString(c.subscriptionId),
      tenant_id: hclString(c.tenantId),
      use_oidc: hclBoolean(c.useOidc),
      use_msi: hclBoolean(c.useMsi),
      use_cli: hclBoolean(c.useCli),
      environment: hclString(c.environment),
      skip_provider_registration: hclBoolean(c.skipProviderRegistration),
    });
  }
}
