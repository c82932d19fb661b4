import { Construct } from "constructs";
import * as z from "zod";
import { armIdRule, isArmIdOf } from "../core/arm-id";
import { MachineLearningDatastoreBlobstorage, azurerm } from "../core/engine";
import { Validator } from "../core/validation";
import { datastoreShape, rejectDataPlaneUrl, requireSecretReference, secretReferenceSchema, serviceIdentitySchema } from "./datastore-common";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

export const BLOB_CONTAINER_TYPE = "Microsoft.Storage/storageAccounts/blobServices/containers";

/** @internal */
export const BlobDatastorePropsSchema = z
  .object({
    ...datastoreShape,
    storageContainerId: z.string().min(1),
    serviceDataIdentity: serviceIdentitySchema.default("WorkspaceSystemAssignedIdentity"),
    credential: z.union([z.object({ accountKey: secretReferenceSchema }).strict(), z.object({ sharedAccessSignature: secretReferenceSchema }).strict()]).optional(),
  })
  .strict();

export interface BlobDatastoreProps {
  /**
   * ARM id of the container: `.../storageAccounts/<a>/blobServices/default/containers/<c>` (an
   * `azurerm_storage_container` created with `storage_account_id` has it as `.id`). Not the https URL.
   */
  readonly storageContainerId: string;
  readonly workspace: IWorkspace;
  /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  /** @default "WorkspaceSystemAssignedIdentity" */
  readonly serviceDataIdentity?: "WorkspaceSystemAssignedIdentity" | "WorkspaceUserAssignedIdentity" | "None";
  /**
   * A credential, only with `serviceDataIdentity: "None"`: an account key or a SAS token, as a
   * reference (never a literal). Identity-based access needs none.
   * @default - no credential (identity-based)
   */
  readonly credential?: {
    readonly accountKey: string;
  } | {
    readonly sharedAccessSignature: string;
  };
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type BlobDatastoreOptions = Omit<BlobDatastoreProps, "workspace">;

/** A blob container registered as a datastore, identity-based by default (no keys, no SAS tokens). */
export class BlobDatastore extends Construct {
  /** The datastore (construct id `Resource`). */
  public readonly resource: MachineLearningDatastoreBlobstorage;
  public readonly datastoreName: string;

  constructor(scope: Construct, id: string, props: BlobDatastoreProps) {
    super(scope, id);
    const p = Validator.props(this, BlobDatastorePropsSchema, props, (p, v) => {
      if (!rejectDataPlaneUrl(v, "storageContainerId", p.storageContainerId, "use the container's ARM id (azurerm_storage_container created with storage_account_id)") && !isArmIdOf(p.storageContainerId, BLOB_CONTAINER_TYPE)) {
        v.add("ARM_ID", "storageContainerId", p.storageContainerId, armIdRule(BLOB_CONTAINER_TYPE));
      }
      checkCredential(v, p.serviceDataIdentity, p.credential);
    });
    this.datastoreName = p.name;
    this.resource = new azurerm.MachineLearningDatastoreBlobstorage(this, "Resource", {
      name: p.name,
      workspaceId: p.workspace.workspaceId,
      storageContainerId: p.storageContainerId,
      serviceDataAuthIdentity: p.serviceDataIdentity,
      accountKey: p.credential && "accountKey" in p.credential ? p.credential.accountKey : undefined,
      sharedAccessSignature: p.credential && "sharedAccessSignature" in p.credential ? p.credential.sharedAccessSignature : undefined,
      description: p.description,
      tags: p.tags,
    });
  }
}

/** A credential goes with identity `None` only, and only as a reference. */
export function checkCredential(v: Validator, identity: string, credential: { accountKey: string } | { sharedAccessSignature: string } | undefined): void {
  if (credential && identity !== "None") v.add("CONFLICT", "credential", "(set)", `cannot be combined with serviceDataIdentity "${identity}": identity-based access needs no credential`);
  if (!credential && identity === "None") v.add("REQUIRED", "credential", undefined, 'is required with serviceDataIdentity "None" (or use an identity)');
  if (credential) requireSecretReference(v, "accountKey" in credential ? "credential.accountKey" : "credential.sharedAccessSignature", "accountKey" in credential ? credential.accountKey : credential.sharedAccessSignature);
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<BlobDatastoreProps, z.input<typeof BlobDatastorePropsSchema>>;
