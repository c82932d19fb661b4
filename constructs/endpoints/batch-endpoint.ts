import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { AzapiUpdateResource } from "../azapi/update-resource";
import { Lazy, dependable } from "../core/engine";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator, formatProblem, type Problem } from "../core/validation";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { IWorkspace } from "../workspace/workspace-reference";
import { BatchDeployment, type BatchDeploymentOptions } from "./batch-deployment";
import { endpointCommonShape, unknownDeploymentRule, isEndpointOfKind, markEndpoint, type EndpointCommonProps, type IEndpoint } from "./endpoint-common";
import type { SameShape } from "../core/same-shape";

/** @internal */
export const batchEndpointOptionsShape = {
  ...endpointCommonShape,
  defaultDeployment: azureName("endpoint").optional(),
};

/** @internal */
export const BatchEndpointPropsSchema = z.object({ workspace: workspaceSchema, ...batchEndpointOptionsShape }).strict();
export interface BatchEndpointProps extends EndpointCommonProps {
  /**
   * The deployment invocations use when none is named; set after it exists.
   * @default - none (set it with setDefaultDeployment)
   */
  readonly defaultDeployment?: string;
}
export type BatchEndpointOptions = Omit<BatchEndpointProps, "workspace">;

/**
 * A batch endpoint (`workspaces/batchEndpoints` through azapi), invoked with Entra ID tokens, with
 * its deployments; the default deployment is set by an `azapi_update_resource` once it exists.
 */
export class BatchEndpoint extends Construct implements IEndpoint {
  /** Whether `x` is a BatchEndpoint of this library (by kind, not by shape). */
  public static isBatchEndpoint(x: unknown): x is BatchEndpoint {
    return isEndpointOfKind(x, "batch");
  }

  /** The endpoint (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly deployments: BatchDeployment[] = [];
  /** The update setting the default deployment, once set. */
  public defaultDeploymentUpdate?: AzapiUpdateResource;
  public readonly endpointId: string;
  public readonly endpointName: string;
  public readonly location: string;
  public readonly workspace: IWorkspace;
  public readonly publicNetworkAccessEnabled: boolean;
  /** The invocation URI, read back after creation. */
  public readonly scoringUri: string;
  private defaultDeployment?: string;

  constructor(scope: Construct, id: string, props: BatchEndpointProps) {
    super(scope, id);
    markEndpoint(this, "batch");
    let location: string | undefined;
    // Endpoints live in their workspace's region.
    const p = Validator.props(this, BatchEndpointPropsSchema, props, (p, v) => (location = resolveLocation(v, p.workspace, p.location, false)));
    requireProviders(this, { azapi: true });
    this.workspace = p.workspace;
    this.endpointName = p.name;
    this.location = location!;
    this.publicNetworkAccessEnabled = p.workspace.publicNetworkAccessEnabled ?? false;
    this.resource = new AzapiResource(this, "Resource", {
      // A private workspace: wait for its private endpoint (traffic goes through it).
      dependsOn: p.workspace.readyForDependents?.length ? [...p.workspace.readyForDependents] : undefined,
      type: mlType("workspaces/batchEndpoints"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      location: this.location,
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: { properties: { authMode: "AADToken", description: p.description, defaults: {} } },
      ignoreBodyChanges: ["properties.defaults"],
      responseExportValues: { scoringUri: "properties.scoringUri" },
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
    this.endpointId = this.resource.id;
    this.scoringUri = this.resource.exportedValue("scoringUri");
    if (p.defaultDeployment) this.setDefaultDeployment(p.defaultDeployment);
    this.node.addValidation({ validate: () => this.validateDefault().map(formatProblem) });
  }

  public addDeployment(id: string, options: BatchDeploymentOptions): BatchDeployment {
    const d = new BatchDeployment(this, id, { ...options, endpoint: this });
    this.deployments.push(d);
    if (this.defaultDeploymentUpdate) this.defaultDeploymentUpdate.dependsOn = [...(this.defaultDeploymentUpdate.dependsOn ?? []), dependable(d.resource)];
    return d;
  }

  /** Names the default deployment, applied after every deployment exists. */
  public setDefaultDeployment(name: string): void {
    this.defaultDeployment = name;
    if (this.defaultDeploymentUpdate) return;
    this.defaultDeploymentUpdate = new AzapiUpdateResource(this, "DefaultDeployment", {
      type: mlType("workspaces/batchEndpoints"),
      resourceId: this.endpointId,
      body: { properties: { defaults: { deploymentName: Lazy.stringValue({ produce: () => this.defaultDeployment }) } } },
      locks: [this.endpointId],
      dependsOn: this.deployments.map((d) => d.resource),
    });
  }

  private validateDefault(): Problem[] {
    if (!this.defaultDeployment) return [];
    const names = this.deployments.map((d) => d.deploymentName);
    if (names.includes(this.defaultDeployment)) return [];
    return [
      {
        code: "UNKNOWN_DEPLOYMENT",
        path: this.node.path,
        field: "defaultDeployment",
        value: this.defaultDeployment,
        rule: unknownDeploymentRule(names),
      },
    ];
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<BatchEndpointProps, z.input<typeof BatchEndpointPropsSchema>>;
