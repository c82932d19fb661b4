import * as z from "zod";
import { azureName } from "../core/naming";
import { isUnresolved } from "../core/tokens";
import type { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import { tagsSchema } from "../core/common-props";

/**
 * Fields every datastore shares.
 * @internal
 */
export const datastoreShape = {
  workspace: workspaceSchema,
  name: azureName("datastore"),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/**
 * How Azure ML reaches the data for studio previews and jobs without credentials: the workspace's
 * managed identity (`WorkspaceSystemAssignedIdentity`, the default) or its user-assigned one.
 * `None` means a credential (a Key Vault reference) is given instead.
 * @internal
 */
export const serviceIdentitySchema = z.enum(["WorkspaceSystemAssignedIdentity", "WorkspaceUserAssignedIdentity", "None"]);

/**
 * A storage secret given as a reference (e.g. `DataAzurermKeyVaultSecret.value`): never a literal.
 * @internal
 */
export const secretReferenceSchema = z.string().min(1);

/** Refuses literal secrets: they would be written into the synthesized JSON. */
export function requireSecretReference(v: Validator, field: string, value: string | undefined): void {
  if (value !== undefined && !isUnresolved(value)) {
    v.add("SECRET_LITERAL", field, "(hidden)", "must be a reference (a Key Vault secret data source or a sensitive variable), never a literal: it would be written into the synthesized output");
  }
}

/** A data-plane URL given where an ARM id is needed: the most common deploy-time failure of datastores. */
export function rejectDataPlaneUrl(v: Validator, field: string, value: string, hint: string): boolean {
  if (!isUnresolved(value) && /^https?:\/\//.test(value)) {
    v.add("DATA_PLANE_URL", field, value, `must be the ARM id, not the data-plane URL: ${hint}`);
    return true;
  }
  return false;
}
