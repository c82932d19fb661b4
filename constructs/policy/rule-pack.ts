import type { IConstruct } from "constructs";
import { Annotations, Aspects, TerraformStack, type IAspect } from "../core/engine";
import { ValidationError } from "../core/validation";
import type { Outcome, Rule, StackView } from "./rule";
import { ALL_RULES } from "./rules";
import { buildStackView, buildSynthesizedStackView } from "./stack-view";
import { byCodePoint } from "../core/order";

/** Which rules run. */
export interface RulePackOptions {
  /** Also run tier-B rules (preview and hygiene: customer-managed keys everywhere, App Insights network). @default false */
  readonly includeTierB?: boolean;
  /** Rule ids not to run at all (prefer `suppressRule` with a reason, which is recorded). @default [] */
  readonly disabledRules?: readonly string[];
  /** The rules to run. @default - every rule of the pack */
  readonly rules?: readonly Rule[];
  /**
   * Warnings one per resource (on the resource) instead of one line per rule and stack with a count.
   * Errors are always reported per resource, in full.
   * @default - true when the environment sets CDKTF_AZUREML_RULE_DETAILS=1, else false
   */
  readonly warningDetails?: boolean;
}

/** One rule that does not hold on one resource. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  /** Construct path of the resource. */
  readonly path: string;
  /** Terraform address, `type.logicalId`. */
  readonly address: string;
  readonly cause: string;
  readonly fix: string;
  /** The reason, when the finding is suppressed. */
  readonly suppressedBecause?: string;
  /** Where the resource came from in a generator's input (a team config path), when recorded with `recordSource`. */
  readonly source?: string;
}

export interface RulePackReport {
  /** Findings not suppressed. */
  readonly findings: readonly Finding[];
  /** Findings suppressed with a reason. */
  readonly suppressed: readonly Finding[];
  /** How many rule checks passed, failed, could not be decided (references). */
  readonly counts: { readonly pass: number; readonly fail: number; readonly unknown: number };
}

const SUPPRESSION = "cdktf-azureml:suppression";
const SOURCE = "cdktf-azureml:source";

/**
 * Records where a construct came from in a generator's input (the team stacks record config paths:
 * `teams[0].compute[1]`); rule-pack findings on it and below it name that source.
 * @internal
 */
export function recordSource(construct: IConstruct, source: string): void {
  construct.node.addMetadata(SOURCE, source);
}

function sourceOf(construct: IConstruct): string | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const hit = scope.node.metadata.find((m) => m.type === SOURCE);
    if (hit) return hit.data as string;
  }
  return undefined;
}


/** The rule for a rule id given to the pack (a suppression, a disabled rule): one of its rules. */
const UNKNOWN_RULE = "must be the id of a rule of the pack (see RULES.md)";
/**
 * Suppresses a rule on a construct and everything under it, with a reason (at least 10 characters)
 * that is recorded in the synthesized JSON next to each affected resource (`"//": { "suppressions": [...] }`).
 */
export function suppressRule(construct: IConstruct, ruleId: string, reason: string): void {
  const problems = [];
  if (!ALL_RULES.some((r) => r.id === ruleId)) {
    problems.push({ code: "UNKNOWN_RULE", path: construct.node.path, field: "ruleId", value: ruleId, rule: UNKNOWN_RULE });
  }
  if (reason.trim().length < 10) {
    problems.push({ code: "SUPPRESSION_REASON", path: construct.node.path, field: "reason", value: reason, rule: "must explain the exception in at least 10 characters" });
  }
  if (problems.length) throw new ValidationError(problems);
  construct.node.addMetadata(SUPPRESSION, { ruleId, reason: reason.trim() });
}

function suppressionFor(construct: IConstruct, ruleId: string): string | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const hit = scope.node.metadata.find((m) => m.type === SUPPRESSION && (m.data as { ruleId: string }).ruleId === ruleId);
    if (hit) return (hit.data as { reason: string }).reason;
  }
  return undefined;
}

