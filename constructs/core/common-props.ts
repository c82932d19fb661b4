import * as z from "zod";
import { azureName } from "./naming";
import { tagProblems } from "./tags";
import type { SameShape } from "./same-shape";

/**
 * Azure tags, checked by the one tag rule of both layers (`tagProblems`): at most 50, keys 1-512
 * characters without `< > % & \ ? /`, values up to 256 characters.
 * @internal
 */
export const tagsSchema = z.record(z.string(), z.string()).superRefine((tags, ctx) => {
  for (const p of tagProblems(tags)) ctx.addIssue({ code: "custom", path: p.key === undefined ? [] : [p.key], message: p.rule, params: { code: p.code } });
});

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
  resourceGroupName: resourceGroupNameSchema,
  location: locationSchema,
  tags: tagsSchema.default({}),
};

/** Terraform `lifecycle.prevent_destroy` for stateful resources, when asked. */
export function protect(preventDestroy: boolean | undefined): { preventDestroy: boolean } | undefined {
  return preventDestroy ? { preventDestroy: true } : undefined;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<Tags, z.output<typeof tagsSchema>>;
