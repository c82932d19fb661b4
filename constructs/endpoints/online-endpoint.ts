import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { Lazy, dependable } from "../core/engine";
import { requireProviders } from "../core/provider-checks";
import { Validator, formatProblem, type Problem } from "../core/validation";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { IWorkspace } from "../workspace/workspace-reference";
import { endpointCommonShape, percentagesSchema, trafficProblems, isEndpointOfKind, markEndpoint, type EndpointCommonProps, type IEndpoint } from "./endpoint-common";
import { OnlineDeployment, type OnlineDeploymentOptions } from "./online-deployment";
import type { SameShape } from "../core/same-shape";
import { managedIdentitySchema, type ManagedIdentity } from "../core/identity";

/** @internal */
export const onlineEndpointOptionsShape = {
  ...endpointCommonShape,
  authMode: z.enum(["AADToken", "AMLToken", "Key"]).default("AADToken"),
  publicNetworkAccessEnabled: z.boolean().optional(),
  identity: managedIdentitySchema.prefault({ type: "SystemAssigned" }),
  traffic: percentagesSchema.optional(),
  mirrorTraffic: percentagesSchema.optional(),
};

/** @internal */
export const OnlineEndpointPropsSchema = z.object({ workspace: workspaceSchema, ...onlineEndpointOptionsShape }).strict();
export interface OnlineEndpointProps extends EndpointCommonProps {
  /**
   * How callers authenticate: Entra ID tokens (`AADToken`), Azure ML tokens (`AMLToken`) or keys
   * (`Key`, explicit: keys do not expire).
   * @default "AADToken"
   */
  readonly authMode?: "AMLToken" | "AADToken" | "Key";
  /**
   * Public scoring access.
   * @default - the workspace's public network access (private when unknown)
   */
  readonly publicNetworkAccessEnabled?: boolean;
  /**
   * Identity that pulls the image and the model.
   * @default { type: "SystemAssigned" }
   */
  readonly identity?: ManagedIdentity;
  /**
   * Live traffic by deployment name, summing to 100; set after the deployments exist.
   * @default - none (set it with setTraffic)
   */
  readonly traffic?: Record<string, number>;
  /**
   * Mirrored (shadow) traffic by deployment name, at most 50 in total.
   * @default - none
   */
  readonly mirrorTraffic?: Record<string, number>;
}
export type OnlineEndpointOptions = Omit<OnlineEndpointProps, "workspace">;

/**
 * A managed online endpoint (`workspaces/onlineEndpoints` through azapi) with its deployments and
 * traffic, in the order Azure needs: the endpoint is created without traffic, the deployments next
 * (children of the endpoint), then the traffic by an `azapi_update_resource` that depends on them.
 * The endpoint's own body keeps `traffic` as an ignored placeholder (`ignore_body_changes`), so a
 * later change of the endpoint does not reset the live traffic.
 */
export class OnlineEndpoint extends Construct implements IEndpoint {
  /** Whether `x` is a OnlineEndpoint of this library (by kind, not by shape). */
  public static isOnlineEndpoint(x: unknown): x is OnlineEndpoint {
    return isEndpointOfKind(x, "online");
  }

  /** The endpoint (construct id `Resource`). */
  public readonly resource: AzapiResource;
  /** Deployments added with `addDeployment`. */
  public readonly deployments: OnlineDeployment[] = [];
  /** The traffic update, once traffic is set. */
  public trafficUpdate?: AzapiUpdateResource;
  public readonly endpointId: string;
  public readonly endpointName: string;
  public readonly location: string;
  public readonly workspace: IWorkspace;
  public readonly publicNetworkAccessEnabled: boolean;
  /** The scoring URI, read back after creation. */
  public readonly scoringUri: string;
  /** The OpenAPI (swagger) URI. */
  public readonly swaggerUri: string;
  private traffic?: Record<string, number>;
  private mirrorTraffic?: Record<string, number>;

