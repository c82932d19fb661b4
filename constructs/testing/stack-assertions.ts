import type { IConstruct } from "constructs";
import { Testing, TerraformDataSource, TerraformResource, TerraformStack } from "../core/engine";
import { evaluateRulePack, formatFinding, type RulePackOptions } from "../policy/rule-pack";

/**
 * Helpers for users' own tests (jest or any runner): synthesize a stack, find the resources a
 * construct created, compare properties, and snapshot a stack without volatile fields.
 *
 * ```ts
 * import { synthStack, resourcesCreatedBy, stableSnapshot } from "cdktf-azureml/testing";
 * const out = synthStack(stack);
 * expect(resourcesCreatedBy(out, workspace, "azurerm_storage_account")[0].min_tls_version).toBe("TLS1_2");
 * expect(stableSnapshot(stack)).toMatchSnapshot();
 * ```
 */

/** A synthesized stack: Terraform JSON with its `resource`, `data`, `provider`, `terraform` and `output` blocks. */
export interface SynthesizedStackJson {
  resource?: Record<string, Record<string, Record<string, any>>>;
  data?: Record<string, Record<string, Record<string, any>>>;
  provider?: Record<string, unknown[]>;
  terraform?: Record<string, any>;
  output?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Synthesizes a stack, running every construct's validations (they throw on a problem). */
export function synthStack(stack: TerraformStack): SynthesizedStackJson {
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStackJson;
}

/** Every resource of a type in a synthesized stack, without cdktf's metadata. */
export function resourcesOfType(out: SynthesizedStackJson, type: string): Record<string, any>[] {
  return Object.values(out.resource?.[type] ?? {}).map(({ "//": _meta, ...rest }) => rest);
}

/**
 * The resources of a type that a construct (and its children) created, e.g. the storage account of
 * one workspace among several in a stack.
 */
export function resourcesCreatedBy(out: SynthesizedStackJson, construct: IConstruct, type: string): Record<string, any>[] {
  const stack = TerraformStack.of(construct);
  const ids = construct.node
    .findAll()
    .filter((c): c is TerraformResource => c instanceof TerraformResource && c.terraformResourceType === type)
    .map((r) => stack.getLogicalId(r));
  return ids.map((id) => out.resource?.[type]?.[id]).filter((r): r is Record<string, any> => r !== undefined);
}

/** The Terraform reference (`${type.id.attr}`) of a resource or data source, to compare wiring. */
export function referenceTo(element: TerraformResource | TerraformDataSource, attribute = "id"): string {
  const prefix = element instanceof TerraformDataSource ? "data." : "";
  return `\${${prefix}${element.terraformResourceType}.${TerraformStack.of(element).getLogicalId(element)}.${attribute}}`;
}

/** Whether `actual` contains every key of `expected` with equal values (deeply; arrays compared whole). */
export function matchesProperties(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected);
  if (Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected);
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected as Record<string, unknown>).every(([k, v]) => matchesProperties((actual as Record<string, unknown>)[k], v));
}

/** Removes what changes without a change of intent (the cdktf version, construct metadata). */
function stripVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripVolatile);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== "//")
        .map(([k, v]) => [k, stripVolatile(v)]),
    );
  }
  return value;
}

/** A stack's JSON for snapshot tests: deterministic, without cdktf's metadata. */
export function stableSnapshot(stack: TerraformStack): SynthesizedStackJson {
  return stableJson(synthStack(stack));
}

/** A synthesized stack read from a file (`cdktf.out/stacks/<stack>/cdk.tf.json`, text or parsed) without cdktf's metadata, for snapshots. */
export function stableJson(json: string | SynthesizedStackJson): SynthesizedStackJson {
  return stripVolatile(typeof json === "string" ? JSON.parse(json) : json) as SynthesizedStackJson;
}

/**
 * Jest matchers: `expect.extend(azureMlMatchers)`, then `expect(stack).toPassRulePack()` and
 * `expect(stack).toHaveResourceMatching("azurerm_storage_account", { min_tls_version: "TLS1_2" })`.
 */
export const azureMlMatchers = {
  /** `expect(stack).toPassRulePack()`: no error finding of the rule pack (tier A by default). */
  toPassRulePack(received: TerraformStack, options: RulePackOptions = {}) {
    const errors = evaluateRulePack(received, options).findings.filter((f) => f.severity === "error");
    return {
      pass: errors.length === 0,
      message: () => (errors.length === 0 ? "expected rule pack errors, found none" : `expected no rule pack errors, found ${errors.length}:\n  ${errors.map(formatFinding).join("\n  ")}`),
    };
  },
  toHaveResourceMatching(received: TerraformStack, type: string, properties: Record<string, unknown> = {}) {
    const all = resourcesOfType(synthStack(received), type);
    const pass = all.some((r) => matchesProperties(r, properties));
    return {
      pass,
      message: () =>
        pass
          ? `expected no ${type} matching ${JSON.stringify(properties)}`
          : `expected a ${type} matching ${JSON.stringify(properties)}; found ${all.length}: ${JSON.stringify(all).slice(0, 2000)}`,
    };
  },
};
