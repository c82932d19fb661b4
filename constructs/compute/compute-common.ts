import { z } from "zod";
import { armId } from "../core/arm-id";
import { SUBNET_TYPE, USER_ASSIGNED_IDENTITY_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import type { Validator } from "../core/validation";
import type { IWorkspace } from "../workspace/workspace";


/** An `IWorkspace` (created, or from `Workspace.fromWorkspaceId`). */
export const workspaceSchema = z.custom<IWorkspace>(
  (v) => typeof v === "object" && v !== null && typeof (v as IWorkspace).workspaceId === "string" && typeof (v as IWorkspace).node === "object",
  { message: "must be a Workspace or the result of Workspace.fromWorkspaceId" },
);

/** An Azure VM size such as `Standard_DS3_v2` or `Standard_NC24ads_A100_v4`. */
export const vmSizeSchema = z.string().superRefine((v, ctx) => {
  if (!isUnresolved(v) && !/^Standard_[A-Za-z0-9_-]+$/i.test(v)) {
    ctx.addIssue({ code: "custom", message: 'must be an Azure VM size such as "Standard_DS3_v2"', params: { code: "VM_SIZE" } });
  }
});

/** GPU VM sizes are the N-series (`Standard_NC…`, `Standard_ND…`, `Standard_NV…`). */
export function isGpuVmSize(vmSize: string): boolean {
  return /^Standard_N/i.test(vmSize);
}

export const subnetIdSchema = armId(SUBNET_TYPE);

/**
 * A compute's managed identity: one system-assigned identity or user-assigned identities, not both
 * (Azure rejects the mix for compute: research notes on constraints, I5).
 */
export const computeIdentitySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SystemAssigned") }).strict(),
  z.object({ type: z.literal("UserAssigned"), identityIds: z.array(armId(USER_ASSIGNED_IDENTITY_TYPE)).min(1) }).strict(),
]);

export type ComputeIdentity = z.output<typeof computeIdentitySchema>;

/** The azurerm `identity` block of a compute identity. */
export function toAzurermIdentity(identity: ComputeIdentity): { type: string; identityIds?: string[] } {
  return identity.type === "SystemAssigned" ? { type: "SystemAssigned" } : { type: "UserAssigned", identityIds: identity.identityIds };
}

/** Rejects the system + user mix with the reason, before the schema's generic enum message. */
export function rejectMixedIdentity(v: Validator, identity: unknown): void {
  if (typeof identity === "object" && identity !== null && (identity as { type?: unknown }).type === "SystemAssigned, UserAssigned") {
    v.add("IDENTITY_MIXED", "identity.type", "SystemAssigned, UserAssigned", "cannot mix system- and user-assigned identities on compute: choose one");
  }
}

const isManaged = (ws: IWorkspace) => ws.managedNetworkIsolationMode !== undefined && ws.managedNetworkIsolationMode !== "Disabled";

/**
 * Network placement shared by instances and clusters: no subnet in a managed network; no public
 * node IP when the compute is in a subnet or a managed network; a public IP is needed otherwise.
 * Returns whether nodes get a public IP.
 */
export function checkNetworkPlacement(v: Validator, ws: IWorkspace | undefined, subnetId: string | undefined, nodePublicIpEnabled: boolean | undefined): boolean {
  const managed = ws ? isManaged(ws) : false;
  if (subnetId && managed) {
    v.add("SUBNET_WITH_MANAGED_NETWORK", "subnetId", subnetId, `cannot be set: the workspace uses a managed virtual network (${ws?.managedNetworkIsolationMode}), which places compute itself`);
  }
  const isolated = Boolean(subnetId) || managed;
  if (nodePublicIpEnabled === false && !isolated) {
    v.add("PUBLIC_IP_NEEDS_NETWORK", "nodePublicIpEnabled", false, "can only be false when the compute is in a subnet (subnetId) or the workspace has a managed virtual network");
  }
  return nodePublicIpEnabled ?? !isolated;
}

/**
 * The compute's region: the workspace's by default. A different region is allowed only for clusters
 * of a workspace that is neither private nor in a managed network (constraints M3, §3.4).
 */
export function resolveLocation(v: Validator, ws: IWorkspace | undefined, location: string | undefined, allowOtherRegion: boolean): string | undefined {
  const resolved = location ?? ws?.location;
  if (!resolved) {
    v.add("REQUIRED", "location", undefined, "is required when the workspace was referenced without a location");
    return undefined;
  }
  if (ws?.location && location && !isUnresolved(location) && !isUnresolved(ws.location) && location !== ws.location) {
    const privateWs = ws.publicNetworkAccessEnabled === false || isManaged(ws);
    if (!allowOtherRegion) v.add("REGION", "location", location, `must be the workspace's region (${ws.location}): this compute cannot run in another region`);
    else if (privateWs) v.add("REGION", "location", location, `must be the workspace's region (${ws.location}) because the workspace is private or uses a managed network`);
  }
  return resolved;
}
