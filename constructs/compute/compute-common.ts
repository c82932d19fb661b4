import * as z from "zod";
import { armId } from "../core/arm-id";
import { SUBNET_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import type { Validator } from "../core/validation";
import { isManagedNetwork, type IWorkspace } from "../workspace/workspace-reference";
import type { ManagedIdentity } from "../core/identity";

/**
 * An Azure VM size such as `Standard_DS3_v2` or `Standard_NC24ads_A100_v4`.
 * @internal
 */
export const vmSizeSchema = z.string().superRefine((v, ctx) => {
  if (!isUnresolved(v) && !/^Standard_[A-Za-z0-9_-]+$/i.test(v)) {
    ctx.addIssue({ code: "custom", message: 'must be an Azure VM size such as "Standard_DS3_v2"', params: { code: "VM_SIZE" } });
  }
});

/** GPU VM sizes are the N-series (`Standard_NC…`, `Standard_ND…`, `Standard_NV…`). */
export function isGpuVmSize(vmSize: string): boolean {
  return /^Standard_N/i.test(vmSize);
}

/**
 * The rule that image builds run on a CPU size, for the config (an `imageBuild` cluster's `vmSize`)
 * and the workspace (the cluster `imageBuildComputeName` names): the problem's rule, or undefined.
 * @internal
 */
export function imageBuildSizeRule(vmSize: string): string | undefined {
  return isGpuVmSize(vmSize) ? `must be a CPU size for image builds (${vmSize} is a GPU size)` : undefined;
}

/** @internal */
export const subnetIdSchema = armId(SUBNET_TYPE);

/** The azurerm `identity` block of a compute identity. */
export function toAzurermIdentity(identity: ManagedIdentity): { type: string; identityIds?: string[] } {
  return identity.type === "SystemAssigned" ? { type: "SystemAssigned" } : { type: "UserAssigned", identityIds: identity.identityIds };
}

/** Rejects the system + user mix with the reason, before the schema's generic enum message. */
export function rejectMixedIdentity(v: Validator, identity: unknown): void {
  if (typeof identity === "object" && identity !== null && (identity as { type?: unknown }).type === "SystemAssigned, UserAssigned") {
    v.add("IDENTITY_MIXED", "identity.type", "SystemAssigned, UserAssigned", "cannot mix system- and user-assigned identities on compute: choose one");
  }
}

/**
 * Network placement shared by instances and clusters: no subnet in a managed network; no public
 * node IP when the compute is in a subnet or a managed network; a public IP is needed otherwise.
 * Returns whether nodes get a public IP.
 */
export function checkNetworkPlacement(v: Validator, ws: IWorkspace | undefined, subnetId: string | undefined, nodePublicIpEnabled: boolean | undefined): boolean {
  const managed = ws ? isManagedNetwork(ws) : false;
  if (subnetId && managed) {
    v.add("SUBNET_WITH_MANAGED_NETWORK", "subnetId", subnetId, `cannot be set: the workspace uses a managed virtual network (${ws?.managedNetworkIsolationMode}), which places compute itself`);
  }
  const isolated = Boolean(subnetId) || managed;
  if (nodePublicIpEnabled === false && !isolated) {
    v.add("PUBLIC_IP_NEEDS_NETWORK", "nodePublicIpEnabled", false, "can only be false when the compute is in a subnet (subnetId) or the workspace has a managed virtual network");
  }
  return nodePublicIpEnabled ?? !isolated;
}