/** Refuses rule ids that are not rules of the pack (a typo would silently keep a rule running). */
function checkOptions(options: RulePackOptions, where: string): void {
  if (!options.disabledRules?.length) return;
  const known = new Set((options.rules ?? ALL_RULES).map((r) => r.id));
  const unknown = (options.disabledRules ?? []).map((id, i) => [id, i] as const).filter(([id]) => !known.has(id));
  if (unknown.length) throw new ValidationError(unknown.map(([id, i]) => ({ code: "UNKNOWN_RULE", path: where, field: `disabledRules[${i}]`, value: id, rule: UNKNOWN_RULE })));
}

function selectRules(options: RulePackOptions): Rule[] {
  const disabled = new Set(options.disabledRules ?? []);
  return (options.rules ?? ALL_RULES).filter((r) => (options.includeTierB || r.tier === "A") && !disabled.has(r.id));
}

/** The rules to run and the resource types they read, worked out once per options object (one per app, not per stack). */
const selections = new WeakMap<RulePackOptions, { rules: Rule[]; types: Set<string> }>();
function selection(options: RulePackOptions): { rules: Rule[]; types: Set<string> } {
  let found = selections.get(options);
  if (!found) {
    const rules = selectRules(options);
    // Workspaces and private endpoint targets are looked up by reference from other resources' rules.
    found = { rules, types: new Set(rules.flatMap((r) => r.resourceTypes).concat(["azurerm_machine_learning_workspace", "azurerm_storage_account"])) };
    selections.set(options, found);
  }
  return found;
}

/** The options when none are given: one object, so what is worked out from them is worked out once. */
const DEFAULT_OPTIONS: RulePackOptions = Object.freeze({});

/** Runs the rules on a stack and returns every finding, suppressed ones apart. */
export function evaluateRulePack(stack: TerraformStack, options: RulePackOptions = DEFAULT_OPTIONS): RulePackReport {
  checkOptions(options, stack.node.path);
  return evaluateView(buildStackView(stack, selection(options).types), options);
}

/** The rules of `options` on the resources of a view. */
function evaluateView(view: StackView, options: RulePackOptions): RulePackReport {
  const { rules } = selection(options);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const counts = { pass: 0, fail: 0, unknown: 0 };
  for (const rule of rules) {
    for (const type of rule.resourceTypes) {
      for (const resource of view.ofType(type)) {
        let outcome: Outcome;
        try {
          outcome = rule.check(resource, view);
        } catch (e) {
          // A rule that throws is a finding, not a crash (as in cdk-nag).
          outcome = "fail";
          findings.push({ ruleId: rule.id, severity: "error", path: resource.construct.node.path, address: resource.address, cause: `the rule failed to run: ${(e as Error).message}`, fix: "report this as a bug" });
          continue;
        }
        counts[outcome]++;
        if (outcome !== "fail") continue;
        const source = sourceOf(resource.construct);
        const finding: Finding = { ruleId: rule.id, severity: rule.severity, path: resource.construct.node.path, address: resource.address, cause: rule.cause, fix: rule.fix, ...(source ? { source } : {}) };
        const reason = suppressionFor(resource.construct, rule.id);
        if (reason) suppressed.push({ ...finding, suppressedBecause: reason });
        else findings.push(finding);
      }
    }
  }
  const order = (f: Finding) => `${f.path}|${f.ruleId}`;
  return { findings: findings.sort((a, b) => byCodePoint(order(a), order(b))), suppressed: suppressed.sort((a, b) => byCodePoint(order(a), order(b))), counts };
}

export function formatFinding(f: Finding): string {
  return `[${f.ruleId}] ${f.path} (${f.address}): ${f.cause}. Fix: ${f.fix}${f.source ? ` (from ${f.source})` : ""}`;
}

/** An annotation the pack makes: on the construct at `path` (the stack's, for a summary). */
interface RuleAnnotation {
  readonly path: string;
  readonly level: "error" | "warning";
  readonly message: string;
}

/**
 * What a report annotates: errors on their resources, in full; warnings one line per rule on the
 * stack, with a count (or one per resource, with `details`).
 */
