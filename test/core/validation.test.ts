import * as z from "zod";
import { Validator, ValidationError, formatProblem } from "../../constructs/core/validation";

const schema = z
  .object({
    name: z.string(),
    count: z.number().int().min(1).max(10).default(1),
    mode: z.enum(["a", "b"]).optional(),
    nested: z.object({ flag: z.boolean() }).strict().optional(),
    list: z.array(z.string()).min(1).optional(),
    choice: z.discriminatedUnion("kind", [z.object({ kind: z.literal("x") }), z.object({ kind: z.literal("y"), y: z.string() })]).optional(),
  })
  .strict();

function problemsOf(input: unknown) {
  const v = new Validator("app/stack/thing");
  v.parse(schema, input);
  try {
    v.throwIfAny();
  } catch (e) {
    return (e as ValidationError).problems;
  }
  return [];
}

describe("Validator", () => {
  test("returns parsed props with defaults when valid", () => {
    const v = new Validator("p");
    expect(v.parse(schema, { name: "n" })).toEqual({ name: "n", count: 1 });
    expect(() => v.throwIfAny()).not.toThrow();
  });

  test("translates zod issues into coded problems with field paths and values", () => {
    const problems = problemsOf({ count: 0.5, mode: "c", nested: { flag: "yes", extra: 1 }, list: [], choice: { kind: "y" }, other: 1 });
    expect(problems.map((p) => [p.code, p.field, p.value])).toEqual([
      ["REQUIRED", "name", undefined],
      ["INVALID_TYPE", "count", 0.5],
      ["INVALID_VALUE", "mode", "c"],
      ["INVALID_TYPE", "nested.flag", "yes"],
      ["UNKNOWN_PROPERTY", "nested.extra", undefined],
      ["OUT_OF_RANGE", "list", []],
      ["REQUIRED", "choice.y", undefined],
      ["UNKNOWN_PROPERTY", "other", undefined],
    ]);
    expect(problems.every((p) => p.path === "app/stack/thing")).toBe(true);
  });

  test("an unknown discriminator lists the allowed values", () => {
    const [p] = problemsOf({ name: "n", choice: { kind: "z" } });
    expect(formatProblem(p)).toBe('app/stack/thing: choice.kind "z" must be one of "x", "y" [INVALID_VALUE]');
  });

  test("one problem makes a one-line message; several are listed", () => {
    expect(() => {
      const v = new Validator("ml/team-a/ws");
      v.add("NAME_RULE", "storageAccountName", "My_SA", "must be 3-24 lowercase letters or digits");
      v.throwIfAny();
    }).toThrow(new ValidationError([{ code: "NAME_RULE", path: "ml/team-a/ws", field: "storageAccountName", value: "My_SA", rule: "must be 3-24 lowercase letters or digits" }]));
    const e = new ValidationError([
      { code: "A", path: "p", field: "a", value: 1, rule: "must be 2" },
      { code: "B", path: "p", field: "b", value: undefined, rule: "is required" },
    ]);
    expect(e.message).toBe("2 problems:\n  p: a 1 must be 2 [A]\n  p: b is required [B]");
  });

  test("cross-field checks that trip over input the schema already rejected are skipped, not crashed", () => {
    const v = new Validator("p");
    const p = v.parse(schema, { name: 5 });
    v.check(() => {
      (p.nested as { flag: boolean }).flag.valueOf();
    });
    expect(() => v.throwIfAny()).toThrow(/name 5 must be a string/);
  });
});

describe("messages a person can act on", () => {
  const credential = z.object({ credential: z.union([z.object({ accountKey: z.string() }).strict(), z.object({ sasToken: z.string() }).strict()]) }).strict();
  const problems = (input: unknown) => {
    const v = new Validator("app/ds");
    v.parse(credential, input);
    try {
      v.throwIfAny();
      return [];
    } catch (e) {
      return (e as ValidationError).problems.map(formatProblem);
    }
  };

  test("a missing value where one of several shapes fits is 'is required', not 'has the wrong shape'", () => {
    expect(problems({})).toEqual(["app/ds: credential is required [REQUIRED]"]);
  });

  test("props of two alternatives given together name both: give only one", () => {
    expect(problems({ credential: { accountKey: "k", sasToken: "s" } })).toEqual(["app/ds: credential takes only one of `accountKey` or `sasToken`: give only one [CONFLICT]"]);
  });

  test("a value of the wrong kind still says so", () => {
    expect(problems({ credential: 5 })).toEqual(["app/ds: credential 5 has the wrong shape [INVALID_TYPE]"]);
  });

  test("long values are shortened with their length; odd keys are quoted", () => {
    const v = new Validator("app/x");
    v.add("RULE", 'tags["a b"]', "y".repeat(200), "is wrong");
    expect(() => v.throwIfAny()).toThrow(`app/x: tags["a b"] "${"y".repeat(60)}"… (200 characters) is wrong [RULE]`);
  });
});
