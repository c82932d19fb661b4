import { Construct, type IConstruct } from "constructs";
import { armIdRule, parseArmId } from "../core/arm-id";
import { Fn, type ITerraformDependable } from "../core/engine";
import { WORKSPACE_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import { ValidationError, type Validator } from "../core/validation";
import { isOfKind, kindSchema, markKind } from "../core/kind";

/**
 * What every area needs of a workspace, in a leaf module: compute, data, assets, endpoints,
 * pipelines, connections and network import this file, never `workspace.ts` (which imports them).
 */

/** An Azure ML workspace, created here or referenced by id: what compute, data and endpoints need. */
export interface IWorkspace extends IConstruct {
  /** The workspace's ARM id. */
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly resourceGroupName: string;
  /** The workspace's region. @default - unknown for a workspace referenced by id without a location */
  readonly location?: string;
  /** Whether the workspace is reachable over the public internet, when known. */
  readonly publicNetworkAccessEnabled?: boolean;
  /** The principal id of the workspace's system-assigned identity, when it has one. */
  readonly principalId?: string;
  /** The managed virtual network's isolation mode, when known (`Disabled`: no managed network). */
  readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;
  /**
   * What compute and endpoints created in the workspace wait for (Terraform `depends_on`): a private
   * workspace's own private endpoint, through which their traffic goes.
   * @default - nothing
   */
  readonly readyForDependents?: readonly ITerraformDependable[];
}

export type ManagedNetworkIsolationMode = "Disabled" | "AllowInternetOutbound" | "AllowOnlyApprovedOutbound";

/** Options of `Workspace.fromWorkspaceId`: what is known of the referenced workspace. */
export interface WorkspaceReferenceOptions {
  /** The workspace's region, which computes need. @default - unknown */
  readonly location?: string;
  /** @default - unknown */
  readonly publicNetworkAccessEnabled?: boolean;
  /** @default - unknown */
  readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;
}

/** Marks a construct as a workspace of this library (called by `Workspace` and the reference class). */
export function markWorkspace(ws: IWorkspace): void {
  markKind(ws, "IWorkspace");
}

/** Whether `x` is a workspace of this library: a `Workspace`, or the result of `Workspace.fromWorkspaceId`. */
export function isWorkspace(x: unknown): x is IWorkspace {
  return isOfKind(x, "IWorkspace");
}

/**
 * A workspace prop: checked by kind, not by shape.
 * @internal
 */
export const workspaceSchema = kindSchema<IWorkspace>("IWorkspace", "must be a Workspace or the result of Workspace.fromWorkspaceId");

/** Whether the workspace has a managed virtual network. */
export function isManagedNetwork(ws: IWorkspace): boolean {
  return ws.managedNetworkIsolationMode !== undefined && ws.managedNetworkIsolationMode !== "Disabled";
}

/**
 * The region of something that lives in a workspace: the workspace's by default. A different region
 * is allowed only where `allowOtherRegion` (clusters) and the workspace is neither private nor in a
 * managed network (constraints M3, §3.4).
 */
export function resolveLocation(v: Validator, ws: IWorkspace | undefined, location: string | undefined, allowOtherRegion: boolean): string | undefined {
  const resolved = location ?? ws?.location;
  if (!resolved) {
    v.add("REQUIRED", "location", undefined, "is required when the workspace was referenced without a location");
    return undefined;
  }
  if (ws?.location && location && !isUnresolved(location) && !isUnresolved(ws.location) && location !== ws.location) {
    const privateWs = ws.publicNetworkAccessEnabled === false || isManagedNetwork(ws);
    if (!allowOtherRegion) v.add("REGION", "location", location, `must be the workspace's region (${ws.location}): this compute cannot run in another region`);
    else if (privateWs) v.add("REGION", "location", location, `must be the workspace's region (${ws.location}) because the workspace is private or uses a managed network`);
  }
  return resolved;
}

/** A workspace referenced by its ARM id (what `Workspace.fromWorkspaceId` returns). */
export class WorkspaceReference extends Construct implements IWorkspace {
  public readonly workspaceId: string;
  public readonly workspaceName: string;
  public readonly resourceGroupName: string;
  public readonly location?: string;
  public readonly publicNetworkAccessEnabled?: boolean;
  public readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;

  constructor(scope: Construct, id: string, workspaceId: string, options: WorkspaceReferenceOptions = {}) {
    super(scope, id);
    markWorkspace(this);
    this.workspaceId = workspaceId;
    this.location = options.location;
    this.publicNetworkAccessEnabled = options.publicNetworkAccessEnabled;
    this.managedNetworkIsolationMode = options.managedNetworkIsolationMode;
    if (isUnresolved(workspaceId)) {
      const parts = Fn.split("/", workspaceId);
      this.resourceGroupName = Fn.element(parts, 4);
      this.workspaceName = Fn.element(parts, 8);
      return;
    }
    const parsed = parseArmId(workspaceId);
    if (!parsed || parsed.resourceType !== WORKSPACE_TYPE) {
      throw new ValidationError([{ code: "ARM_ID", path: this.node.path, field: "workspaceId", value: workspaceId, rule: armIdRule(WORKSPACE_TYPE) }]);
    }
    this.resourceGroupName = parsed.resourceGroupName;
    this.workspaceName = parsed.name;
  }
}
