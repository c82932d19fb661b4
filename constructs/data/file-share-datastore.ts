import { Construct } from "constructs";
import * as z from "zod";
import { armIdRule, isArmIdOf } from "../core/arm-id";
import { MachineLearningDatastoreFileshare, azurerm } from "../core/engine";
import { Validator } from "../core/validation";
import { datastoreShape, rejectDataPlaneUrl, requireSecretReference, secretReferenceSchema, serviceIdentitySchema } from "./datastore-common";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

export const FILE_SHARE_TYPE = "Microsoft.Storage/storageAccounts/fileServices/fileshares";

/** @internal */
export const FileShareDatastorePropsSchema = z
  .object({
    ...datastoreShape,
    storageFileShareId: z.string().min(1),
    credential: z.union([z.object({ accountKey: secretReferenceSchema }).strict(), z.object({ sharedAccessSignature: secretReferenceSchema }).strict()]),
    serviceDataIdentity: serviceIdentitySchema.default("WorkspaceSystemAssignedIdentity"),
  })
  .strict();

export interface FileShareDatastoreProps {
  /**
   * ARM id of the share: `.../storageAccounts/<a>/fileServices/default/fileshares/<s>` (`azurerm_storage_share.resource_manager_id`).
   */
  readonly storageFileShareId: string;
  /**
   * Azure file shares do not support identity-based data access for jobs, so a credential is
   * mandatory: an account key or a SAS token, as a reference (a Key Vault secret data source),
   * never a literal. The account must allow shared key access.
   */
  readonly credential: {
    readonly accountKey: string;
  } | {
    readonly sharedAccessSignature: string;
  };
  readonly workspace: IWorkspace;
  /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  /**
   * Identity for studio previews.
   * @default "WorkspaceSystemAssignedIdentity"
   */
  readonly serviceDataIdentity?: "WorkspaceSystemAssignedIdentity" | "WorkspaceUserAssignedIdentity" | "None";
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type FileShareDatastoreOptions = Omit<FileShareDatastoreProps, "workspace">;

/** An Azure file share registered as a datastore, its credential read from Key Vault. */
export class FileShareDatastore extends Construct {
  /** The datastore (construct id `Resource`). */
  public readonly resource: MachineLearningDatastoreFileshare;
  public readonly datastoreName: string;

  constructor(scope: Construct, id: string, props: FileShareDatastoreProps) {
    super(scope, id);
    const p = Validator.props(this, FileShareDatastorePropsSchema, props, (p, v) => {
      if (!rejectDataPlaneUrl(v, "storageFileShareId", p.storageFileShareId, "use azurerm_storage_share.resource_manager_id") && !isArmIdOf(p.storageFileShareId, FILE_SHARE_TYPE)) {
        v.add("ARM_ID", "storageFileShareId", p.storageFileShareId, armIdRule(FILE_SHARE_TYPE));
      }
      const c = p.credential;
      if (c) requireSecretReference(v, "accountKey" in c ? "credential.accountKey" : "credential.sharedAccessSignature", "accountKey" in c ? c.accountKey : c.sharedAccessSignature);
    });
    this.datastoreName = p.name;
    this.resource = new azurerm.MachineLearningDatastoreFileshare(this, "Resource", {
      name: p.name,
      workspaceId: p.workspace.workspaceId,
      storageFileshareId: p.storageFileShareId,
      accountKey: "accountKey" in p.credential ? p.credential.accountKey : undefined,
      sharedAccessSignature: "sharedAccessSignature" in p.credential ? p.credential.sharedAccessSignature : undefined,
      serviceDataIdentity: p.serviceDataIdentity,
      description: p.description,
      tags: p.tags,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<FileShareDatastoreProps, z.input<typeof FileShareDatastorePropsSchema>>;
