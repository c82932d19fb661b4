import * as z from "zod";

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * A length of time, typed instead of a raw string, rendered as the ISO 8601 duration Azure expects
 * (`Duration.minutes(30).toIsoString()` is `PT30M`).
 */
export class Duration {
  public static seconds(n: number): Duration {
    return new Duration(n);
  }
  public static minutes(n: number): Duration {
    return new Duration(n * 60);
  }
  public static hours(n: number): Duration {
    return new Duration(n * 3600);
  }
  public static days(n: number): Duration {
    return new Duration(n * 86400);
  }
  /** Parses `PnDTnHnMnS` (days, hours, minutes, seconds; no years or months). Throws on anything else. */
  public static parse(iso: string): Duration {
    const m = ISO_DURATION.exec(iso);
    if (!m || iso === "P" || iso.endsWith("T")) throw new Error(`"${iso}" is not an ISO 8601 duration such as PT30M or P1DT2H`);
    const [d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return new Duration(d * 86400 + h * 3600 + min * 60 + s);
  }

  private constructor(private readonly totalSeconds: number) {
    if (!Number.isInteger(totalSeconds) || totalSeconds < 0) throw new Error(`a duration must be a whole, non-negative number of seconds, got ${totalSeconds}`);
  }

  public toSeconds(): number {
    return this.totalSeconds;
  }

  public toMinutes(): number {
    return this.totalSeconds / 60;
  }

  /** The ISO 8601 form, largest units first, zero parts left out: `PT1H30M`, `P3D`, `PT0S`. */
  public toIsoString(): string {
    let rest = this.totalSeconds;
    const d = Math.floor(rest / 86400);
    rest -= d * 86400;
    const h = Math.floor(rest / 3600);
    rest -= h * 3600;
    const m = Math.floor(rest / 60);
    const s = rest - m * 60;
    const time = `${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}`;
    if (!d && !time) return "PT0S";
    return `P${d ? `${d}D` : ""}${time ? `T${time}` : ""}`;
  }

  public toString(): string {
    return this.toIsoString();
  }
}

/**
 * A zod schema for a duration given as a `Duration` or an ISO 8601 string, within bounds; the
 * parsed value is a `Duration`.
 * @internal
 */
export function durationSchema(bounds: { min?: Duration; max?: Duration } = {}) {
  return z.union([z.custom<Duration>((v) => v instanceof Duration, { message: "must be a Duration" }), z.string()]).transform((value, ctx) => {
    let d: Duration;
    try {
      d = typeof value === "string" ? Duration.parse(value) : value;
    } catch {
      ctx.addIssue({ code: "custom", message: "must be an ISO 8601 duration such as PT30M (or a Duration)", params: { code: "DURATION" } });
      return z.NEVER;
    }
    if (bounds.min && d.toSeconds() < bounds.min.toSeconds()) {
      ctx.addIssue({ code: "custom", message: `must be at least ${bounds.min.toIsoString()}`, params: { code: "DURATION_RANGE" } });
    }
    if (bounds.max && d.toSeconds() > bounds.max.toSeconds()) {
      ctx.addIssue({ code: "custom", message: `must be at most ${bounds.max.toIsoString()}`, params: { code: "DURATION_RANGE" } });
    }
    return d;
  });
}
