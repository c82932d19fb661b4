/**
 * Secret values in an export (keys, connection strings, SAS tokens, passwords) are removed before
 * the export is read, so no later step can write one into code or the report. Only the path of
 * each one is kept, for the report.
 */

/** A secret that was in the input and was left out. */
export interface RedactedSecret {
  /** JSON path in the input, e.g. `resources[7].properties.credentials.secrets.key`. */
  readonly path: string;
}

/** Property names whose values are secrets wherever they appear (`adminUserPassword`, `credentials.secrets`, `ConnectionString`). */
const SECRET_NAME = /password|secret|connectionstring|sastoken|sharedaccesssignature|accountkey|primarykey|secondarykey|instrumentationkey|apikey|accesskey|privatekey|^key\d?$|^token$/i;

/** Values that are secrets whatever their property is called. */
const SECRET_VALUE = [/AccountKey=/i, /SharedAccessKey=/i, /[?&]sig=[^&]+/i, /InstrumentationKey=/i, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];

export function isSecretValue(v: string): boolean {
  return SECRET_VALUE.some((re) => re.test(v));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A copy of `value` without secrets, and the paths of those taken out. */
export function redactSecrets(value: Json, path: string): { value: Json; secrets: RedactedSecret[] } {
  const secrets: RedactedSecret[] = [];
  const walk = (v: Json, p: string): Json | undefined => {
    if (typeof v === "string") {
      if (isSecretValue(v)) {
        secrets.push({ path: p });
        return undefined;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${p}[${i}]`)).filter((x): x is Json => x !== undefined);
    if (v && typeof v === "object") {
      const out: Record<string, Json> = {};
      for (const [k, x] of Object.entries(v)) {
        const kp = p ? `${p}.${k}` : k;
        // An ARM parameter reference or an empty value is not a secret.
        // A secret is a string (or a `secrets` object of them); not a parameter reference, a timestamp or a list of permission names.
        const secretValue = (typeof x === "string" && x !== "" && !x.startsWith("[parameters(") && !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/.test(x)) || (k.toLowerCase() === "secrets" && x !== null && typeof x === "object" && !Array.isArray(x));
        if (SECRET_NAME.test(k) && secretValue) {
          secrets.push({ path: kp });
          continue;
        }
        const w = walk(x, kp);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, path) ?? null, secrets };
}
