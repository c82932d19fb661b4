import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import {checkRefs, refSchema, refString } from "../assets/asset-reference";
import { Duration, durationSchema } from "../core/duration";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { vmSizeSchema } from "../compute/compute-common";
import { probeBody, probeSchema, type IEndpoint } from "./endpoint-common";
import { kindSchema } from "../core/kind";
import type { SameShape } from "../core/same-shape";
import { tagsSchema } from "../core/common-props";
import type { Ref } from "../assets/asset-reference";

/**
 * Settings of an online deployment, without its endpoint (what `endpoint.addDeployment` takes).
 * @internal
 */
export const onlineDeploymentOptionsShape = {
  name: azureName("endpoint"),
  model: refSchema,
  environment: refSchema.optional(),
  code: z.object({ code: refSchema, scoringScript: z.string().min(1) }).strict().optional(),
  instanceType: vmSizeSchema.default("Standard_DS3_v2"),
  instanceCount: z.number().int().min(1).max(100).default(1),
  scale: z
    .discriminatedUnion("type", [
      z.object({ type: z.literal("Default") }).strict(),
      z
        .object({
          type: z.literal("TargetUtilization"),
          minInstances: z.number().int().min(0),
          maxInstances: z.number().int().min(1),
          targetUtilizationPercentage: z.number().int().min(1).max(100).default(70),
          pollingInterval: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(30)),
        })
        .strict(),
    ])
    .prefault({ type: "Default" }),
  requestSettings: z
    .object({
      requestTimeout: durationSchema({ min: Duration.seconds(1), max: Duration.seconds(180) }).default(Duration.seconds(5)),
      maxConcurrentRequestsPerInstance: z.number().int().min(1).default(1),
    })
    .strict()
    .prefault({}),
  livenessProbe: probeSchema.optional(),
  readinessProbe: probeSchema.optional(),
  environmentVariables: z.record(z.string(), z.string()).default({}),
  appInsightsEnabled: z.boolean().default(true),
  egressPublicNetworkAccessEnabled: z.boolean().optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** @internal */
export const OnlineDeploymentPropsSchema = z
  .object({
    endpoint: kindSchema<IEndpoint>("OnlineEndpoint", "must be an OnlineEndpoint"),
    ...onlineDeploymentOptionsShape,
  })
  .strict();

