import * as z from "zod";
import { isUnresolved, pattern } from "./tokens";
import { isWindowsTimeZone } from "./time-zones";

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] },
  { name: "day of week", min: 0, max: 6, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
] as const;

function valueOf(token: string, field: (typeof FIELDS)[number]): number | undefined {
  const names = "names" in field ? (field.names as readonly string[]) : undefined;
  const named = names?.indexOf(token.toUpperCase()) ?? -1;
  if (named >= 0) return named + field.min;
  if (!/^\d+$/.test(token)) return undefined;
  const n = Number(token);
  return n >= field.min && n <= field.max ? n : undefined;
}

/**
 * Checks a five-field NCronTab expression (`minute hour day-of-month month day-of-week`), the form
 * Azure ML schedules take. Returns the problem, or undefined when the expression is valid.
 */
export function cronProblem(expression: string): string | undefined {
  if (isUnresolved(expression)) return undefined;
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return `must have 5 fields (minute hour day-of-month month day-of-week), found ${parts.length}`;
  for (let i = 0; i < 5; i++) {
    const field = FIELDS[i];
    for (const item of parts[i].split(",")) {
      const [range, step] = item.split("/");
      if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `has an invalid step "${step}" in the ${field.name} field`;
      if (range === "*") continue;
      const [from, to] = range.split("-");
      const a = valueOf(from, field);
      const b = to === undefined ? a : valueOf(to, field);
      if (a === undefined || b === undefined || a > b || range.split("-").length > 2) {
        return `has "${item}" in the ${field.name} field, which must be * or values ${field.min}-${field.max}${"names" in field ? " (or names)" : ""}`;
      }
    }
  }
  return undefined;
}

/**
 * A zod string that must be a five-field cron expression.
 * @internal
 */
export const cronSchema = z.string().superRefine((value, ctx) => {
  const problem = cronProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem, params: { code: "CRON" } });
});

/**
 * A zod string that must be a Windows time zone id. @default "UTC" where used
 * @internal
 */
export const timeZoneSchema = z.string().superRefine((value, ctx) => {
  if (!isUnresolved(value) && !isWindowsTimeZone(value)) {
    ctx.addIssue({ code: "custom", message: 'must be a Windows time zone id such as "UTC" or "W. Europe Standard Time"', params: { code: "TIME_ZONE" } });
  }
});

/**
 * A local date-time without offset, `yyyy-MM-ddTHH:mm:ss`, as Azure ML schedules take.
 * @internal
 */
export const localDateTimeSchema = pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, "must be a local date-time yyyy-MM-ddTHH:mm:ss, without offset");