function annotationsOf(stack: TerraformStack, report: RulePackReport, details: boolean): RuleAnnotation[] {
  const out: RuleAnnotation[] = [];
  const warningsByRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    // The annotation is shown with the resource's construct path: the message does not repeat it.
    const onResource = `[${f.ruleId}] ${f.address}: ${f.cause}. Fix: ${f.fix}${f.source ? ` (from ${f.source})` : ""}`;
    if (f.severity === "error") out.push({ path: f.path, level: "error", message: onResource });
    else if (details) out.push({ path: f.path, level: "warning", message: onResource });
    else warningsByRule.set(f.ruleId, [...(warningsByRule.get(f.ruleId) ?? []), f]);
  }
  for (const [ruleId, list] of warningsByRule) out.push({ path: stack.node.path, level: "warning", message: summaryLine(ruleId, list.length, 1, list[0]) });
  return out;
}

/**
 * Context `synthApp` sets on its app: `applyRulePack` then leaves the check of each stack to
 * `synthApp`, which runs the rules on the JSON it has just written (already resolved, so nothing
 * is rendered or resolved twice) instead of through an aspect before synthesis.
 * @internal
 */
export const RULES_ON_OUTPUT = "cdktf-azureml:rules-on-output";

const deferred = new WeakMap<TerraformStack, AzureMlRulePack[]>();

/** The packs `applyRulePack` left to `synthApp` for a stack. @internal */
export function deferredRulePacks(stack: TerraformStack): readonly AzureMlRulePack[] {
  return deferred.get(stack) ?? [];
}

/**
 * The rule pack as an Aspect: on each stack it annotates findings (warnings, and errors that also
 * fail synthesis through a stack validation) and records suppressions next to the resources.
 */
export class AzureMlRulePack implements IAspect {
  private readonly reports = new WeakMap<TerraformStack, RulePackReport>();

  constructor(private readonly options: RulePackOptions = DEFAULT_OPTIONS) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack) || this.reports.has(node)) return;
    this.checkBeforeSynthesis(node, true);
  }

  /**
   * Runs the pack on a stack before it is synthesized: records the suppressed findings as overrides
   * on their resources (they reach the JSON) and annotates the findings (errors only when
   * `annotateErrors`: `synthApp` reports them itself).
   * @internal
   */
  public checkBeforeSynthesis(stack: TerraformStack, annotateErrors: boolean): void {
    const report = evaluateRulePack(stack, this.options);
    this.reports.set(stack, report);
    const byConstruct = new Map<string, Finding[]>();
    for (const f of report.suppressed) byConstruct.set(f.path, [...(byConstruct.get(f.path) ?? []), f]);
    const constructs = report.suppressed.length || report.findings.length ? stack.node.findAll() : [];
    for (const c of constructs) {
      const list = byConstruct.get(c.node.path);
      if (list && "addOverride" in c) {
        (c as unknown as { addOverride(path: string, value: unknown): void }).addOverride(
          "//.suppressions",
          list.map((f) => ({ rule: f.ruleId, reason: f.suppressedBecause })),
        );
      }
    }
    const byPath = new Map(constructs.map((c) => [c.node.path, c]));
    for (const a of annotationsOf(stack, report, this.details)) {
      if (a.level === "error" && !annotateErrors) continue;
      const on = Annotations.of(byPath.get(a.path) ?? stack);
      if (a.level === "error") on.addError(a.message);
      else on.addWarning(a.message);
    }
  }

  /**
   * Runs the pack on a stack's synthesized JSON, which the rules cannot change when nothing in the
   * stack is suppressed (`hasSuppressions`), and returns the warnings to add to its manifest entry
   * (each on a resource of the stack, or on the stack for a summary).
   * @internal
   */
  public checkSynthesized(stack: TerraformStack, json: { resource?: Record<string, Record<string, Record<string, unknown>>> }): { constructPath: string; message: string }[] {
    const report = evaluateView(buildSynthesizedStackView(stack, json, selection(this.options).types), this.options);
    this.reports.set(stack, report);
    return annotationsOf(stack, report, this.details)
      .filter((a) => a.level === "warning")
      .map((a) => ({ constructPath: a.path, message: a.message }));
  }

  private get details(): boolean {
    return this.options.warningDetails ?? process.env.CDKTF_AZUREML_RULE_DETAILS === "1";
  }

  /** The findings of a stack this aspect visited (after synthesis). */
  public reportFor(stack: TerraformStack): RulePackReport | undefined {
    return this.reports.get(stack);
  }

  /**
   * Error findings of a stack, as lines (empty when it passes). cdktf prints each after the stack's
   * path, so the resource's path is given relative to the stack.
   */
  public errorsFor(stack: TerraformStack): string[] {
    const prefix = `${stack.node.path}/`;
    return (this.reports.get(stack)?.findings ?? []).filter((f) => f.severity === "error").map((f) => formatFinding({ ...f, path: f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path }));
  }
}

