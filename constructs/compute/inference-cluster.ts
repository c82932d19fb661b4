import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { tagsSchema } from "../core/common-props";
import { MachineLearningInferenceCluster, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved, pattern } from "../core/tokens";
import { Validator } from "../core/validation";
import { rejectMixedIdentity, toAzurermIdentity } from "./compute-common";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { managedIdentitySchema, type ManagedIdentity } from "../core/identity";
import { markKind } from "../core/kind";

export const KUBERNETES_CLUSTER_TYPE = "Microsoft.ContainerService/managedClusters";

/** TLS on the scoring endpoint: an Azure-provided domain label, or your own certificate (from Key Vault, never literal). */
const sslSchema = z.union([
  z.object({ leafDomainLabel: pattern(/^[a-z][a-z0-9-]{0,61}[a-z0-9]$/, "must be a DNS label"), overwriteExistingDomain: z.boolean().default(false) }).strict(),
  z
    .object({
      cname: z.string().min(1),
      certificatePem: z.string().min(1),
      keyPem: z.string().min(1),
    })
    .strict(),
]);

/**
 * Settings of an attached AKS inference cluster, without the workspace.
 * @internal
 */
export const inferenceClusterOptionsShape = {
  name: azureName("attachedCompute"),
  kubernetesClusterId: armId(KUBERNETES_CLUSTER_TYPE),
  clusterPurpose: z.enum(["DevTest", "FastProd", "DenseProd"]).default("DevTest"),
  identity: managedIdentitySchema.prefault({ type: "SystemAssigned" }),
  ssl: sslSchema.optional(),
  location: z.string().min(1).optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** @internal */
export const InferenceClusterPropsSchema = z.object({ workspace: workspaceSchema, ...inferenceClusterOptionsShape }).strict();
export interface InferenceClusterProps {
  /** 2-16 characters, start with a letter, no "-digits" ending. */
  readonly name: string;
  /** The existing AKS cluster to attach. */
  readonly kubernetesClusterId: string;
  readonly workspace: IWorkspace;
  /**
   * `DevTest`, `FastProd` (needs at least 12 vCPUs in the cluster) or `DenseProd`.
   * @default "DevTest"
   */
  readonly clusterPurpose?: "DevTest" | "FastProd" | "DenseProd";
  /** @default { type: "SystemAssigned" } */
  readonly identity?: ManagedIdentity;
  /**
   * TLS for the scoring endpoint.
   * @default - TLS off (put the cluster behind your own ingress)
   */
  readonly ssl?: {
    readonly leafDomainLabel: string;
    readonly overwriteExistingDomain?: boolean;
  } | {
    readonly cname: string;
    /** PEM certificate: a reference (e.g. a Key Vault secret), never a literal. */
    readonly certificatePem: string;
    /** PEM private key: a reference (e.g. a Key Vault secret), never a literal. */
    readonly keyPem: string;
  };
  /**
   * Must be the workspace's region when the workspace is private.
   * @default - the workspace's
   */
  readonly location?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type InferenceClusterOptions = Omit<InferenceClusterProps, "workspace">;

/**
 * An existing AKS cluster attached to the workspace as an inference cluster. Not available in a
 * workspace with a managed virtual network (Azure does not support it there).
 */
export class InferenceCluster extends Construct {
  /** The attachment (construct id `Resource`). */
  public readonly resource: MachineLearningInferenceCluster;
  public readonly computeId: string;

  constructor(scope: Construct, id: string, props: InferenceClusterProps) {
    super(scope, id);
    let location: string | undefined;
    const p = Validator.props(
      this,
      InferenceClusterPropsSchema,
      props,
      (p, v) => {
        const mode = p.workspace?.managedNetworkIsolationMode;
        if (mode && mode !== "Disabled") {
          v.add("UNSUPPORTED_WITH_MANAGED_NETWORK", "workspace", mode, "cannot have an attached Kubernetes cluster: Azure does not support them with a managed virtual network");
        }
        if (p.ssl && "keyPem" in p.ssl) {
          for (const field of ["certificatePem", "keyPem"] as const) {
            if (!isUnresolved(p.ssl[field])) v.add("SECRET_LITERAL", `ssl.${field}`, "(hidden)", "must be a reference (e.g. a Key Vault secret data source), never a literal: it would be written into the synthesized output");
          }
        }
        location = resolveLocation(v, p.workspace, p.location, true);
      },
      // First: a mixed identity gets a rule of its own, ahead of the schema's mismatch of the union.
      (input, v) => rejectMixedIdentity(v, (input as { identity?: unknown } | undefined)?.identity),
    );
    requireProviders(this, {});

    const ssl = p.ssl
      ? "leafDomainLabel" in p.ssl
        ? { leafDomainLabel: p.ssl.leafDomainLabel, overwriteExistingDomain: p.ssl.overwriteExistingDomain }
        : { cname: p.ssl.cname, cert: p.ssl.certificatePem, key: p.ssl.keyPem }
      : undefined;
    this.resource = new azurerm.MachineLearningInferenceCluster(this, "Resource", {
      name: p.name,
      machineLearningWorkspaceId: p.workspace.workspaceId,
      kubernetesClusterId: p.kubernetesClusterId,
      location: location!,
      clusterPurpose: p.clusterPurpose,
      identity: toAzurermIdentity(p.identity),
      ssl,
      description: p.description,
      tags: p.tags,
    });
    this.computeId = this.resource.id;
    markKind(this, "Compute");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<InferenceClusterProps, z.input<typeof InferenceClusterPropsSchema>>;
