import * as z from "zod";
import { Duration, durationSchema } from "../core/duration";
import { azureName } from "../core/naming";
import type { IWorkspace } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import { tagsSchema } from "../core/common-props";
import { isOfKind, markKind } from "../core/kind";

/** The props online and batch endpoints share. */
export interface EndpointCommonProps {
  /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
  readonly name: string;
  readonly workspace: IWorkspace;
  /**
   * Must be the workspace's region.
   * @default - the workspace's
   */
  readonly location?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/** What a deployment needs of its endpoint. */
export interface IEndpoint {
  readonly endpointId: string;
  readonly endpointName: string;
  readonly location: string;
  readonly workspace: IWorkspace;
  readonly publicNetworkAccessEnabled: boolean;
}

const ENDPOINT_KINDS = { online: "OnlineEndpoint", batch: "BatchEndpoint" } as const;

/**
 * Marks an endpoint of a kind (called by `OnlineEndpoint` and `BatchEndpoint`).
 * @internal
 */
export function markEndpoint(endpoint: IEndpoint, kind: keyof typeof ENDPOINT_KINDS): void {
  markKind(endpoint, ENDPOINT_KINDS[kind]);
}

/**
 * Whether `x` is an endpoint of this library of the kind: checked by kind, not by shape (an object
 * with an `endpointId` is not an endpoint). `OnlineEndpoint.isOnlineEndpoint` and
 * `BatchEndpoint.isBatchEndpoint` call it.
 * @internal
 */
export function isEndpointOfKind(x: unknown, kind: keyof typeof ENDPOINT_KINDS): x is IEndpoint {
  return isOfKind(x, ENDPOINT_KINDS[kind]);
}

/**
 * Health probe of an online deployment's container.
 * @internal
 */
export const probeSchema = z
  .object({
    initialDelay: durationSchema().default(Duration.seconds(10)),
    period: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(10)),
    timeout: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(2)),
    failureThreshold: z.number().int().min(1).default(30),
    successThreshold: z.number().int().min(1).default(1),
  })
  .strict();

export interface Probe {
  /** @default Duration.seconds(10) */
  readonly initialDelay: Duration;
  /** @default Duration.seconds(10) */
  readonly period: Duration;
  /** @default Duration.seconds(2) */
  readonly timeout: Duration;
  /** @default 30 */
  readonly failureThreshold: number;
  /** @default 1 */
  readonly successThreshold: number;
}

export const probeBody = (p: Probe) => ({
  initialDelay: p.initialDelay.toIsoString(),
  period: p.period.toIsoString(),
  timeout: p.timeout.toIsoString(),
  failureThreshold: p.failureThreshold,
  successThreshold: p.successThreshold,
});

/**
 * A mapping of deployment name to percentage.
 * @internal
 */
export const percentagesSchema = z.record(z.string().min(1), z.number().int().min(0).max(100));

/**
 * Props every endpoint has.
 * @internal
 */
export const endpointCommonShape = {
  name: azureName("endpoint"),
  location: z.string().min(1).optional(),
  description: z.string().max(1024).optional(),
  tags: tagsSchema.default({}),
};

/** One broken traffic rule: the field (relative to the endpoint), a code, the value and the rule. */
export interface TrafficProblem {
  readonly field: string;
  readonly code: string;
  readonly value: unknown;
  readonly rule: string;
}

/**
 * The traffic rules of an online endpoint, for the construct and the team config alike: live traffic
 * names only its deployments and sums to 100; mirrored traffic names only its deployments, is at most
 * 50 in total and never goes to a deployment that takes live traffic.
 * @internal
 */
export function trafficProblems(traffic: Readonly<Record<string, number>> | undefined, mirror: Readonly<Record<string, number>> | undefined, names: readonly string[]): TrafficProblem[] {
  const out: TrafficProblem[] = [];
  if (traffic) {
    for (const [name, share] of Object.entries(traffic)) if (!names.includes(name)) out.push({ code: "UNKNOWN_DEPLOYMENT", field: `traffic.${name}`, value: share, rule: unknownDeploymentRule(names) });
    const sum = Object.values(traffic).reduce((a, b) => a + b, 0);
    if (sum !== 100) out.push({ code: "TRAFFIC_SUM", field: "traffic", value: traffic, rule: `must sum to 100, sums to ${sum}` });
  }
  if (mirror) {
    for (const [name, share] of Object.entries(mirror)) if (!names.includes(name)) out.push({ code: "UNKNOWN_DEPLOYMENT", field: `mirrorTraffic.${name}`, value: share, rule: unknownDeploymentRule(names) });
    const sum = Object.values(mirror).reduce((a, b) => a + b, 0);
    if (sum > 50) out.push({ code: "MIRROR_TRAFFIC", field: "mirrorTraffic", value: mirror, rule: `must be at most 50 in total, is ${sum}` });
    for (const [name, share] of Object.entries(mirror)) {
      if (share > 0 && (traffic?.[name] ?? 0) > 0) out.push({ code: "MIRROR_TRAFFIC", field: `mirrorTraffic.${name}`, value: share, rule: "cannot mirror to a deployment that takes live traffic" });
    }
  }
  return out;
}

/** The rule broken by a reference to a deployment the endpoint does not have. */
export function unknownDeploymentRule(names: readonly string[]): string {
  return `names no deployment of this endpoint: deployments are ${names.length ? names.map((n) => JSON.stringify(n)).join(", ") : "(none)"}`;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<Probe, z.output<typeof probeSchema>>;
