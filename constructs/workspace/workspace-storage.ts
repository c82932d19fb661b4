import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import { placementShape, protect } from "../core/common-props";
import { StorageAccount, type ITerraformDependable, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";

/**
 * What can be chosen for a workspace's default storage account when it is created.
 * @internal
 */
export const workspaceStorageOptionsShape = {
  name: azureName("storageAccount").optional(),
  replicationType: z.enum(["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"]).default("GRS"),
  blobSoftDeleteDays: z.number().int().min(1).max(365).default(7),
  containerSoftDeleteDays: z.number().int().min(1).max(365).default(7),
  versioningEnabled: z.boolean().default(false),
  sharedAccessKeyEnabled: z.boolean().default(false),
  sasExpirationPeriod: pattern(/^\d+\.\d{2}:\d{2}:\d{2}$/, "must be a duration DD.HH:MM:SS, e.g. 01.00:00:00")
    .default("01.00:00:00"),
  studioCorsEnabled: z.boolean().default(true),
};

/**
 * The portals that read a workspace's storage from the browser: Azure ML studio and AI Foundry
 * (the origins Azure ML configures on its default storage).
 */
export const STUDIO_CORS_ORIGINS = ["https://mlworkspace.azure.ai", "https://ml.azure.com", "https://*.ml.azure.com", "https://ai.azure.com", "https://*.ai.azure.com"] as const;

/** @internal */
export const WorkspaceStoragePropsSchema = z
  .object({
    ...placementShape,
    ...workspaceStorageOptionsShape,
    name: azureName("storageAccount"),
    publicNetworkAccessEnabled: z.boolean(),
    preventDestroy: z.boolean().default(false),
    customerManagedKey: z.object({ keyVaultKeyId: z.string().min(1), userAssignedIdentityId: z.string().min(1) }).strict().optional(),
  })
  .strict();

/** What can be chosen for a workspace's default storage account when it is created (`storageAccount: { mode: "create", ... }`). */
export interface WorkspaceStorageOptions {
  /**
   * Storage account name, globally unique.
   * @default - derived from the workspace name plus a deterministic suffix
   */
  readonly name?: string;
  /**
   * Replication. Geo-redundant by default (checkov CKV_AZURE_206, trivy AZU-0058).
   * @default "GRS"
   */
  readonly replicationType?: "LRS" | "ZRS" | "GRS" | "RAGRS" | "GZRS" | "RAGZRS";
  /**
   * Days deleted blobs are kept.
   * @default 7
   */
  readonly blobSoftDeleteDays?: number;
  /**
   * Days deleted containers are kept.
   * @default 7
   */
  readonly containerSoftDeleteDays?: number;
  /**
   * Blob versioning.
   * @default false
   */
  readonly versioningEnabled?: boolean;
  /**
   * Shared key (account key and SAS) access. Off by default: the workspace then reaches its system
   * datastores with its managed identity (`systemDatastoresAuthMode: Identity`). Turning it on is an
   * explicit, insecure choice (CKV2_AZURE_40, Azure Policy 8c6a50c6).
   * @default false
   */
  readonly sharedAccessKeyEnabled?: boolean;
  /**
   * Days after which a SAS expires, when shared keys are on (CKV2_AZURE_41).
   * @default "01.00:00:00" (one day)
   */
  readonly sasExpirationPeriod?: string;
  /**
   * CORS rules on blob storage for the Azure ML studio and AI Foundry portals (STUDIO_CORS_ORIGINS):
   * the studio needs them to browse and upload data, and Azure ML adds them itself when they are
   * missing, so a plan without them drifts.
   * @default true
   */
  readonly studioCorsEnabled?: boolean;
}

export interface WorkspaceStorageProps extends Omit<WorkspaceStorageOptions, "name"> {
  readonly name: string;
  /**
   * Public network access. When false, the account also denies by default, trusted Azure services
   * excepted; reach it through private endpoints.
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
   * Customer-managed key: the versionless key id and the user-assigned identity that reaches it
   * (queue and table encryption then use the account key too).
   * @default - Microsoft-managed keys
   */
  readonly customerManagedKey?: {
    readonly keyVaultKeyId: string;
    readonly userAssignedIdentityId: string;
  };
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/**
 * The storage account of an Azure ML workspace, with the settings Azure ML needs (StorageV2,
 * Standard tier, no hierarchical namespace) and secure defaults: TLS 1.2 set explicitly, HTTPS
 * only, no public blob access, infrastructure encryption, blob and container soft delete, local
 * users off, shared keys off, queue logging on.
 */
export class WorkspaceStorage extends Construct {
  /** The storage account (construct id `Resource`). */
  public readonly resource: StorageAccount;

  /**
   * @param dependencies resources that must exist first (e.g. the role that lets the key's identity
   *   reach a customer-managed key)
   */
  constructor(scope: Construct, id: string, props: WorkspaceStorageProps, dependencies: ITerraformDependable[] = []) {
    super(scope, id);
    const p = Validator.props(this, WorkspaceStoragePropsSchema, props);

    this.resource = new azurerm.StorageAccount(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      accountKind: "StorageV2",
      accountTier: "Standard",
      accountReplicationType: p.replicationType,
      isHnsEnabled: false,
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      infrastructureEncryptionEnabled: true,
      localUserEnabled: false,
      sftpEnabled: false,
      crossTenantReplicationEnabled: false,
      sharedAccessKeyEnabled: p.sharedAccessKeyEnabled,
      defaultToOauthAuthentication: true,
      sasPolicy: p.sharedAccessKeyEnabled ? { expirationPeriod: p.sasExpirationPeriod, expirationAction: "Log" } : undefined,
      publicNetworkAccessEnabled: p.publicNetworkAccessEnabled,
      // Logging and Metrics too: Azure adds them for storage analytics, and a plan without them drifts.
      networkRules: p.publicNetworkAccessEnabled ? undefined : { defaultAction: "Deny", bypass: ["AzureServices", "Logging", "Metrics"] },
      blobProperties: {
        corsRule: p.studioCorsEnabled
          ? [{ allowedOrigins: [...STUDIO_CORS_ORIGINS], allowedMethods: ["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PATCH"], allowedHeaders: ["*"], exposedHeaders: ["*"], maxAgeInSeconds: 1800 }]
          : undefined,
        versioningEnabled: p.versioningEnabled,
        deleteRetentionPolicy: { days: p.blobSoftDeleteDays },
        containerDeleteRetentionPolicy: { days: p.containerSoftDeleteDays },
      },
      identity: p.customerManagedKey ? { type: "UserAssigned", identityIds: [p.customerManagedKey.userAssignedIdentityId] } : undefined,
      customerManagedKey: p.customerManagedKey
        ? { keyVaultKeyId: p.customerManagedKey.keyVaultKeyId, userAssignedIdentityId: p.customerManagedKey.userAssignedIdentityId }
        : undefined,
      queueEncryptionKeyType: p.customerManagedKey ? "Account" : undefined,
      tableEncryptionKeyType: p.customerManagedKey ? "Account" : undefined,
      queueProperties: {
        logging: { read: true, write: true, delete: true, version: "1.0", retentionPolicyDays: 10 },
      },
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
      dependsOn: dependencies.length ? dependencies : undefined,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceStorageProps, z.input<typeof WorkspaceStoragePropsSchema>>;
true satisfies SameShape<WorkspaceStorageOptions, z.input<z.ZodObject<typeof workspaceStorageOptionsShape>>>;
