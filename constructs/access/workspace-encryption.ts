import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { stackClientConfig } from "../core/client-config";
import { KeyVaultKey, azurerm } from "../core/engine";
import { Duration, durationSchema } from "../core/duration";
import { isUnresolved, pattern } from "../core/tokens";
import { BuiltInRoles } from "./built-in-roles";
import { RoleGrant } from "./role-grant";
import type { SameShape } from "../core/same-shape";

const guidOrToken = z.string().superRefine((v, ctx) => {
  if (!isUnresolved(v) && !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(v)) {
    ctx.addIssue({ code: "custom", message: "must be a GUID (an Entra ID object id)", params: { code: "GUID" } });
  }
});

/**
 * Customer-managed key encryption of the workspace (and, by default, of its created storage account).
 * Azure needs purge protection on the vault, and a user-assigned identity of the workspace to reach
 * the key.
 * @internal
 */
export const workspaceEncryptionSchema = z
  .object({
    key: z.discriminatedUnion("mode", [
      z
        .object({
          mode: z.literal("create"),
          name: pattern(/^[a-zA-Z0-9-]{1,127}$/, "must be 1-127 letters, digits or hyphens").default("cmk-workspace"),
          keyType: z.enum(["RSA", "RSA-HSM"]).default("RSA-HSM"),
          keySize: z.union([z.literal(3072), z.literal(4096)]).default(3072),
          expirationDate: pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "must be an RFC 3339 UTC time such as 2027-12-31T00:00:00Z"),
          rotateBeforeExpiry: durationSchema({ min: Duration.days(7) }).default(Duration.days(30)),
          expireAfter: durationSchema({ min: Duration.days(28) }).default(Duration.days(365)),
        })
        .strict(),
      z
        .object({
          mode: z.literal("existing"),
          keyVaultId: armId("Microsoft.KeyVault/vaults"),
          keyId: z.string().superRefine((v, ctx) => {
            if (!isUnresolved(v) && !/^https:\/\/[a-z0-9-]+\.vault\.azure\.(net|cn|us)\/keys\/[^/]+\/[0-9a-f]{32}$/i.test(v)) {
              ctx.addIssue({ code: "custom", message: "must be a versioned Key Vault key id https://<vault>.vault.azure.net/keys/<name>/<version>", params: { code: "KEY_ID" } });
            }
          }),
        })
        .strict(),
    ]),
    userAssignedIdentityId: armId("Microsoft.ManagedIdentity/userAssignedIdentities"),
    userAssignedIdentityPrincipalId: guidOrToken,
    cosmosDbPrincipalId: guidOrToken.optional(),
    encryptStorage: z.boolean().default(true),
  })
  .strict();

export interface WorkspaceEncryption {
  /** The key: created in the workspace's own Key Vault, or an existing key. */
  readonly key: {
    readonly mode: "create";
    /**
     * Expiry of the first version, a literal RFC 3339 UTC time (CKV_AZURE_40): written in code, so synthesis stays deterministic.
     */
    readonly expirationDate: string;
    /** @default "cmk-workspace" */
    readonly name?: string;
    /**
     * `RSA-HSM` needs a premium vault (CKV_AZURE_112).
     * @default "RSA-HSM"
     */
    readonly keyType?: "RSA" | "RSA-HSM";
    /** @default 3072 */
    readonly keySize?: 4096 | 3072;
    /**
     * Automatic rotation this long before expiry; new versions expire after `expireAfter`.
     * @default Duration.days(30)
     */
    readonly rotateBeforeExpiry?: string | Duration;
    /** @default Duration.days(365) */
    readonly expireAfter?: string | Duration;
  } | {
    readonly mode: "existing";
    /** The vault holding the key (same subscription as the workspace, purge protection on). */
    readonly keyVaultId: string;
    /** The versioned key identifier, `https://<vault>.vault.azure.net/keys/<name>/<version>`. */
    readonly keyId: string;
  };
  /**
   * The user-assigned identity that reaches the key; it must be one of the workspace's identities.
   */
  readonly userAssignedIdentityId: string;
  /**
   * That identity's principal (object) id: it is granted "Key Vault Crypto Service Encryption User" on the vault.
   */
  readonly userAssignedIdentityPrincipalId: string;
  /**
   * Object id, in your tenant, of the Azure Cosmos DB service principal (app id
   * a232010e-820c-4083-83bb-3ace5fc29d0b). Azure ML keeps workspace metadata in Cosmos DB, which
   * must reach the key; when given, it is granted the same role.
   * @default - not granted here (grant it once per tenant yourself)
   */
  readonly cosmosDbPrincipalId?: string;
  /**
   * Encrypt the created storage account with the same key and identity (CKV2_AZURE_1).
   * @default true
   */
  readonly encryptStorage?: boolean;
}
/** @internal */
type Parsed = z.output<typeof workspaceEncryptionSchema>;