  constructor(scope: Construct, id: string, props: OnlineEndpointProps) {
    super(scope, id);
    markEndpoint(this, "online");
    let location: string | undefined;
    // Endpoints live in their workspace's region.
    const p = Validator.props(this, OnlineEndpointPropsSchema, props, (p, v) => (location = resolveLocation(v, p.workspace, p.location, false)));
    requireProviders(this, { azapi: true });

    this.workspace = p.workspace;
    this.endpointName = p.name;
    this.location = location!;
    this.publicNetworkAccessEnabled = p.publicNetworkAccessEnabled ?? p.workspace.publicNetworkAccessEnabled ?? false;
    this.resource = new AzapiResource(this, "Resource", {
      // A private workspace: wait for its private endpoint (traffic goes through it).
      dependsOn: p.workspace.readyForDependents?.length ? [...p.workspace.readyForDependents] : undefined,
      type: mlType("workspaces/onlineEndpoints"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      location: this.location,
      identity: p.identity.type === "SystemAssigned" ? { type: "SystemAssigned" } : { type: "UserAssigned", identityIds: p.identity.identityIds },
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: {
        kind: "Managed",
        properties: {
          authMode: p.authMode,
          publicNetworkAccess: this.publicNetworkAccessEnabled ? "Enabled" : "Disabled",
          description: p.description,
          // A placeholder: the live value is kept on updates (ignore_body_changes), traffic is set below.
          traffic: {},
        },
      },
      ignoreBodyChanges: ["properties.traffic"],
      responseExportValues: { scoringUri: "properties.scoringUri", swaggerUri: "properties.swaggerUri" },
      timeouts: { create: "60m", update: "60m", delete: "60m" },
    });
    this.endpointId = this.resource.id;
    this.scoringUri = this.resource.exportedValue("scoringUri");
    this.swaggerUri = this.resource.exportedValue("swaggerUri");

    if (p.traffic) this.setTraffic(p.traffic);
    if (p.mirrorTraffic) this.setMirrorTraffic(p.mirrorTraffic);
    this.node.addValidation({ validate: () => this.validateTraffic().map(formatProblem) });
  }

  /** Adds a deployment; traffic set on this endpoint waits for it. */
  public addDeployment(id: string, options: OnlineDeploymentOptions): OnlineDeployment {
    const d = new OnlineDeployment(this, id, { ...options, endpoint: this });
    this.deployments.push(d);
    if (this.trafficUpdate) this.trafficUpdate.dependsOn = [...(this.trafficUpdate.dependsOn ?? []), dependable(d.resource)];
    return d;
  }

  /** Sets live traffic by deployment name (summing to 100), applied after every deployment exists. */
  public setTraffic(traffic: Record<string, number>): void {
    this.traffic = { ...traffic };
    this.ensureTrafficUpdate();
  }

  /** Sets mirrored traffic by deployment name (at most 50 in total). */
  public setMirrorTraffic(mirror: Record<string, number>): void {
    this.mirrorTraffic = { ...mirror };
    this.ensureTrafficUpdate();
  }

  private ensureTrafficUpdate(): void {
    if (this.trafficUpdate) return;
    this.trafficUpdate = new AzapiUpdateResource(this, "Traffic", {
      type: mlType("workspaces/onlineEndpoints"),
      resourceId: this.endpointId,
      body: {
        properties: {
          traffic: Lazy.anyValue({ produce: () => this.traffic ?? {} }),
          mirrorTraffic: Lazy.anyValue({ produce: () => this.mirrorTraffic }),
        },
      },
      locks: [this.endpointId],
      dependsOn: this.deployments.map((d) => d.resource),
      timeouts: { create: "30m", update: "30m" },
    });
  }

  /** Traffic rules, checked at synthesis once every deployment is added. */
  private validateTraffic(): Problem[] {
    const names = this.deployments.map((d) => d.deploymentName);
    const problems: Problem[] = trafficProblems(this.traffic, this.mirrorTraffic, names).map((p) => ({ ...p, path: this.node.path }));
    return problems;
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<OnlineEndpointProps, z.input<typeof OnlineEndpointPropsSchema>>;
