import { Construct } from "constructs";
import * as z from "zod";
import { stackClientConfig } from "../core/client-config";
import { RoleAssignment, azurerm } from "../core/engine";
import { isUnresolved } from "../core/tokens";
import { Validator } from "../core/validation";
import type { BuiltInRole } from "./built-in-roles";
import type { SameShape } from "../core/same-shape";

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const guid = z.string().superRefine((v, ctx) => {
  if (!isUnresolved(v) && !GUID.test(v)) ctx.addIssue({ code: "custom", message: "must be a GUID (an Entra ID object id)", params: { code: "GUID" } });
});

/** @internal */
export const RoleGrantPropsSchema = z
  .object({
    scope: z.string().min(1),
    principalId: guid,
    role: z.object({ name: z.string().min(1), id: guid }).strict(),
    principalType: z.enum(["User", "Group", "ServicePrincipal"]).optional(),
    description: z.string().max(1024).optional(),
  })
  .strict();

export interface RoleGrantProps {
  /** The ARM id the role applies to (a workspace, storage account, resource group, ...). */
  readonly scope: string;
  /** Object id of the user, group, service principal or managed identity. */
  readonly principalId: string;
  /** A built-in role from `BuiltInRoles`, or any role as `{ name, id }`. */
  readonly role: {
    readonly name: string;
    readonly id: string;
  };
  /**
   * `ServicePrincipal` (managed identities too) skips Entra ID's replication check.
   * @default - detected by Azure
   */
  readonly principalType?: "User" | "Group" | "ServicePrincipal";
  /** @default - "<role name>, granted by cdktf-azureml" */
  readonly description?: string;
}

/** The role definition id of a built-in role, scoped to the subscription of `scope` (as azurerm reads it back). */
function roleDefinitionId(construct: Construct, scope: string, role: BuiltInRole): string {
  const literal = isUnresolved(scope) ? undefined : /^\/subscriptions\/([^/]+)/.exec(scope)?.[1];
  const subscription = literal ?? stackClientConfig(construct).subscriptionId;
  return `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${role.id}`;
}

/**
 * A role assignment by role definition id (stable, unlike role names), scoped to the scope's
 * subscription so that azurerm does not see a difference on every plan.
 */
export class RoleGrant extends Construct {
  /** The role assignment (construct id `Resource`). */
  public readonly resource: RoleAssignment;
  public readonly role: BuiltInRole;

  constructor(scope: Construct, id: string, props: RoleGrantProps) {
    super(scope, id);
    const p = Validator.props(this, RoleGrantPropsSchema, props);
    this.role = p.role;
    this.resource = new azurerm.RoleAssignment(this, "Resource", {
      scope: p.scope,
      principalId: p.principalId,
      roleDefinitionId: roleDefinitionId(this, p.scope, p.role),
      principalType: p.principalType,
      skipServicePrincipalAadCheck: p.principalType === "ServicePrincipal" ? true : undefined,
      description: p.description ?? `${p.role.name}, granted by cdktf-azureml`,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<RoleGrantProps, z.input<typeof RoleGrantPropsSchema>>;