/**
 * The key side of workspace encryption: the key (when created, after granting Terraform's identity
 * "Key Vault Crypto Officer" on the vault) and the grants the identities need to use it.
 */
export class WorkspaceEncryptionKey extends Construct {
  /** The created key, if any. */
  public readonly key?: KeyVaultKey;
  /** The versioned key id the workspace uses. */
  public readonly keyId: string;
  /** The key id without version, for storage (follows rotation). */
  public readonly versionlessKeyId: string;
  public readonly keyVaultId: string;
  /** Grants the key depends on, and grants that must exist before the workspace. */
  public readonly grants: RoleGrant[] = [];

  /** @internal Created by `Workspace` from its `encryption` option. */
  constructor(scope: Construct, id: string, props: { encryption: Parsed; keyVaultId: string; tags: Record<string, string> }) {
    super(scope, id);
    const e = props.encryption;
    this.keyVaultId = e.key.mode === "existing" ? e.key.keyVaultId : props.keyVaultId;

    const cryptoUser = BuiltInRoles.KeyVaultCryptoServiceEncryptionUser;
    this.grants.push(new RoleGrant(this, "IdentityCrypto", { scope: this.keyVaultId, principalId: e.userAssignedIdentityPrincipalId, role: cryptoUser, principalType: "ServicePrincipal" }));
    if (e.cosmosDbPrincipalId) {
      this.grants.push(new RoleGrant(this, "CosmosDbCrypto", { scope: this.keyVaultId, principalId: e.cosmosDbPrincipalId, role: cryptoUser, principalType: "ServicePrincipal" }));
    }

    if (e.key.mode === "create") {
      const officer = new RoleGrant(this, "DeployerCryptoOfficer", {
        scope: this.keyVaultId,
        principalId: stackClientConfig(this).objectId,
        role: BuiltInRoles.KeyVaultCryptoOfficer,
      });
      this.grants.push(officer);
      this.key = new azurerm.KeyVaultKey(this, "Key", {
        name: e.key.name,
        keyVaultId: this.keyVaultId,
        keyType: e.key.keyType,
        keySize: e.key.keySize,
        keyOpts: ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
        expirationDate: e.key.expirationDate,
        rotationPolicy: {
          automatic: { timeBeforeExpiry: e.key.rotateBeforeExpiry.toIsoString() },
          expireAfter: e.key.expireAfter.toIsoString(),
        },
        tags: props.tags,
        dependsOn: [officer.resource],
      });
      this.keyId = this.key.id;
      this.versionlessKeyId = this.key.versionlessId;
    } else {
      this.keyId = e.key.keyId;
      this.versionlessKeyId = isUnresolved(e.key.keyId) ? e.key.keyId : e.key.keyId.replace(/\/[0-9a-f]{32}$/i, "");
    }
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceEncryption, z.input<typeof workspaceEncryptionSchema>>;
