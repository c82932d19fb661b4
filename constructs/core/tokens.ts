import * as z from "zod";
import { Token } from "./engine";

/** True when `value` is (or contains) a Terraform reference that is only known at apply time. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * A string that must match `re`, unless it is an unresolved token (a reference known at apply time):
 * references are never pattern-checked.
 * @internal
 */
export function pattern(re: RegExp, message: string, code = "INVALID_FORMAT") {
  return z
    .string()
    .superRefine((value, ctx) => {
      if (!isUnresolved(value) && !re.test(value)) ctx.addIssue({ code: "custom", message, params: { code } });
    })
    .meta({ pattern: re.source });
}
