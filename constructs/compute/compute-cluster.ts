import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import { tagsSchema } from "../core/common-props";
import { Duration, durationSchema } from "../core/duration";
import { MachineLearningComputeCluster, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { checkNetworkPlacement, isGpuVmSize, rejectMixedIdentity, toAzurermIdentity, subnetIdSchema, vmSizeSchema } from "./compute-common";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { managedIdentitySchema, type ManagedIdentity } from "../core/identity";
import { markKind } from "../core/kind";

/**
 * The node range rule, for the construct and the team config alike: the rule `minNodes` breaks, if any.
 * @internal
 */
export function nodeRangeRule(minNodes: unknown, maxNodes: unknown): string | undefined {
  return typeof minNodes === "number" && typeof maxNodes === "number" && minNodes > maxNodes ? `must be ≤ maxNodes (${maxNodes})` : undefined;
}

/**
 * Settings of a compute cluster, without the workspace (what `workspace.addComputeCluster` takes).
 * @internal
 */
export const computeClusterOptionsShape = {
  name: azureName("computeCluster"),
  vmSize: vmSizeSchema,
  vmPriority: z.enum(["Dedicated", "LowPriority"]).default("Dedicated"),
  minNodes: z.number().int().min(0).default(0),
  maxNodes: z.number().int().min(1).max(65000),
  scaleDownAfterIdle: durationSchema({ min: Duration.seconds(1) }).default(Duration.minutes(2)),
  identity: managedIdentitySchema.prefault({ type: "SystemAssigned" }),
  subnetId: subnetIdSchema.optional(),
  nodePublicIpEnabled: z.boolean().optional(),
  localAuthEnabled: z.boolean().default(false),
  ssh: z.object({ adminUsername: z.string().min(1).max(32), publicKey: pattern(/^(ssh-(rsa|ed25519)|ecdsa-sha2-nistp\d+) /, "must be an OpenSSH public key") }).strict().optional(),
  location: z.string().min(1).optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** @internal */
export const ComputeClusterPropsSchema = z.object({ workspace: workspaceSchema, ...computeClusterOptionsShape }).strict();

export interface ComputeClusterProps {
  /**
   * Cluster name: 3-32 characters, start with a letter, no "-digits" ending (Azure rejects `cpu-cluster-1`).
   */
  readonly name: string;
  /** VM size, e.g. `Standard_DS3_v2` (CPU) or `Standard_NC24ads_A100_v4` (GPU). */
  readonly vmSize: string;
  /** The most nodes the cluster scales to. */
  readonly maxNodes: number;
  readonly workspace: IWorkspace;
  /**
   * `Dedicated`, or `LowPriority` (cheaper, can be preempted).
   * @default "Dedicated"
   */
  readonly vmPriority?: "Dedicated" | "LowPriority";
  /**
   * Nodes kept when idle; 0 scales to zero (CKV_AZURE_150).
   * @default 0
   */
  readonly minNodes?: number;
  /**
   * Idle time before a node is released.
   * @default Duration.minutes(2)
   */
  readonly scaleDownAfterIdle?: string | Duration;
  /**
   * Managed identity: one system-assigned, or user-assigned ones; never both.
   * @default { type: "SystemAssigned" }
   */
  readonly identity?: ManagedIdentity;
  /**
   * Subnet for the nodes (not with a managed network).
   * @default - none
   */
  readonly subnetId?: string;
  /**
   * Public IPs on nodes.
   * @default - false in a subnet or managed network, true otherwise (Azure needs one of them)
   */
  readonly nodePublicIpEnabled?: boolean;
  /**
   * Keys and tokens to reach the cluster; off so only Entra ID works (CKV_AZURE_142).
   * @default false
   */
  readonly localAuthEnabled?: boolean;
  /**
   * An SSH public key; SSH is off unless given (public access stays off).
   * @default - no SSH
   */
  readonly ssh?: {
    readonly adminUsername: string;
    readonly publicKey: string;
  };
  /**
   * The cluster's region.
   * @default - the workspace's
   */
  readonly location?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
/** Props of `workspace.addComputeCluster` (all but the workspace). */
export type ComputeClusterOptions = Omit<ComputeClusterProps, "workspace">;

/**
 * An Azure ML compute cluster (AmlCompute) for training and batch jobs: scales to zero, local auth
 * off, system-assigned identity, no SSH unless a key is given, and no public node IPs in a subnet or
 * managed network.
 */
export class ComputeCluster extends Construct {
  /** The cluster (construct id `Resource`). */
  public readonly resource: MachineLearningComputeCluster;
  public readonly clusterName: string;
  /** The cluster's ARM id. */
  public readonly computeId: string;
  /** The VM size of the nodes. */
  public readonly vmSize: string;
  /** Whether the VM size is a GPU size (N-series). */
  public readonly isGpu: boolean;

  constructor(scope: Construct, id: string, props: ComputeClusterProps) {
    super(scope, id);
    let location: string | undefined;
    let publicIp = true;
    const p = Validator.props(
      this,
      ComputeClusterPropsSchema,
      props,
      (p, v) => {
        const range = nodeRangeRule(p.minNodes, p.maxNodes);
        if (range) v.add("NODE_RANGE", "minNodes", p.minNodes, range);
        publicIp = checkNetworkPlacement(v, p.workspace, p.subnetId, p.nodePublicIpEnabled);
        location = resolveLocation(v, p.workspace, p.location, true);
      },
      // First: a mixed identity gets a rule of its own, ahead of the schema's mismatch of the union.
      (input, v) => rejectMixedIdentity(v, (input as { identity?: unknown } | undefined)?.identity),
    );
    requireProviders(this, {});

    this.clusterName = p.name;
    this.vmSize = p.vmSize;
    this.isGpu = isGpuVmSize(p.vmSize);
    this.resource = new azurerm.MachineLearningComputeCluster(this, "Resource", {
      // A private workspace: wait for its private endpoint (traffic goes through it).
      dependsOn: p.workspace.readyForDependents?.length ? [...p.workspace.readyForDependents] : undefined,
      name: p.name,
      machineLearningWorkspaceId: p.workspace.workspaceId,
      location: location!,
      vmSize: p.vmSize,
      vmPriority: p.vmPriority,
      scaleSettings: {
        minNodeCount: p.minNodes,
        maxNodeCount: p.maxNodes,
        scaleDownNodesAfterIdleDuration: p.scaleDownAfterIdle.toIsoString(),
      },
      identity: toAzurermIdentity(p.identity),
      subnetResourceId: p.subnetId,
      nodePublicIpEnabled: publicIp,
      localAuthEnabled: p.localAuthEnabled,
      sshPublicAccessEnabled: false,
      ssh: p.ssh ? { adminUsername: p.ssh.adminUsername, keyValue: p.ssh.publicKey } : undefined,
      description: p.description,
      tags: p.tags,
    });
    this.computeId = this.resource.id;
    markKind(this, "Compute");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ComputeClusterProps, z.input<typeof ComputeClusterPropsSchema>>;
