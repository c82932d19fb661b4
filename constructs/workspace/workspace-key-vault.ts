import { Construct } from "constructs";
import { z } from "zod";
import { pattern } from "../core/tokens";
import { placementShape, protect } from "../core/common-props";
import { DataAzurermClientConfig, KeyVault } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";

const uuid = pattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a GUID");

/** What can be chosen for a workspace's Key Vault when it is created. */
export const workspaceKeyVaultOptionsShape = {
  /** Key Vault name, globally unique. @default - derived from the workspace name plus a deterministic suffix */
  name: azureName("keyVault").optional(),
  /** `standard` or `premium` (HSM-backed keys). @default "standard" */
  sku: z.enum(["standard", "premium"]).default("standard"),
  /** Days a deleted vault or secret is recoverable; set explicitly (trivy AZU-0016), cannot change later. @default 90 */
  softDeleteRetentionDays: z.number().int().min(7).max(90).default(90),
  /** Entra ID tenant of the vault. @default - the tenant Terraform runs as (`data.azurerm_client_config`) */
  tenantId: uuid.optional(),
};

export const WorkspaceKeyVaultPropsSchema = z
  .object({
    ...placementShape,
    ...workspaceKeyVaultOptionsShape,
    name: azureName("keyVault"),
    /** Public network access; the firewall denies by default either way, trusted Azure services (Azure ML) excepted. */
    publicNetworkAccessEnabled: z.boolean(),
    /** Terraform `prevent_destroy`. @default false */
    preventDestroy: z.boolean().default(false),
  })
  .strict();

export type WorkspaceKeyVaultProps = z.input<typeof WorkspaceKeyVaultPropsSchema>;

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
    const v = new Validator(this);
    const p = v.parse(WorkspaceKeyVaultPropsSchema, props);
    v.throwIfAny();

    let tenantId = p.tenantId;
    if (!tenantId) {
      this.clientConfig = new DataAzurermClientConfig(this, "ClientConfig", {});
      tenantId = this.clientConfig.tenantId;
    }
    this.resource = new KeyVault(this, "Resource", {
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