/** Whether a suppression applies to anything in the stack (on it, above it, or below it). @internal */
export function hasSuppressions(stack: TerraformStack): boolean {
  return [...stack.node.scopes, ...stack.node.findAll()].some((c) => c.node.metadata.some((m) => m.type === SUPPRESSION));
}

const DETAILS_HINT = "CDKTF_AZUREML_RULE_DETAILS=1 lists them";
const SUMMARY = /^\[([A-Z]+(?:-[A-Z]+)*-\d+)\] (\d+) resources?(?: in (\d+) stacks)?: (.*) \(CDKTF_AZUREML_RULE_DETAILS=1 lists them\)$/;

function summaryLine(ruleId: string, resources: number, stacks: number, f: { cause: string; fix: string }): string {
  const where = `${resources} resource${resources === 1 ? "" : "s"}${stacks > 1 ? ` in ${stacks} stacks` : ""}`;
  return `[${ruleId}] ${where}: ${f.cause}. Fix: ${f.fix} (${DETAILS_HINT})`;
}

/**
 * Merges the rule pack's per-stack warning summaries of an app into one line per rule (on the first
 * stack that has it, with the count of resources and stacks); other annotations are kept as they are.
 * \`synthApp\` applies it to the manifest, so \`cdktf synth\` prints one line per rule.
 * @internal
 */
export function mergeWarningSummaries<A extends { readonly level: string; readonly message: string }>(stacks: readonly (readonly A[])[]): A[][] {
  const totals = new Map<string, { resources: number; stacks: number; rest: string; first: A }>();
  for (const annotations of stacks) {
    for (const a of annotations) {
      const m = a.level === "@cdktf/warn" ? SUMMARY.exec(a.message) : null;
      if (!m) continue;
      const t = totals.get(m[1]);
      if (t) {
        t.resources += Number(m[2]);
        t.stacks += Number(m[3] ?? 1);
      } else totals.set(m[1], { resources: Number(m[2]), stacks: Number(m[3] ?? 1), rest: m[4], first: a });
    }
  }
  return stacks.map((annotations) =>
    annotations.flatMap((a) => {
      const m = a.level === "@cdktf/warn" ? SUMMARY.exec(a.message) : null;
      if (!m) return [a];
      const t = totals.get(m[1])!;
      if (t.first !== a) return [];
      const where = `${t.resources} resource${t.resources === 1 ? "" : "s"}${t.stacks > 1 ? ` in ${t.stacks} stacks` : ""}`;
      return [{ ...a, message: `[${m[1]}] ${where}: ${t.rest} (${DETAILS_HINT})` }];
    }),
  );
}

/**
 * Applies the rule pack to a stack in one line. Error findings fail `cdktf synth` (and
 * `Testing.synth(stack, true)`) with the rule id, the resource and the fix; warnings are printed.
 * Through `app.synth()` or `Testing` it runs as an aspect before synthesis; in an app `synthApp`
 * builds, `synthApp` runs it on each stack's JSON once written (the same findings, reported the
 * same way, without rendering and resolving the stack a second time).
 */
export function applyRulePack(stack: TerraformStack, options: RulePackOptions = DEFAULT_OPTIONS): AzureMlRulePack {
  checkOptions(options, stack.node.path);
  const pack = new AzureMlRulePack(options);
  if (stack.node.tryGetContext(RULES_ON_OUTPUT) === true) {
    deferred.set(stack, [...deferredRulePacks(stack), pack]);
    return pack;
  }
  Aspects.of(stack).add(pack);
  stack.node.addValidation({ validate: () => pack.errorsFor(stack) });
  return pack;
}
