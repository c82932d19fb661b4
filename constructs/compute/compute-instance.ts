import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { tagsSchema } from "../core/common-props";
import { cronSchema, localDateTimeSchema, timeZoneSchema } from "../core/cron";
import { Duration, durationSchema } from "../core/duration";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { checkNetworkPlacement, rejectMixedIdentity, subnetIdSchema, vmSizeSchema } from "./compute-common";
import { resolveLocation, workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { managedIdentitySchema, type ManagedIdentity } from "../core/identity";
import { markKind } from "../core/kind";

const guid = pattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a GUID");

/** A setup script: a file in the workspace's file share, or an inline script (base64-encoded for Azure). */
const scriptSchema = z
  .object({
    script: z.string().min(1),
    source: z.enum(["workspace", "inline"]).default("workspace"),
    arguments: z.string().optional(),
    timeout: durationSchema({ min: Duration.seconds(1) }).optional(),
  })
  .strict();

const weekDay = z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/** A start or stop schedule, by cron expression or by recurrence. */
const scheduleSchema = z.union([
  z
    .object({
      action: z.enum(["Start", "Stop"]),
      cron: cronSchema,
      timeZone: timeZoneSchema.default("UTC"),
      startTime: localDateTimeSchema.optional(),
      enabled: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      action: z.enum(["Start", "Stop"]),
      recurrence: z
        .object({
          weekDays: z.array(weekDay).min(1),
          hours: z.array(z.number().int().min(0).max(23)).min(1),
          minutes: z.array(z.number().int().min(0).max(59)).min(1),
        })
        .strict(),
      timeZone: timeZoneSchema.default("UTC"),
      startTime: localDateTimeSchema.optional(),
      enabled: z.boolean().default(true),
    })
    .strict(),
]);

/**
 * Settings of a compute instance, without the workspace (what `workspace.addComputeInstance` takes).
 * @internal
 */
export const computeInstanceOptionsShape = {
  name: azureName("computeInstance"),
  vmSize: vmSizeSchema,
  assignedUser: z.object({ objectId: guid, tenantId: guid }).strict().optional(),
  idleShutdown: z.union([z.literal("never"), durationSchema({ min: Duration.minutes(15), max: Duration.days(3) })]).default(Duration.minutes(60)),
  schedules: z.array(scheduleSchema).max(4).default([]),
  setupScripts: z.object({ creation: scriptSchema.optional(), startup: scriptSchema.optional() }).strict().optional(),
  localAuthEnabled: z.boolean().default(false),
  sshPublicKey: pattern(/^(ssh-(rsa|ed25519)|ecdsa-sha2-nistp\d+) /, "must be an OpenSSH public key").optional(),
  subnetId: subnetIdSchema.optional(),
  nodePublicIpEnabled: z.boolean().optional(),
  identity: managedIdentitySchema.optional(),
  applicationSharingPolicy: z.enum(["Personal", "Shared"]).default("Personal"),
  location: z.string().min(1).optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** @internal */
export const ComputeInstancePropsSchema = z.object({ workspace: workspaceSchema, ...computeInstanceOptionsShape }).strict();

export interface ComputeInstanceProps {
  /**
   * 3-24 characters, start with a letter, no trailing hyphen, no "-digits" ending; unique in the region.
   */
  readonly name: string;
  /** VM size, e.g. `Standard_DS3_v2`; cannot change after creation. */
  readonly vmSize: string;
  readonly workspace: IWorkspace;
  /**
   * The user the instance belongs to (both ids).
   * @default - the identity that deploys it
   */
  readonly assignedUser?: {
    readonly objectId: string;
    readonly tenantId: string;
  };
  /**
   * Stop after this much inactivity (15 minutes to 3 days), or `"never"` (explicit, and costly).
   * @default Duration.minutes(60)
   */
  readonly idleShutdown?: string | Duration;
  /**
   * Up to 4 start/stop schedules.
   * @default - none
   */
  readonly schedules?: ({
    readonly action: "Start" | "Stop";
    /** Five-field cron, e.g. `0 19 * * 1-5` (weekdays at 19:00). */
    readonly cron: string;
    /**
     * Windows time zone id.
     * @default "UTC"
     */
    readonly timeZone?: string;
    /** @default - now */
    readonly startTime?: string;
    /** @default true */
    readonly enabled?: boolean;
  } | {
    readonly action: "Start" | "Stop";
    /** Runs on these days at these times. */
    readonly recurrence: {
      readonly weekDays: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
      readonly hours: number[];
      readonly minutes: number[];
    };
    readonly timeZone?: string;
    readonly startTime?: string;
    readonly enabled?: boolean;
  })[];
  /**
   * Scripts run at creation and at every start.
   * @default - none
   */
  readonly setupScripts?: {
    readonly creation?: {
      /**
       * Path in the workspace file share (`Users/alice/setup.sh`), or the script's text with `inline`.
       */
      readonly script: string;
      /**
       * `workspace`: `script` is a path in the workspace file share; `inline`: `script` is the script itself.
       * @default "workspace"
       */
      readonly source?: "workspace" | "inline";
      /** @default - none */
      readonly arguments?: string;
      /** @default - Azure's default */
      readonly timeout?: string | Duration;
    };
    readonly startup?: {
      /**
       * Path in the workspace file share (`Users/alice/setup.sh`), or the script's text with `inline`.
       */
      readonly script: string;
      /**
       * `workspace`: `script` is a path in the workspace file share; `inline`: `script` is the script itself.
       * @default "workspace"
       */
      readonly source?: "workspace" | "inline";
      /** @default - none */
      readonly arguments?: string;
      /** @default - Azure's default */
      readonly timeout?: string | Duration;
    };
  };
  /**
   * Keys and tokens to reach the instance; off so only Entra ID works (Azure Policy e96a9a5f).
   * @default false
   */
  readonly localAuthEnabled?: boolean;
  /**
   * An SSH public key; SSH is off unless one is given.
   * @default - no SSH
   */
  readonly sshPublicKey?: string;
  /**
   * Subnet for the instance (not with a managed network).
   * @default - none
   */
  readonly subnetId?: string;
  /**
   * A public IP on the node.
   * @default - false in a subnet or managed network, true otherwise (Azure needs one of them)
   */
  readonly nodePublicIpEnabled?: boolean;
  /**
   * Managed identity (give it Contributor on the workspace, or idle shutdown cannot stop it).
   * @default - none
   */
  readonly identity?: ManagedIdentity;
  /**
   * Who may use the applications (Jupyter, VS Code) on it.
   * @default "Personal"
   */
  readonly applicationSharingPolicy?: "Personal" | "Shared";
  /**
   * Must equal the workspace's region.
   * @default - the workspace's
   */
  readonly location?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
/** Props of `workspace.addComputeInstance` (all but the workspace). */
export type ComputeInstanceOptions = Omit<ComputeInstanceProps, "workspace">;

type Script = z.output<typeof scriptSchema>;
const scriptBody = (s: Script) => ({
  scriptSource: s.source,
  scriptData: s.source === "inline" ? Buffer.from(s.script, "utf8").toString("base64") : s.script,
  scriptArguments: s.arguments,
  timeout: s.timeout?.toIsoString(),
});

/**
 * An Azure ML compute instance, created through the ARM `workspaces/computes` resource (azapi):
 * azurerm 4.55 has no attribute for idle shutdown, schedules or setup scripts, and Azure sets idle
 * shutdown at creation. Idle shutdown on (60 minutes), local auth off, no SSH unless a key is
 * given, no public node IP in a subnet or managed network.
 *
 * Azure cannot update a compute instance in place: any change replaces it (`replace_triggers_refs`).
 */
export class ComputeInstance extends Construct {
  /** The `workspaces/computes` resource (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly instanceName: string;
  /** The instance's ARM id. */
  public readonly computeId: string;

  constructor(scope: Construct, id: string, props: ComputeInstanceProps) {
    super(scope, id);
    let location: string | undefined;
    let publicIp = true;
    const p = Validator.props(
      this,
      ComputeInstancePropsSchema,
      props,
      (p, v) => {
        publicIp = checkNetworkPlacement(v, p.workspace, p.subnetId, p.nodePublicIpEnabled);
        location = resolveLocation(v, p.workspace, p.location, false);
      },
      // First: a mixed identity gets a rule of its own, ahead of the schema's mismatch of the union.
      (input, v) => rejectMixedIdentity(v, (input as { identity?: unknown } | undefined)?.identity),
    );
    requireProviders(this, { azapi: true });

    const instance = {
      vmSize: p.vmSize,
      idleTimeBeforeShutdown: p.idleShutdown === "never" ? undefined : p.idleShutdown.toIsoString(),
      enableNodePublicIp: publicIp,
      subnet: p.subnetId ? { id: p.subnetId } : undefined,
      applicationSharingPolicy: p.applicationSharingPolicy,
      computeInstanceAuthorizationType: "personal",
      sshSettings: p.sshPublicKey ? { sshPublicAccess: "Enabled", adminPublicKey: p.sshPublicKey } : { sshPublicAccess: "Disabled" },
      personalComputeInstanceSettings: p.assignedUser ? { assignedUser: { objectId: p.assignedUser.objectId, tenantId: p.assignedUser.tenantId } } : undefined,
      setupScripts: p.setupScripts
        ? { scripts: { creationScript: p.setupScripts.creation ? scriptBody(p.setupScripts.creation) : undefined, startupScript: p.setupScripts.startup ? scriptBody(p.setupScripts.startup) : undefined } }
        : undefined,
      schedules: p.schedules.length
        ? {
            computeStartStop: p.schedules.map((s) =>
              "cron" in s
                ? { action: s.action, triggerType: "Cron", status: s.enabled ? "Enabled" : "Disabled", cron: { expression: s.cron, timeZone: s.timeZone, startTime: s.startTime } }
                : {
                    action: s.action,
                    triggerType: "Recurrence",
                    status: s.enabled ? "Enabled" : "Disabled",
                    recurrence: { frequency: "Week", interval: 1, timeZone: s.timeZone, startTime: s.startTime, schedule: { weekDays: s.recurrence.weekDays, hours: s.recurrence.hours, minutes: s.recurrence.minutes } },
                  },
            ),
          }
        : undefined,
    };

    this.instanceName = p.name;
    this.resource = new AzapiResource(this, "Resource", {
      // A private workspace: wait for its private endpoint (traffic goes through it).
      dependsOn: p.workspace.readyForDependents?.length ? [...p.workspace.readyForDependents] : undefined,
      type: mlType("workspaces/computes"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      location,
      identity: p.identity ? { type: p.identity.type, identityIds: p.identity.type === "UserAssigned" ? p.identity.identityIds : undefined } : undefined,
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: {
        properties: {
          computeType: "ComputeInstance",
          description: p.description,
          disableLocalAuth: !p.localAuthEnabled,
          properties: instance,
        },
      },
      replaceTriggersRefs: ["properties"],
      timeouts: { create: "45m", delete: "30m" },
    });
    this.computeId = this.resource.id;
    markKind(this, "Compute");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ComputeInstanceProps, z.input<typeof ComputeInstancePropsSchema>>;
