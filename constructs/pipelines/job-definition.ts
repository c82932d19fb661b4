import * as z from "zod";
import { pattern } from "../core/tokens";
import { computeIdOf, computeRefSchema, refSchema, refString } from "../assets/asset-reference";
import type { IWorkspace } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { Ref } from "../assets/asset-reference";
import type { ComputeRef } from "../assets/asset-reference";

const inputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("literal"), value: z.string().min(1) }).strict(),
  z
    .object({
      type: z.enum(["uri_file", "uri_folder", "mltable", "custom_model", "mlflow_model", "triton_model"]),
      path: refSchema,
      mode: z.enum(["ReadOnlyMount", "Download", "Direct", "EvalMount", "EvalDownload"]).optional(),
    })
    .strict(),
]);

const outputSchema = z
  .object({
    type: z.enum(["uri_file", "uri_folder", "mltable", "custom_model", "mlflow_model", "triton_model"]),
    path: z.string().min(1).optional(),
    assetName: z.string().min(1).optional(),
    mode: z.enum(["ReadWriteMount", "Upload", "Direct"]).default("ReadWriteMount"),
  })
  .strict();

/** The identity a scheduled job runs as. */
const identitySchema = z.enum(["AMLToken", "Managed", "UserIdentity"]);

/**
 * A command job: a command in an environment on a compute target, with inputs and outputs.
 * @internal
 */
