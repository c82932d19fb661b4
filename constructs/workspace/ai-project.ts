import { Construct } from "constructs";
import * as z from "zod";
import { AiFoundryProject, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";
import { tagsSchema } from "../core/common-props";

/** @internal */
export const AiProjectOptionsSchema = z
  .object({
    name: azureName("workspace"),
    friendlyName: z.string().max(256).optional(),
    description: z.string().max(1024).optional(),
    highBusinessImpact: z.boolean().default(false),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface AiProjectOptions {
  /** Project name (workspace name rules). */
  readonly name: string;
  /** @default - the name */
  readonly friendlyName?: string;
  /** @default - none */
  readonly description?: string;
  /** @default false */
  readonly highBusinessImpact?: boolean;
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/** What a project needs of its hub. */
export interface IAiHub {
  readonly hubId: string;
  readonly location: string;
}

/** A project of an AI Foundry hub (`azurerm_ai_foundry_project`), with a system-assigned identity. */
export class AiProject extends Construct {
  /** The project (construct id `Resource`). */
  public readonly resource: AiFoundryProject;

  constructor(scope: Construct, id: string, props: AiProjectOptions & { hub: IAiHub }) {
    super(scope, id);
    const { hub, ...rest } = props;
    const p = Validator.props(this, AiProjectOptionsSchema, rest);
    this.resource = new azurerm.AiFoundryProject(this, "Resource", {
      name: p.name,
      aiServicesHubId: hub.hubId,
      location: hub.location,
      friendlyName: p.friendlyName,
      description: p.description,
      highBusinessImpactEnabled: p.highBusinessImpact,
      identity: { type: "SystemAssigned" },
      tags: p.tags,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<AiProjectOptions, z.input<typeof AiProjectOptionsSchema>>;
