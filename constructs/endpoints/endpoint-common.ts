import { z } from "zod";
import { Duration, durationSchema } from "../core/duration";
import { azureName } from "../core/naming";
import type { IWorkspace } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";

/** What a deployment needs of its endpoint. */
export interface IEndpoint {
  readonly endpointId: string;
  readonly endpointName: string;
  readonly location: string;
  readonly workspace: IWorkspace;
  readonly publicNetworkAccessEnabled: boolean;
}

/**
 * Health probe of an online deployment's container.
 * @internal
 */
export const probeSchema = z
  .object({
    /** @default Duration.seconds(10) */
    initialDelay: durationSchema().default(Duration.seconds(10)),
    /** @default Duration.seconds(10) */
    period: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(10)),
    /** @default Duration.seconds(2) */
    timeout: durationSchema({ min: Duration.seconds(1) }).default(Duration.seconds(2)),
    /** @default 30 */
    failureThreshold: z.number().int().min(1).default(30),
    /** @default 1 */
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
  /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
  name: azureName("endpoint"),
  /** Must be the workspace's region. @default - the workspace's */
  location: z.string().min(1).optional(),
  /** @default - none */
  description: z.string().max(1024).optional(),
  /** @default {} */
  tags: z.record(z.string(), z.string()).default({}),
};

/** The rule broken by a reference to a deployment the endpoint does not have. */
export function unknownDeploymentRule(names: readonly string[]): string {
  return `names no deployment of this endpoint: deployments are ${names.length ? names.map((n) => JSON.stringify(n)).join(", ") : "(no deployment added)"}`;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<Probe, z.output<typeof probeSchema>>;
