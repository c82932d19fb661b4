import type { IConstruct } from "constructs";
import * as z from "zod";

/** One broken rule: a stable code, where it is (construct path and field), what was given, and the rule. */
export interface Problem {
  /** Stable, machine-readable code, e.g. `NAME_RULE`, `CONFLICT`, `REQUIRED`. */
  readonly code: string;
  /** Construct path (`ml/team-a/ws`), or the config path for problems found in a config file. */
  readonly path: string;
  /** Field path inside the props (`storageAccount.name`, `identity.identityIds[0]`). */
  readonly field: string;
  /** The value received (`undefined` when missing). */
  readonly value: unknown;
  /** The rule, phrased to follow the value: `must be 3-24 lowercase letters or digits`. */
  readonly rule: string;
}

/** Values longer than this are shortened in messages (the start, an ellipsis and the length). */
const MAX_SHOWN = 80;

/** A string as a message shows it: quoted, and shortened past 80 characters. */
export function shownString(s: string): string {
  if (s.length <= MAX_SHOWN) return JSON.stringify(s);
  return `${JSON.stringify(s.slice(0, 60))}… (${s.length} characters)`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return ` ${shownString(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return ` ${String(value)}`;
  if (value === null) return " null";
  try {
    const json = JSON.stringify(value);
    return json && json.length <= MAX_SHOWN ? ` ${json}` : "";
  } catch {
    return "";
  }
}

/** Formats a problem as one line: `ml/team-a/ws: storageAccount.name "My_SA" must be 3-24 lowercase letters or digits`. */
export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.path}: ` : "";
  const field = p.field || "(props)";
  return `${where}${field}${describeValue(p.value)} ${p.rule} [${p.code}]`;
}

/**
 * The one error type the library throws for bad input. It carries every problem found, so a user
 * fixes all of them in one round.
 */
export class ValidationError extends Error {
  public readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map(formatProblem);
    super(lines.length === 1 ? lines[0] : `${lines.length} problems:\n  ${lines.join("\n  ")}`);
    this.name = "ValidationError";
    this.problems = problems;
  }
}

function fieldOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    // A key that is not a plain name (a tag key with spaces, an empty key) is quoted: tags["cost center"].
    else if (!/^[A-Za-z_$][\w$-]*$/.test(String(part)) || String(part).length > MAX_SHOWN) out += `[${shownString(String(part))}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const part of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[part as string];
  }
  return cur;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case "int":
      return "a whole number";
    case "object":
      return "an object";
    case "array":
      return "a list";
    default:
      return `a ${expected}`;
  }
}

/** Turns zod's issues into problems with stable codes and rules a person can act on. */
function problemsFromIssues(path: string, input: unknown, issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const full = [...prefix, ...issue.path];
    const field = fieldOf(full);
    const value = valueAt(input, full);
    switch (issue.code) {
      case "invalid_type":
        out.push(
          value === undefined
            ? { code: "REQUIRED", path, field, value, rule: "is required" }
            : { code: "INVALID_TYPE", path, field, value, rule: `must be ${describeExpected(issue.expected)}` },
        );
        break;
      case "invalid_value":
        out.push({
          code: "INVALID_VALUE",
          path,
          field,
          value,
          rule: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        });
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const keyPath = [...full, key];
          out.push({ code: "UNKNOWN_PROPERTY", path, field: fieldOf(keyPath), value: undefined, rule: "is not a known property" });
        }
        break;
      case "too_small":
      case "too_big": {
        const small = issue.code === "too_small";
        const bound = small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
        const inclusive = issue.inclusive !== false;
        const origin = issue.origin;
        let rule: string;
        if (origin === "string") rule = `must be ${small ? "at least" : "at most"} ${String(bound)} characters`;
        else if (origin === "array" || origin === "set") rule = `must have ${small ? "at least" : "at most"} ${String(bound)} items`;
        else rule = `must be ${small ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<"} ${String(bound)}`;
        out.push({ code: "OUT_OF_RANGE", path, field, value, rule });
        break;
      }
      case "invalid_format":
        out.push({ code: "INVALID_FORMAT", path, field, value, rule: issue.message.replace(/^Invalid string: /, "") });
        break;
      case "invalid_union": {
        // Report the branch that got furthest (fewest issues); a union of literals reads as an enum.
        const options = (issue as { options?: readonly unknown[] }).options;
        if (options) {
          out.push({ code: "INVALID_VALUE", path, field, value, rule: `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}` });
          break;
        }
        const branches = issue.errors;
        // Nothing given where one of several shapes is needed: that is a missing value, not a wrong shape.
        if (value === undefined) {
          out.push({ code: "REQUIRED", path, field, value, rule: "is required" });
          break;
        }
        // Every shape refuses only keys of the others (`{ a, b }` where one of `{ a }` and `{ b }` fits):
        // the props conflict; name both.
        const extra = branches.map((b) => (b.length > 0 && b.every((i) => i.code === "unrecognized_keys") ? b.flatMap((i) => (i as { keys: string[] }).keys) : undefined));
        if (extra.every((k) => k !== undefined) && value && typeof value === "object") {
          const given = Object.keys(value as object).filter((k) => extra.some((ks) => ks!.includes(k)));
          if (given.length >= 2) {
            out.push({ code: "CONFLICT", path, field, value: undefined, rule: `takes only one of ${given.map((k) => `\`${k}\``).join(" or ")}: give only one` });
            break;
          }
        }
        // A branch that failed only on its type or literal at the root did not match at all; prefer
        // branches that matched the shape and broke a rule further in.
        const score = (b: readonly z.core.$ZodIssue[]) =>
          b.length * 10 + (b.every((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value")) ? 5 : 0);
        const best = branches.reduce((a, b) => (score(b) < score(a) ? b : a), branches[0] ?? []);
        const onlyTypes = branches.every((b) => b.every((i) => i.code === "invalid_type" && i.path.length === 0));
        if (onlyTypes || best.length === 0) {
          out.push({ code: "INVALID_TYPE", path, field, value, rule: issue.message === "Invalid input" ? "has the wrong shape" : issue.message });
        } else {
          out.push(...problemsFromIssues(path, input, best, full));
        }
        break;
      }
      case "custom": {
        const params = (issue.params ?? {}) as { code?: string };
        out.push({ code: params.code ?? "INVALID", path, field, value, rule: issue.message });
        break;
      }
      default:
        out.push({ code: "INVALID", path, field, value, rule: issue.message });
    }
  }
  return out;
}

/**
 * Collects the problems of one construct's props, then throws them all at once.
 *
 * ```ts
 * const v = new Validator(this);
 * const props = v.parse(WorkspacePropsSchema, rawProps);
 * if (props.a && props.b) v.add("CONFLICT", "b", props.b, "cannot be set together with a");
 * v.throwIfAny();
 * ```
 */
export class Validator {
  private readonly problems: Problem[] = [];
  public readonly path: string;

  constructor(scope: IConstruct | string) {
    this.path = typeof scope === "string" ? scope : scope.node.path;
  }

  /**
   * Parses `input` with `schema`. On success returns the parsed value (defaults applied). On failure the
   * issues are recorded and the raw input is returned (typed as the output), so cross-field checks can
   * still run and report their problems in the same error; such checks must tolerate missing values.
   * @internal
   */
  parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
    // jitless for these parses only (zod's global config is the user's): compiling a parser per
    // object schema costs more on first use than it saves at a few hundred parses (bench/).
    const result = schema.safeParse(input, { jitless: true });
    if (result.success) return result.data;
    this.problems.push(...problemsFromIssues(this.path, input, result.error.issues));
    return (input ?? {}) as z.output<S>;
  }

  /** Records a problem found outside the schema (a cross-field or cross-resource rule). */
  add(code: string, field: string, value: unknown, rule: string): void {
    this.problems.push({ code, path: this.path, field, value, rule });
  }

  get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Runs cross-field checks; when the schema already failed, a check that trips over bad input is skipped. */
  check(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (!this.hasProblems) throw e;
    }
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ValidationError([...this.problems]);
  }

  /**
   * A construct's props, validated: runs `before` on the raw input, parses it with `schema`, runs the
   * cross-field `checks` (which record with `v.add`), and throws one `ValidationError` with every problem. What every
   * construct's constructor opens with.
   * @internal
   */
  static props<S extends z.ZodType>(scope: IConstruct, schema: S, props: unknown, checks?: (p: z.output<S>, v: Validator) => void, before?: (input: unknown, v: Validator) => void): z.output<S> {
    const v = new Validator(scope);
    // A rule on the raw input that reads better than what the schema would say (it runs first).
    before?.(props, v);
    const p = v.parse(schema, props);
    if (checks) v.check(() => checks(p, v));
    v.throwIfAny();
    return p;
  }
}
