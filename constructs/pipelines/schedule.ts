import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { cronSchema, localDateTimeSchema, timeZoneSchema } from "../core/cron";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved } from "../core/tokens";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import { checkRefs } from "../assets/asset-reference";
import { commandJobBody, commandJobSchema, pipelineJobBody, pipelineJobSchema } from "./job-definition";
import type { CommandJob, PipelineJob } from "./job-definition";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { tagsSchema } from "../core/common-props";
import type { BatchEndpoint } from "../endpoints/batch-endpoint";
import { armId } from "../core/arm-id";
import { kindSchema } from "../core/kind";
import { BATCH_ENDPOINT_TYPE } from "../core/resource-types";

const weekDay = z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/**
 * When a schedule fires: a cron expression or a recurrence, in a Windows time zone.
 * @internal
 */
export const triggerSchema = z.union([
  z
    .object({
      cron: cronSchema,
      timeZone: timeZoneSchema.default("UTC"),
      startTime: localDateTimeSchema.optional(),
      endTime: localDateTimeSchema.optional(),
    })
    .strict(),
  z
    .object({
      recurrence: z
        .object({
          frequency: z.enum(["Minute", "Hour", "Day", "Week", "Month"]),
          interval: z.number().int().min(1),
          hours: z.array(z.number().int().min(0).max(23)).optional(),
          minutes: z.array(z.number().int().min(0).max(59)).optional(),
          weekDays: z.array(weekDay).optional(),
          monthDays: z.array(z.number().int().min(1).max(31)).optional(),
        })
        .strict(),
      timeZone: timeZoneSchema.default("UTC"),
      startTime: localDateTimeSchema.optional(),
      endTime: localDateTimeSchema.optional(),
    })
    .strict(),
]);

/** A batch endpoint to invoke: its ARM id, or a `BatchEndpoint` of this library (by kind). */
const batchEndpointRefSchema = z.union([
  armId(BATCH_ENDPOINT_TYPE),
  kindSchema<BatchEndpoint>("BatchEndpoint", "must be the ARM id of a batch endpoint or a BatchEndpoint of this library"),
]);

/**
 * What a schedule runs: a command job, a pipeline job, or a batch endpoint invocation.
 * @internal
 */
export const scheduleActionSchema = z.discriminatedUnion("type", [
  commandJobSchema,
  pipelineJobSchema,
  z
    .object({
      type: z.literal("batch-endpoint"),
      endpoint: batchEndpointRefSchema,
      invocation: z.record(z.string(), z.unknown()),
    })
    .strict(),
]);