export const commandJobSchema = z
  .object({
    type: z.literal("command"),
    command: z.string().min(1),
    environment: refSchema,
    compute: computeRefSchema,
    code: refSchema.optional(),
    inputs: z.record(pattern(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be an identifier"), inputSchema).default({}),
    outputs: z.record(pattern(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be an identifier"), outputSchema).default({}),
    environmentVariables: z.record(z.string(), z.string()).default({}),
    experimentName: z.string().min(1).max(255).optional(),
    identity: identitySchema.default("Managed"),
    instanceCount: z.number().int().min(1).default(1),
  })
  .strict();

/**
 * A pipeline job: named steps, each a component with inputs, on a default compute.
 * @internal
 */
export const pipelineJobSchema = z
  .object({
    type: z.literal("pipeline"),
    compute: computeRefSchema,
    steps: z
      .record(
        pattern(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be an identifier"),
        z
          .object({
            component: refSchema,
            inputs: z.record(z.string(), z.union([z.string(), inputSchema])).default({}),
            outputs: z.record(z.string(), outputSchema).default({}),
            compute: computeRefSchema.optional(),
          })
          .strict(),
      )
      .refine((s) => Object.keys(s).length > 0, { message: "must have at least one step" }),
    inputs: z.record(z.string(), inputSchema).default({}),
    experimentName: z.string().min(1).max(255).optional(),
    continueOnStepFailure: z.boolean().default(false),
    identity: identitySchema.default("Managed"),
  })
  .strict();

/** An input of a job: a literal value, or data by URI (with how the job reads it). */
export type JobInput = {
  readonly type: "literal";
  readonly value: string;
} | {
  readonly type: "uri_file" | "uri_folder" | "mltable" | "custom_model" | "mlflow_model" | "triton_model";
  /** A data asset, model or datastore path. */
  readonly path: Ref;
  /** @default - Azure's default for the type */
  readonly mode?: "ReadOnlyMount" | "Download" | "Direct" | "EvalMount" | "EvalDownload";
};

/** An output of a job: where it is written and how, optionally registered as an asset. */
export type JobOutput = {
  readonly type: "uri_file" | "uri_folder" | "mltable" | "custom_model" | "mlflow_model" | "triton_model";
  /**
   * Where to write, e.g. `azureml://datastores/workspaceblobstore/paths/out/`.
   * @default - the job's default location
   */
  readonly path?: string;
  /**
   * Register the output as this asset name.
   * @default - not registered
   */
  readonly assetName?: string;
  /** @default "ReadWriteMount" */
  readonly mode?: "Direct" | "ReadWriteMount" | "Upload";
};

export interface CommandJob {
  readonly type: "command";
  /** The command; Azure ML's `${{inputs.x}}` and `${{outputs.y}}` are kept as written. */
  readonly command: string;
  /** Environment version (ARM id, `azureml://registries/...`, or an Environment construct). */
  readonly environment: Ref;
  /** Compute cluster by name, id, or construct. */
  readonly compute: ComputeRef;
  /**
   * Code version holding the scripts.
   * @default - none
   */
  readonly code?: Ref;
  /** @default {} */
  readonly inputs?: Record<string, JobInput>;
  /** @default {} */
  readonly outputs?: Record<string, JobOutput>;
  /** @default {} */
  readonly environmentVariables?: Record<string, string>;
  /**
   * Experiment the runs are grouped in.
   * @default - the schedule's name
   */
  readonly experimentName?: string;
  /**
   * Runs as the compute's managed identity by default (no user token kept by the schedule).
   * @default "Managed"
   */
  readonly identity?: "AMLToken" | "Managed" | "UserIdentity";
  /**
   * Instances for distributed jobs.
   * @default 1
   */
  readonly instanceCount?: number;
}
export interface PipelineJob {
  readonly type: "pipeline";
  /** Default compute of the steps. */
  readonly compute: ComputeRef;
  /** Steps by name. */
  readonly steps: Record<string, {
    /** Component version (ARM id, registry URI, or a component construct). */
    readonly component: Ref;
    /**
     * Inputs: literal values, asset inputs, or bindings to earlier steps such as `${{parent.jobs.prep.outputs.data}}`.
     * @default {}
     */
    readonly inputs?: Record<string, string | JobInput>;
    /** @default {} */
    readonly outputs?: Record<string, JobOutput>;
    /** @default - the pipeline's compute */
    readonly compute?: ComputeRef;
  }>;
  /**
   * Pipeline-level inputs.
   * @default {}
   */
  readonly inputs?: Record<string, JobInput>;
  /** @default - the schedule's name */
  readonly experimentName?: string;
  /**
   * Stop the pipeline at the first failed step.
   * @default false
   */
  readonly continueOnStepFailure?: boolean;
  /** @default "Managed" */
  readonly identity?: "AMLToken" | "Managed" | "UserIdentity";
}

type Input = z.output<typeof inputSchema>;
type Output = z.output<typeof outputSchema>;

const inputBody = (i: Input) => (i.type === "literal" ? { jobInputType: "literal", value: i.value } : { jobInputType: i.type, uri: refString(i.path), mode: i.mode });
const outputBody = (o: Output) => ({ jobOutputType: o.type, uri: o.path, assetName: o.assetName, mode: o.mode });
const mapValues = <T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/**
 * The ARM `jobDefinition` of a command job.
 * @internal
 */
export function commandJobBody(workspace: IWorkspace, job: z.output<typeof commandJobSchema>, defaultExperiment: string): Record<string, unknown> {
  return {
    jobType: "Command",
    command: job.command,
    environmentId: refString(job.environment),
    computeId: computeIdOf(workspace, job.compute),
    codeId: job.code ? refString(job.code) : undefined,
    inputs: Object.keys(job.inputs).length ? mapValues(job.inputs, inputBody) : undefined,
    outputs: Object.keys(job.outputs).length ? mapValues(job.outputs, outputBody) : undefined,
    environmentVariables: Object.keys(job.environmentVariables).length ? job.environmentVariables : undefined,
    experimentName: job.experimentName ?? defaultExperiment,
    identity: { identityType: job.identity },
    resources: { instanceCount: job.instanceCount },
  };
}

/**
 * The ARM `jobDefinition` of a pipeline job (steps in the Azure ML pipeline job format).
 * @internal
 */
export function pipelineJobBody(workspace: IWorkspace, job: z.output<typeof pipelineJobSchema>, defaultExperiment: string): Record<string, unknown> {
  return {
    jobType: "Pipeline",
    computeId: computeIdOf(workspace, job.compute),
    experimentName: job.experimentName ?? defaultExperiment,
    identity: { identityType: job.identity },
    inputs: Object.keys(job.inputs).length ? mapValues(job.inputs, inputBody) : undefined,
    settings: { continue_on_step_failure: job.continueOnStepFailure, default_compute: computeIdOf(workspace, job.compute) },
    // Steps use the pipeline job format of the Azure ML SDK: snake_case input and output types.
    jobs: mapValues(job.steps, (s) => ({
      type: "command",
      componentId: refString(s.component),
      computeId: s.compute ? computeIdOf(workspace, s.compute) : undefined,
      inputs: mapValues(s.inputs, (i) =>
        typeof i === "string" ? { job_input_type: "literal", value: i } : i.type === "literal" ? { job_input_type: "literal", value: i.value } : { job_input_type: i.type, uri: refString(i.path), mode: i.mode },
      ),
      outputs: Object.keys(s.outputs).length ? mapValues(s.outputs, (o) => ({ job_output_type: o.type, uri: o.path, mode: o.mode })) : undefined,
    })),
  };
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<CommandJob, z.input<typeof commandJobSchema>>;
true satisfies SameShape<PipelineJob, z.input<typeof pipelineJobSchema>>;
true satisfies SameShape<JobInput, z.input<typeof inputSchema>>;
true satisfies SameShape<JobOutput, z.input<typeof outputSchema>>;