export interface OnlineDeploymentProps {
  /** 3-32 letters, digits or hyphens, starting with a letter. */
  readonly name: string;
  /** Model version: ARM id, `azureml://registries/...` URI, or a Model construct. */
  readonly model: Ref;
  readonly endpoint: IEndpoint;
  /**
   * Environment version; leave it out for MLflow models (no-code deployment).
   * @default - none
   */
  readonly environment?: Ref;
  /**
   * Scoring code: a code version and the scoring script in it.
   * @default - none (MLflow)
   */
  readonly code?: {
    readonly code: Ref;
    readonly scoringScript: string;
  };
  /**
   * VM size of each instance.
   * @default "Standard_DS3_v2"
   */
  readonly instanceType?: string;
  /**
   * Instances (the deployment's `sku.capacity`).
   * @default 1
   */
  readonly instanceCount?: number;
  /**
   * Scaling: fixed (`Default`; autoscale with Azure Monitor) or target utilization.
   * @default { type: "Default" }
   */
  readonly scale?: {
    readonly type: "Default";
  } | {
    readonly type: "TargetUtilization";
    readonly minInstances: number;
    readonly maxInstances: number;
    /** @default 70 */
    readonly targetUtilizationPercentage?: number;
    /** @default Duration.seconds(30) */
    readonly pollingInterval?: string | Duration;
  };
  /** @default { requestTimeout: Duration.seconds(5), maxConcurrentRequestsPerInstance: 1 } */
  readonly requestSettings?: {
    /** @default Duration.seconds(5) */
    readonly requestTimeout?: string | Duration;
    /** @default 1 */
    readonly maxConcurrentRequestsPerInstance?: number;
  };
  /** @default - Azure's defaults */
  readonly livenessProbe?: {
    /** @default Duration.seconds(10) */
    readonly initialDelay?: string | Duration;
    /** @default Duration.seconds(10) */
    readonly period?: string | Duration;
    /** @default Duration.seconds(2) */
    readonly timeout?: string | Duration;
    /** @default 30 */
    readonly failureThreshold?: number;
    /** @default 1 */
    readonly successThreshold?: number;
  };
  /** @default - Azure's defaults */
  readonly readinessProbe?: {
    /** @default Duration.seconds(10) */
    readonly initialDelay?: string | Duration;
    /** @default Duration.seconds(10) */
    readonly period?: string | Duration;
    /** @default Duration.seconds(2) */
    readonly timeout?: string | Duration;
    /** @default 30 */
    readonly failureThreshold?: number;
    /** @default 1 */
    readonly successThreshold?: number;
  };
  /** @default {} */
  readonly environmentVariables?: Record<string, string>;
  /**
   * Request and response logs to Application Insights.
   * @default true
   */
  readonly appInsightsEnabled?: boolean;
  /**
   * Outbound internet access of the deployment.
   * @default - disabled when the endpoint is private
   */
  readonly egressPublicNetworkAccessEnabled?: boolean;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type OnlineDeploymentOptions = Omit<OnlineDeploymentProps, "endpoint">;

/**
 * A managed online deployment (`onlineEndpoints/deployments` through azapi): model, environment,
 * scoring code, instance type and count (`sku.capacity`), scaling, request settings, probes and
 * Application Insights. Operations on one endpoint are serialized with a lock.
 */
export class OnlineDeployment extends Construct {
  /** The deployment (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly deploymentName: string;

  constructor(scope: Construct, id: string, props: OnlineDeploymentProps) {
    super(scope, id);
    const p = Validator.props(this, OnlineDeploymentPropsSchema, props, (p, v) => {
      checkRefs(v, [["model", p.model], ["environment", p.environment], ["code.code", p.code?.code]]);
      if (p.code && !p.environment) v.add("REQUIRED", "environment", undefined, "is required with scoring code (only MLflow models deploy without one)");
      if (p.scale.type === "TargetUtilization" && p.scale.minInstances > p.scale.maxInstances) {
        v.add("INSTANCE_RANGE", "scale.minInstances", p.scale.minInstances, `must be ≤ scale.maxInstances (${p.scale.maxInstances})`);
      }
    });
    requireProviders(this, { azapi: true });
    this.deploymentName = p.name;
    const egress = p.egressPublicNetworkAccessEnabled ?? p.endpoint.publicNetworkAccessEnabled;
    const scale =
      p.scale.type === "Default"
        ? { scaleType: "Default" }
        : { scaleType: "TargetUtilization", minInstances: p.scale.minInstances, maxInstances: p.scale.maxInstances, targetUtilizationPercentage: p.scale.targetUtilizationPercentage, pollingInterval: p.scale.pollingInterval.toIsoString() };
    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("workspaces/onlineEndpoints/deployments"),
      name: p.name,
      parentId: p.endpoint.endpointId,
      location: p.endpoint.location,
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: {
        kind: "Managed",
        sku: { name: "Default", capacity: p.instanceCount },
        properties: {
          endpointComputeType: "Managed",
          model: refString(p.model),
          environmentId: p.environment ? refString(p.environment) : undefined,
          codeConfiguration: p.code ? { codeId: refString(p.code.code), scoringScript: p.code.scoringScript } : undefined,
          instanceType: p.instanceType,
          scaleSettings: scale,
          requestSettings: { requestTimeout: p.requestSettings.requestTimeout.toIsoString(), maxConcurrentRequestsPerInstance: p.requestSettings.maxConcurrentRequestsPerInstance },
          livenessProbe: p.livenessProbe ? probeBody(p.livenessProbe) : undefined,
          readinessProbe: p.readinessProbe ? probeBody(p.readinessProbe) : undefined,
          environmentVariables: Object.keys(p.environmentVariables).length ? p.environmentVariables : undefined,
          appInsightsEnabled: p.appInsightsEnabled,
          egressPublicNetworkAccess: egress ? "Enabled" : "Disabled",
          description: p.description,
        },
      },
      locks: [p.endpoint.endpointId],
      timeouts: { create: "90m", update: "90m", delete: "60m" },
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<OnlineDeploymentProps, z.input<typeof OnlineDeploymentPropsSchema>>;
