import { z } from "zod";
import { azureName } from "./naming";
import type { SameShape } from "./same-shape";

/**
 * Azure tags: at most 50, keys up to 512 characters, values up to 256.
 * @internal
 */
export const tagsSchema = z
  .record(z.string().min(1).max(512), z.string().max(256))
  .refine((tags) => Object.keys(tags).length <= 50, { message: "must have at most 50 tags", params: { code: "TAGS_LIMIT" } });

export type Tags = Record<string, string>;

/**
 * An Azure region name, e.g. `westeurope`.
 * @internal
 */
export const locationSchema = z.string().min(1);

/** @internal */
export const resourceGroupNameSchema = azureName("resourceGroup");

/**
 * The placement every created resource shares.
 * @internal
 */
export const placementShape = {
  /** Resource group the resources are created in. */
  resourceGroupName: resourceGroupNameSchema,
  /** Azure region, e.g. `westeurope`. */
  location: locationSchema,
  /** Tags applied to every resource created. @default {} */
  tags: tagsSchema.default({}),
};

/** Terraform `lifecycle.prevent_destroy` for stateful resources, when asked. */
export function protect(preventDestroy: boolean | undefined): { preventDestroy: boolean } | undefined {
  return preventDestroy ? { preventDestroy: true } : undefined;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<Tags, z.output<typeof tagsSchema>>;
