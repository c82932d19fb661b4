import { cronProblem, localDateTimeSchema, timeZoneSchema } from "../../constructs/core/cron";
import { Token } from "../../constructs/core/engine";
import { WINDOWS_TIME_ZONES, isWindowsTimeZone } from "../../constructs/core/time-zones";

describe("cron expressions (five-field NCronTab)", () => {
  test.each(["* * * * *", "0 19 * * 1-5", "*/15 8-18 * * MON-FRI", "0 0 1,15 * *", "30 2 * JAN,JUL SUN", "0 0-23/2 * * *"])("accepts %p", (expr) => {
    expect(cronProblem(expr)).toBeUndefined();
  });

  test.each([
    ["0 19 * *", "must have 5 fields (minute hour day-of-month month day-of-week), found 4"],
    ["0 0 0 * * *", "must have 5 fields (minute hour day-of-month month day-of-week), found 6"],
    ["60 * * * *", 'has "60" in the minute field, which must be * or values 0-59'],
    ["0 24 * * *", 'has "24" in the hour field, which must be * or values 0-23'],
    ["0 0 0 * *", 'has "0" in the day of month field, which must be * or values 1-31'],
    ["0 0 * 13 *", 'has "13" in the month field, which must be * or values 1-12 (or names)'],
    ["0 0 * * 7", 'has "7" in the day of week field, which must be * or values 0-6 (or names)'],
    ["0 5-1 * * *", 'has "5-1" in the hour field, which must be * or values 0-23'],
    ["*/0 * * * *", 'has an invalid step "0" in the minute field'],
    ["0 x * * *", 'has "x" in the hour field, which must be * or values 0-23'],
  ])("rejects %p", (expr, problem) => {
    expect(cronProblem(expr)).toBe(problem);
  });

  test("tokens are not checked", () => {
    expect(cronProblem(Token.asString({ ref: "cron" }))).toBeUndefined();
  });
});

describe("time zones and local times", () => {
  test("Windows time zone ids, not IANA names", () => {
    expect(isWindowsTimeZone("UTC")).toBe(true);
    expect(isWindowsTimeZone("W. Europe Standard Time")).toBe(true);
    expect(isWindowsTimeZone("Europe/Berlin")).toBe(false);
    expect(timeZoneSchema.safeParse("Pacific Standard Time").success).toBe(true);
    expect(timeZoneSchema.safeParse("pacific standard time").success).toBe(false);
    expect(new Set(WINDOWS_TIME_ZONES).size).toBe(WINDOWS_TIME_ZONES.length);
  });

  test("local date-times have no offset", () => {
    expect(localDateTimeSchema.safeParse("2026-11-22T08:30:00").success).toBe(true);
    expect(localDateTimeSchema.safeParse("2026-11-22T08:30:00Z").success).toBe(false);
    expect(localDateTimeSchema.safeParse("2026-13-22T08:30:00").success).toBe(false);
  });
});
