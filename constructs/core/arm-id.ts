import * as z from "zod";
import { isUnresolved } from "./tokens";

/** The parts of an Azure Resource Manager id. */
export interface ArmId {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  /** e.g. `Microsoft.Storage/storageAccounts`, or `Microsoft.Network/virtualNetworks/subnets` for a child. */
  readonly resourceType: string;
  /** The last name segment (`mystorage` in `.../storageAccounts/mystorage`). */
  readonly name: string;
  /** Every name segment, parent first. */
  readonly names: readonly string[];
}

const ARM_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/;

/** Parses an ARM id; returns undefined for anything that is not one. Static segments are case-sensitive, as in azurerm. */
export function parseArmId(id: string): ArmId | undefined {
  const m = ARM_ID.exec(id);
  if (!m) return undefined;
  const [, subscriptionId, resourceGroupName, namespace, rest] = m;
  const parts = rest.split("/");
  if (parts.length % 2 !== 0 || parts.some((p) => p.length === 0)) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    types.push(parts[i]);
    names.push(parts[i + 1]);
  }
  return { subscriptionId, resourceGroupName, resourceType: [namespace, ...types].join("/"), name: names[names.length - 1], names };
}

/** The rule text for an id of `resourceType`. */
export function armIdRule(resourceType: string): string {
  const [ns, ...types] = resourceType.split("/");
  const tail = types.map((t) => `${t}/{name}`).join("/");
  return `must be an ARM id /subscriptions/{id}/resourceGroups/{name}/providers/${ns}/${tail} (segments are case-sensitive)`;
}

/** Whether `id` is an ARM id of `resourceType` (unresolved tokens pass: they are checked at plan time). */
export function isArmIdOf(id: string, resourceType: string): boolean {
  if (isUnresolved(id)) return true;
  return parseArmId(id)?.resourceType === resourceType;
}

/**
 * A zod string that must be an ARM id of `resourceType`; unresolved tokens are not checked.
 * @internal
 */
export function armId(resourceType: string) {
  return z.string().superRefine((value, ctx) => {
    if (!isArmIdOf(value, resourceType)) ctx.addIssue({ code: "custom", message: armIdRule(resourceType), params: { code: "ARM_ID" } });
  });
}

/** The resource group id of a parsed ARM id. */
export function resourceGroupIdOf(id: ArmId): string {
  return `/subscriptions/${id.subscriptionId}/resourceGroups/${id.resourceGroupName}`;
}
