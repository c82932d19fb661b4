import * as z from "zod";
import { armId } from "./arm-id";
import { USER_ASSIGNED_IDENTITY_TYPE } from "./resource-types";
import type { SameShape } from "./same-shape";
import { isUnresolved } from "./tokens";

/** The ARM id of a user-assigned identity. @internal */
export const identityIdSchema = armId(USER_ASSIGNED_IDENTITY_TYPE);
/** User-assigned identities: one or more ARM ids. The building block of every identity option (compute, endpoints, workspaces, hubs). @internal */
export const identityIdsSchema = z.array(identityIdSchema).min(1);

/**
 * A managed identity that is either system-assigned or user-assigned, not both: what Azure accepts
 * for compute (research notes on constraints, I5) and online endpoints. One rule for both.
 * @internal
 */
export const managedIdentitySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SystemAssigned") }).strict(),
  z.object({ type: z.literal("UserAssigned"), identityIds: identityIdsSchema }).strict(),
]);

/**
 * The rule for a workspace's or hub's primary identity: one of its user-assigned identities. The
 * problem's rule, or undefined when it holds or cannot be known yet (an id is an unresolved token).
 * @internal
 */
export function primaryIdentityRule(identityIds: readonly string[], primaryIdentityId: string): string | undefined {
  if (identityIds.some(isUnresolved) || isUnresolved(primaryIdentityId)) return undefined;
  return identityIds.includes(primaryIdentityId) ? undefined : "must be one of identity.identityIds";
}

/** One system-assigned identity, or user-assigned identities (never both). */
export type ManagedIdentity = {
  readonly type: "SystemAssigned";
} | {
  readonly type: "UserAssigned";
  readonly identityIds: string[];
};

// The written-out type and the schema cannot drift: this line fails to compile when they differ.
true satisfies SameShape<ManagedIdentity, z.output<typeof managedIdentitySchema>>;
