import * as z from "zod";
import { armId } from "./arm-id";
import { USER_ASSIGNED_IDENTITY_TYPE } from "./resource-types";
import type { SameShape } from "./same-shape";

/**
 * A managed identity that is either system-assigned or user-assigned, not both: what Azure accepts
 * for compute (research notes on constraints, I5) and online endpoints. One rule for both.
 * @internal
 */
export const managedIdentitySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SystemAssigned") }).strict(),
  z.object({ type: z.literal("UserAssigned"), identityIds: z.array(armId(USER_ASSIGNED_IDENTITY_TYPE)).min(1) }).strict(),
]);

/** One system-assigned identity, or user-assigned identities (never both). */
export type ManagedIdentity = {
  readonly type: "SystemAssigned";
} | {
  readonly type: "UserAssigned";
  readonly identityIds: string[];
};

// The written-out type and the schema cannot drift: this line fails to compile when they differ.
true satisfies SameShape<ManagedIdentity, z.output<typeof managedIdentitySchema>>;
