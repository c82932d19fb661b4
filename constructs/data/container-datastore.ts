import { Construct } from "constructs";
import * as z from "zod";
import { StorageContainer, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import { BlobDatastore } from "./blob-datastore";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

/** @internal */
export const ContainerDatastorePropsSchema = z
  .object({
    workspace: workspaceSchema,
    storageAccountId: z.string().min(1),
    containerName: azureName("storageContainer"),
    datastoreName: azureName("datastore").optional(),
    description: z.string().max(1024).optional(),
  })
  .strict();

export interface ContainerDatastoreProps {
  readonly workspace: IWorkspace;
  /**
   * ARM id of the storage account the container is created in (e.g. `workspace.storageAccountId`).
   */
  readonly storageAccountId: string;
  /** 3-63 lowercase letters, digits or hyphens. */
  readonly containerName: string;
  /** @default - the container name with hyphens as underscores */
  readonly datastoreName?: string;
  /** @default - none */
  readonly description?: string;
}
export type ContainerDatastoreOptions = Omit<ContainerDatastoreProps, "workspace" | "storageAccountId">;

/**
 * A private blob container, created in a storage account by its ARM id (so the container's id is
 * its ARM id, as datastores need), registered as an identity-based datastore.
 */
export class ContainerDatastore extends Construct {
  public readonly container: StorageContainer;
  public readonly datastore: BlobDatastore;

  constructor(scope: Construct, id: string, props: ContainerDatastoreProps) {
    super(scope, id);
    const p = Validator.props(this, ContainerDatastorePropsSchema, props);
    this.container = new azurerm.StorageContainer(this, "Container", { name: p.containerName, storageAccountId: p.storageAccountId, containerAccessType: "private" });
    this.datastore = new BlobDatastore(this, "Datastore", {
      workspace: p.workspace,
      name: p.datastoreName ?? p.containerName.replace(/-/g, "_"),
      storageContainerId: this.container.id,
      description: p.description,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ContainerDatastoreProps, z.input<typeof ContainerDatastorePropsSchema>>;
