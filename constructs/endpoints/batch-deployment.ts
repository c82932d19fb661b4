import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import {checkRefs, computeIdOf, computeRefSchema, refSchema, refString } from "../assets/asset-reference";
import { Duration, durationSchema } from "../core/duration";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import type { IEndpoint } from "./endpoint-common";
import { kindSchema } from "../core/kind";
import type { SameShape } from "../core/same-shape";
import { tagsSchema } from "../core/common-props";
import type { Ref } from "../assets/asset-reference";
import type { ComputeRef } from "../assets/asset-reference";

const modelShape = z
  .object({
    type: z.literal("model"),
    model: refSchema,
    compute: computeRefSchema,
    environment: refSchema.optional(),
    code: z.object({ code: refSchema, scoringScript: z.string().min(1) }).strict().optional(),
    instanceCount: z.number().int().min(1).default(1),
    miniBatchSize: z.number().int().min(1).default(10),
    maxConcurrencyPerInstance: z.number().int().min(1).default(1),
    errorThreshold: z.number().int().min(-1).default(-1),
    retry: z
      .object({
        maxRetries: z.number().int().min(0).default(3),
        timeout: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(30)),
      })
      .strict()
      .prefault({}),
    outputAction: z.enum(["AppendRow", "SummaryOnly"]).default("AppendRow"),
    outputFileName: z.string().min(1).default("predictions.csv"),
    loggingLevel: z.enum(["Warning", "Info", "Debug"]).default("Info"),
    environmentVariables: z.record(z.string(), z.string()).default({}),
  })
  .strict();

const pipelineShape = z
  .object({
    type: z.literal("pipeline-component"),
    component: refSchema,
    compute: computeRefSchema,
    settings: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** @internal */
export const BatchDeploymentPropsSchema = z
  .object({
    endpoint: kindSchema<IEndpoint>("BatchEndpoint", "must be a BatchEndpoint"),
    name: azureName("endpoint"),
    deployment: z.discriminatedUnion("type", [modelShape, pipelineShape]),
    description: z.string().max(1024).optional(),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface BatchDeploymentProps {
  readonly endpoint: IEndpoint;
  /** 3-32 letters, digits or hyphens, starting with a letter. */
  readonly name: string;
  readonly deployment: {
    readonly type: "model";
    /** Model version: ARM id or a Model construct. */
    readonly model: Ref;
    /** The compute cluster that runs the scoring jobs (name, id or construct). */
    readonly compute: ComputeRef;
    /**
     * Environment version; leave out for MLflow models.
     * @default - none
     */
    readonly environment?: Ref;
    /**
     * Scoring code and script.
     * @default - none (MLflow)
     */
    readonly code?: {
      readonly code: Ref;
      readonly scoringScript: string;
    };
    /**
     * Nodes per job.
     * @default 1
     */
    readonly instanceCount?: number;
    /**
     * Files (or bytes of tabular data) per mini batch.
     * @default 10
     */
    readonly miniBatchSize?: number;
    /**
     * Parallel mini batches per node.
     * @default 1
     */
    readonly maxConcurrencyPerInstance?: number;
    /**
     * Failures tolerated before the job aborts; -1 ignores all.
     * @default -1
     */
    readonly errorThreshold?: number;
    /** @default { maxRetries: 3, timeout: Duration.seconds(30) } */
    readonly retry?: {
      /** @default 3 */
      readonly maxRetries?: number;
      /**
       * Timeout of one mini batch.
       * @default Duration.seconds(30)
       */
      readonly timeout?: string | Duration;
    };
    /**
     * `AppendRow` writes predictions to one file; `SummaryOnly` leaves output to the script.
     * @default "AppendRow"
     */
    readonly outputAction?: "AppendRow" | "SummaryOnly";
    /**
     * With AppendRow.
     * @default "predictions.csv"
     */
    readonly outputFileName?: string;
    /** @default "Info" */
    readonly loggingLevel?: "Warning" | "Info" | "Debug";
    /** @default {} */
    readonly environmentVariables?: Record<string, string>;
  } | {
    readonly type: "pipeline-component";
    /** Pipeline component version: ARM id or a component construct. */
    readonly component: Ref;
    /** Default compute of the pipeline's steps (name, id or construct). */
    readonly compute: ComputeRef;
    /** @default {} */
    readonly settings?: Record<string, string>;
  };
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type BatchDeploymentOptions = Omit<BatchDeploymentProps, "endpoint">;

/**
 * A batch deployment (`batchEndpoints/deployments` through azapi): a model scored in mini batches on
 * a compute cluster, or a pipeline component.
 */
export class BatchDeployment extends Construct {
  /** The deployment (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly deploymentName: string;

  constructor(scope: Construct, id: string, props: BatchDeploymentProps) {
    super(scope, id);
    const p = Validator.props(this, BatchDeploymentPropsSchema, props, (p, v) => {
      const d = p.deployment;
      checkRefs(v, d.type === "model" ? [["deployment.model", d.model], ["deployment.environment", d.environment], ["deployment.code.code", d.code?.code]] : [["deployment.component", d.component]]);
      if (d.type === "model" && d.code && !d.environment) v.add("REQUIRED", "deployment.environment", undefined, "is required with scoring code (only MLflow models deploy without one)");
    });
    requireProviders(this, { azapi: true });
    this.deploymentName = p.name;
    const d = p.deployment;
    const workspace = p.endpoint.workspace;
    const properties =
      d.type === "model"
        ? {
            compute: computeIdOf(workspace, d.compute),
            model: { referenceType: "Id", assetId: refString(d.model) },
            environmentId: d.environment ? refString(d.environment) : undefined,
            codeConfiguration: d.code ? { codeId: refString(d.code.code), scoringScript: d.code.scoringScript } : undefined,
            resources: { instanceCount: d.instanceCount },
            miniBatchSize: d.miniBatchSize,
            maxConcurrencyPerInstance: d.maxConcurrencyPerInstance,
            errorThreshold: d.errorThreshold,
            retrySettings: { maxRetries: d.retry.maxRetries, timeout: d.retry.timeout.toIsoString() },
            outputAction: d.outputAction,
            outputFileName: d.outputAction === "AppendRow" ? d.outputFileName : undefined,
            loggingLevel: d.loggingLevel,
            environmentVariables: Object.keys(d.environmentVariables).length ? d.environmentVariables : undefined,
            description: p.description,
          }
        : {
            compute: computeIdOf(workspace, d.compute),
            deploymentConfiguration: {
              deploymentConfigurationType: "PipelineComponent",
              componentId: { referenceType: "Id", assetId: refString(d.component) },
              settings: { default_compute: computeIdOf(workspace, d.compute), ...d.settings },
            },
            description: p.description,
          };
    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("workspaces/batchEndpoints/deployments"),
      name: p.name,
      parentId: p.endpoint.endpointId,
      location: p.endpoint.location,
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: { properties },
      locks: [p.endpoint.endpointId],
      timeouts: { create: "60m", update: "60m", delete: "60m" },
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<BatchDeploymentProps, z.input<typeof BatchDeploymentPropsSchema>>;
