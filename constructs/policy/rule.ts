import type { TerraformResource } from "../core/engine";

/** The outcome of a rule on one resource: references that only resolve at apply time are `unknown`. */
export type Outcome = "pass" | "fail" | "unknown";

/** One resource of a stack as the rules see it: its resolved Terraform attributes. */
export interface ResourceView {
  /** Terraform type, e.g. `azurerm_storage_account` or `azapi_resource`. */
  readonly type: string;
  readonly logicalId: string;
  /** `type.logicalId`. */
  readonly address: string;
  /** The reference other resources use for its id, `${type.logicalId.id}`. */
  readonly idRef: string;
  readonly construct: TerraformResource;
  /** Attributes as synthesized (snake_case; references as `${...}` strings). */
  readonly attrs: Record<string, any>;
  /** For azapi resources, the ARM type without api-version (`Microsoft.MachineLearningServices/workspaces/computes`). */
  readonly armType?: string;
}

/** Lookups across a stack, for cross-resource rules. */
export interface StackView {
  readonly resources: readonly ResourceView[];
  /** The resources of a type (`azapi:<ARM type>` for azapi resources of that ARM type). */
  ofType(type: string): ResourceView[];
  /** Whether `value` refers to `target` (its id, or a path below it). */
  refersTo(value: unknown, target: ResourceView): boolean;
  /** Auto-approved private endpoints to `target` for `subresource`. */
  privateEndpointsTo(target: ResourceView, subresource: string): ResourceView[];
  /** Diagnostic settings with at least one log category targeting `target`. */
  diagnosticsFor(target: ResourceView): ResourceView[];
  /** The resource a reference points to, if it is in the stack. */
  resolveRef(value: unknown): ResourceView | undefined;
}

export interface Rule {
  /** Stable id, as in the merged security list: `AML-SA-03`. */
  readonly id: string;
  /** `A`: on by default; `B`: preview/hygiene, on with `includeTierB`. */
  readonly tier: "A" | "B";
  /** Errors fail `cdktf synth`; warnings are reported. */
  readonly severity: "error" | "warning";
  /** Depends on network isolation: a warning even in tier A, so a public sandbox stays usable. */
  readonly networkIsolation?: boolean;
  /** Terraform types the rule applies to; `azapi:<ARM type>` for azapi resources. */
  readonly resourceTypes: readonly string[];
  /** Rule ids of the scanners and policies it implements: checkov, trivy, Azure Policy. */
  readonly sources: readonly string[];
  /** One line: what is wrong. */
  readonly cause: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix it with this library (or the provider attribute). */
  readonly fix: string;
  /** Whether the resource passes; only called for matching resources. */
  readonly check: (resource: ResourceView, stack: StackView) => Outcome;
}

/** Declares a rule (an identity function that checks the declaration's shape at compile time). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

const isRef = (v: unknown) => typeof v === "string" && v.includes("${");

/** `pass` when `value === expected`, `unknown` for references, `fail` otherwise (missing included). */
export function equals(value: unknown, expected: unknown): Outcome {
  if (isRef(value)) return "unknown";
  return value === expected ? "pass" : "fail";
}

/** `pass` unless `value` is `forbidden` (missing passes). */
export function notEquals(value: unknown, forbidden: unknown): Outcome {
  if (isRef(value)) return "unknown";
  return value === forbidden ? "fail" : "pass";
}

/** `pass` when the value is present (a reference counts as present). */
export function present(value: unknown): Outcome {
  return value === undefined || value === null || value === "" ? "fail" : "pass";
}

/** `pass` when `value` is one of `allowed`. */
export function oneOf(value: unknown, allowed: readonly unknown[]): Outcome {
  if (isRef(value)) return "unknown";
  return allowed.includes(value) ? "pass" : "fail";
}

/** Combines outcomes: any fail fails; any unknown (without a fail) is unknown. */
export function all(...outcomes: Outcome[]): Outcome {
  if (outcomes.includes("fail")) return "fail";
  if (outcomes.includes("unknown")) return "unknown";
  return "pass";
}

/** The first element of a block that cdktf may emit as an object or a one-element list. */
export function block(value: unknown): Record<string, any> | undefined {
  if (Array.isArray(value)) return value[0] as Record<string, any> | undefined;
  return value && typeof value === "object" ? (value as Record<string, any>) : undefined;
}
