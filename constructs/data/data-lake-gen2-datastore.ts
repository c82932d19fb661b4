import { Construct } from "constructs";
import * as z from "zod";
import { armIdRule, isArmIdOf } from "../core/arm-id";
import { MachineLearningDatastoreDatalakeGen2, azurerm } from "../core/engine";
import { pattern } from "../core/tokens";
import { Validator } from "../core/validation";
import { BLOB_CONTAINER_TYPE } from "./blob-datastore";
import { datastoreShape, rejectDataPlaneUrl, requireSecretReference, secretReferenceSchema, serviceIdentitySchema } from "./datastore-common";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

const guid = pattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a GUID");

/** @internal */
export const DataLakeGen2DatastorePropsSchema = z
  .object({
    ...datastoreShape,
    storageContainerId: z.string().min(1),
    serviceDataIdentity: serviceIdentitySchema.default("WorkspaceSystemAssignedIdentity"),
    servicePrincipal: z.object({ tenantId: guid, clientId: guid, clientSecret: secretReferenceSchema }).strict().optional(),
  })
  .strict();

export interface DataLakeGen2DatastoreProps {
  /**
   * ARM id of the file system (a container of a hierarchical-namespace account), not the dfs URL.
   */
  readonly storageContainerId: string;
  readonly workspace: IWorkspace;
  /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  /** @default "WorkspaceSystemAssignedIdentity" */
  readonly serviceDataIdentity?: "WorkspaceSystemAssignedIdentity" | "WorkspaceUserAssignedIdentity" | "None";
  /**
   * A service principal, only with `serviceDataIdentity: "None"`; its secret as a reference.
   * @default - no credential (identity-based)
   */
  readonly servicePrincipal?: {
    readonly tenantId: string;
    readonly clientId: string;
    readonly clientSecret: string;
  };
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type DataLakeGen2DatastoreOptions = Omit<DataLakeGen2DatastoreProps, "workspace">;

/** An ADLS Gen2 file system registered as a datastore, identity-based by default. */
export class DataLakeGen2Datastore extends Construct {
  /** The datastore (construct id `Resource`). */
  public readonly resource: MachineLearningDatastoreDatalakeGen2;
  public readonly datastoreName: string;

  constructor(scope: Construct, id: string, props: DataLakeGen2DatastoreProps) {
    super(scope, id);
    const p = Validator.props(this, DataLakeGen2DatastorePropsSchema, props, (p, v) => {
      if (!rejectDataPlaneUrl(v, "storageContainerId", p.storageContainerId, "use the file system's ARM id") && !isArmIdOf(p.storageContainerId, BLOB_CONTAINER_TYPE)) {
        v.add("ARM_ID", "storageContainerId", p.storageContainerId, armIdRule(BLOB_CONTAINER_TYPE));
      }
      if (p.servicePrincipal && p.serviceDataIdentity !== "None") v.add("CONFLICT", "servicePrincipal", "(set)", `cannot be combined with serviceDataIdentity "${p.serviceDataIdentity}"`);
      if (!p.servicePrincipal && p.serviceDataIdentity === "None") v.add("REQUIRED", "servicePrincipal", undefined, 'is required with serviceDataIdentity "None"');
      requireSecretReference(v, "servicePrincipal.clientSecret", p.servicePrincipal?.clientSecret);
    });
    this.datastoreName = p.name;
    this.resource = new azurerm.MachineLearningDatastoreDatalakeGen2(this, "Resource", {
      name: p.name,
      workspaceId: p.workspace.workspaceId,
      storageContainerId: p.storageContainerId,
      serviceDataIdentity: p.serviceDataIdentity,
      tenantId: p.servicePrincipal?.tenantId,
      clientId: p.servicePrincipal?.clientId,
      clientSecret: p.servicePrincipal?.clientSecret,
      description: p.description,
      tags: p.tags,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<DataLakeGen2DatastoreProps, z.input<typeof DataLakeGen2DatastorePropsSchema>>;
