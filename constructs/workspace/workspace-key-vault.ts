import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import { placementShape, protect } from "../core/common-props";
import { DataAzurermClientConfig, KeyVault, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";

const uuid = pattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a GUID");

/**
 * What can be chosen for a workspace's Key Vault when it is created.
 * @internal
 */
export const workspaceKeyVaultOptionsShape = {
  name: azureName("keyVault").optional(),
  sku: z.enum(["standard", "premium"]).default("standard"),
  softDeleteRetentionDays: z.number().int().min(7).max(90).default(90),
  tenantId: uuid.optional(),
};

/** @internal */
export const WorkspaceKeyVaultPropsSchema = z
  .object({
    ...placementShape,
    ...workspaceKeyVaultOptionsShape,
    name: azureName("keyVault"),
    publicNetworkAccessEnabled: z.boolean(),
    preventDestroy: z.boolean().default(false),
  })
  .strict();

export interface WorkspaceKeyVaultProps {
  readonly name: string;
  /**
   * Public network access; the firewall denies by default either way, trusted Azure services (Azure ML) excepted.
   */
  readonly publicNetworkAccessEnabled: boolean;
  /** Resource group the resources are created in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Terraform `prevent_destroy`.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * `standard` or `premium` (HSM-backed keys).
   * @default "standard"
   */
  readonly sku?: "standard" | "premium";
  /**
   * Days a deleted vault or secret is recoverable; set explicitly (trivy AZU-0016), cannot change later.
   * @default 90
   */
  readonly softDeleteRetentionDays?: number;
  /**
   * Entra ID tenant of the vault.
   * @default - the tenant Terraform runs as (`data.azurerm_client_config`)
   */
  readonly tenantId?: string;
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/**
 * The Key Vault of an Azure ML workspace: RBAC authorization (no access policies), purge
 * protection, soft-delete retention set explicitly, firewall denying by default with the trusted
 * Azure services bypass that Azure ML uses.
 */
export class WorkspaceKeyVault extends Construct {
  /** The Key Vault (construct id `Resource`). */
  public readonly resource: KeyVault;
  /** The client config data source, when the tenant is read from it. */
  public readonly clientConfig?: DataAzurermClientConfig;

  constructor(scope: Construct, id: string, props: WorkspaceKeyVaultProps) {
    super(scope, id);
    const p = Validator.props(this, WorkspaceKeyVaultPropsSchema, props);

    let tenantId = p.tenantId;
    if (!tenantId) {
      this.clientConfig = new azurerm.DataAzurermClientConfig(this, "ClientConfig", {});
      tenantId = this.clientConfig.tenantId;
    }
    this.resource = new azurerm.KeyVault(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      tenantId,
      skuName: p.sku,
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: p.softDeleteRetentionDays,
      publicNetworkAccessEnabled: p.publicNetworkAccessEnabled,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceKeyVaultProps, z.input<typeof WorkspaceKeyVaultPropsSchema>>;
