import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { tagsSchema } from "../core/common-props";
import { MachineLearningSynapseSpark, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved } from "../core/tokens";
import { Validator } from "../core/validation";
import { rejectMixedIdentity, toAzurermIdentity } from "./compute-common";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { managedIdentitySchema, type ManagedIdentity } from "../core/identity";
import { markKind } from "../core/kind";

export const SYNAPSE_SPARK_POOL_TYPE = "Microsoft.Synapse/workspaces/bigDataPools";

/**
 * Settings of an attached Synapse Spark pool, without the workspace.
 * @internal
 */
export const synapseSparkAttachmentOptionsShape = {
  name: azureName("attachedCompute"),
  synapseSparkPoolId: armId(SYNAPSE_SPARK_POOL_TYPE),
  identity: managedIdentitySchema.prefault({ type: "SystemAssigned" }),
  localAuthEnabled: z.boolean().default(false),
  location: z.string().min(1).optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** @internal */
export const SynapseSparkAttachmentPropsSchema = z.object({ workspace: workspaceSchema, ...synapseSparkAttachmentOptionsShape }).strict();
export interface SynapseSparkAttachmentProps {
  /**
   * 3-16 characters (Azure allows 2, azurerm 4.55 wants 3), start with a letter, no "-digits" ending.
   */
  readonly name: string;
  /** The Synapse Spark pool to attach. */
  readonly synapseSparkPoolId: string;
  readonly workspace: IWorkspace;
  /** @default { type: "SystemAssigned" } */
  readonly identity?: ManagedIdentity;
  /**
   * Keys and tokens; off so only Entra ID works.
   * @default false
   */
  readonly localAuthEnabled?: boolean;
  /** @default - the workspace's */
  readonly location?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type SynapseSparkAttachmentOptions = Omit<SynapseSparkAttachmentProps, "workspace">;

/** A Synapse Spark pool attached to the workspace as compute, with local auth off. */
export class SynapseSparkAttachment extends Construct {
  /** The attachment (construct id `Resource`). */
  public readonly resource: MachineLearningSynapseSpark;
  public readonly computeId: string;

  constructor(scope: Construct, id: string, props: SynapseSparkAttachmentProps) {
    super(scope, id);
    let location: string | undefined;
    const p = Validator.props(
      this,
      SynapseSparkAttachmentPropsSchema,
      props,
      (p, v) => {
        if (typeof p.name === "string" && !isUnresolved(p.name) && p.name.length === 2) {
          v.add("NAME_RULE", "name", p.name, "must be at least 3 characters: azurerm 4.55 rejects 2-character Synapse names at plan, though Azure allows them");
        }
        location = resolveLocation(v, p.workspace, p.location, true);
      },
      // First: a mixed identity gets a rule of its own, ahead of the schema's mismatch of the union.
      (input, v) => rejectMixedIdentity(v, (input as { identity?: unknown } | undefined)?.identity),
    );
    requireProviders(this, {});

    this.resource = new azurerm.MachineLearningSynapseSpark(this, "Resource", {
      name: p.name,
      machineLearningWorkspaceId: p.workspace.workspaceId,
      synapseSparkPoolId: p.synapseSparkPoolId,
      location: location!,
      identity: toAzurermIdentity(p.identity),
      localAuthEnabled: p.localAuthEnabled,
      description: p.description,
      tags: p.tags,
    });
    this.computeId = this.resource.id;
    markKind(this, "Compute");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<SynapseSparkAttachmentProps, z.input<typeof SynapseSparkAttachmentPropsSchema>>;