/** @internal */
export const SchedulePropsSchema = z
  .object({
    workspace: workspaceSchema,
    name: azureName("schedule"),
    trigger: triggerSchema,
    action: scheduleActionSchema,
    enabled: z.boolean().default(true),
    displayName: z.string().max(255).optional(),
    description: z.string().max(1024).optional(),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface ScheduleProps {
  readonly workspace: IWorkspace;
  /** 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly trigger: {
    /** Five-field cron, e.g. `0 2 * * *` (02:00 daily). */
    readonly cron: string;
    /**
     * Windows time zone id.
     * @default "UTC"
     */
    readonly timeZone?: string;
    /**
     * Local time `yyyy-MM-ddTHH:mm:ss` without offset.
     * @default - now
     */
    readonly startTime?: string;
    /** @default - runs indefinitely */
    readonly endTime?: string;
  } | {
    readonly recurrence: {
      readonly frequency: "Minute" | "Hour" | "Day" | "Week" | "Month";
      /** Every `interval` units of `frequency`. */
      readonly interval: number;
      /**
       * Hours (0-23) to run at; with Day, Week or Month.
       * @default - none
       */
      readonly hours?: number[];
      /**
       * Minutes (0-59) to run at.
       * @default - none
       */
      readonly minutes?: number[];
      /**
       * Days of the week, with Week.
       * @default - none
       */
      readonly weekDays?: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
      /**
       * Days of the month (1-31), with Month.
       * @default - none
       */
      readonly monthDays?: number[];
    };
    readonly timeZone?: string;
    readonly startTime?: string;
    readonly endTime?: string;
  };
  readonly action: CommandJob | PipelineJob | {
    readonly type: "batch-endpoint";
    /** The batch endpoint to invoke: its ARM id, or a `BatchEndpoint` of this library. */
    readonly endpoint: string | BatchEndpoint;
    /**
     * The invocation body (inputs and outputs of the scoring job), as Azure ML's invoke API takes it.
     */
    readonly invocation: Record<string, unknown>;
  };
  /** @default true */
  readonly enabled?: boolean;
  /** @default - the name */
  readonly displayName?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type ScheduleOptions = Omit<ScheduleProps, "workspace">;

/**
 * A recurring run in a workspace (`workspaces/schedules` through azapi): a command job, a pipeline
 * job built from components, or a batch endpoint invocation, on a cron expression or a
 * recurrence in a Windows time zone. Azure ML's `${{...}}` expressions in commands and bindings
 * reach Azure as written.
 */
export class Schedule extends Construct {
  /** The schedule (construct id `Resource`). */
  public readonly resource: AzapiResource;

  constructor(scope: Construct, id: string, props: ScheduleProps) {
    super(scope, id);
    const p = Validator.props(this, SchedulePropsSchema, props, (p, v) => {
      const t = p.trigger;
      if (t.startTime && t.endTime && !isUnresolved(t.startTime) && !isUnresolved(t.endTime) && t.endTime <= t.startTime) {
        v.add("TIME_RANGE", "trigger.endTime", t.endTime, `must be after trigger.startTime (${t.startTime})`);
      }
      if ("recurrence" in t) {
        const r = t.recurrence;
        if (r.weekDays?.length && r.frequency !== "Week") v.add("RECURRENCE", "trigger.recurrence.weekDays", r.weekDays, 'can only be set with frequency "Week"');
        if (r.monthDays?.length && r.frequency !== "Month") v.add("RECURRENCE", "trigger.recurrence.monthDays", r.monthDays, 'can only be set with frequency "Month"');
        if ((r.frequency === "Day" || r.frequency === "Week" || r.frequency === "Month") && (!r.hours?.length || !r.minutes?.length)) {
          v.add("RECURRENCE", "trigger.recurrence.hours", r.hours, `and minutes are required with frequency "${r.frequency}" (when in the day to run)`);
        }
      }
      const a = p.action;
      if (a.type === "command") {
        checkRefs(v, [["action.environment", a.environment], ["action.code", a.code]]);
        checkRefs(v, Object.entries(a.inputs).map(([k, i]) => [`action.inputs.${k}.path`, i.type === "literal" ? undefined : i.path] as const));
      } else if (a.type === "pipeline") {
        checkRefs(v, Object.entries(a.steps).map(([k, s]) => [`action.steps.${k}.component`, s.component] as const));
      }
    });
    requireProviders(this, { azapi: true });

    const t = p.trigger;
    const trigger =
      "cron" in t
        ? { triggerType: "Cron", expression: t.cron, timeZone: t.timeZone, startTime: t.startTime, endTime: t.endTime }
        : {
            triggerType: "Recurrence",
            frequency: t.recurrence.frequency,
            interval: t.recurrence.interval,
            timeZone: t.timeZone,
            startTime: t.startTime,
            endTime: t.endTime,
            schedule: t.recurrence.hours?.length
              ? { hours: t.recurrence.hours, minutes: t.recurrence.minutes ?? [0], weekDays: t.recurrence.weekDays, monthDays: t.recurrence.monthDays }
              : undefined,
          };
    const a = p.action;
    const action =
      a.type === "command"
        ? { actionType: "CreateJob", jobDefinition: commandJobBody(p.workspace, a, p.name) }
        : a.type === "pipeline"
          ? { actionType: "CreateJob", jobDefinition: pipelineJobBody(p.workspace, a, p.name) }
          : { actionType: "InvokeBatchEndpoint", endpointInvocationDefinition: { endpointId: typeof a.endpoint === "string" ? a.endpoint : a.endpoint.endpointId, ...a.invocation } };

    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("workspaces/schedules"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      body: {
        properties: {
          displayName: p.displayName ?? p.name,
          description: p.description,
          isEnabled: p.enabled,
          tags: Object.keys(p.tags).length ? p.tags : undefined,
          trigger,
          action,
        },
      },
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ScheduleProps, z.input<typeof SchedulePropsSchema>>;
