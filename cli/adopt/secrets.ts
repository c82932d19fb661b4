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

/** Words of a property name that make its value a secret (`DB_PASS`, `adminUserPassword`, `sasToken`). */
const SECRET_WORDS = new Set(["password", "passwd", "pass", "pwd", "secret", "secrets", "token", "credential", "credentials", "pat", "signature"]);
/** Joined names that are secrets (`OPENAI_API_KEY`, `ConnectionString`, `InstrumentationKey`). */
const SECRET_JOINED = /apikey|accountkey|accesskey|privatekey|instrumentationkey|primarykey|secondarykey|subscriptionkey|clientkey|authkey|sharedkey|connectionstring|connstr|sharedaccess/;

/** Whether a property of this name holds a secret: by its words, so `bypass` and `keySource` do not. */
export function isSecretName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
  const joined = words.join("");
  if (words.some((w) => SECRET_WORDS.has(w)) || SECRET_JOINED.test(joined)) return true;
  // A name ending in "key" (`key`, `key1`, `storageKey`), but not a public key.
  const last = words[words.length - 1] ?? "";
  return /^key\d?$/.test(last) && !["public", "ssh"].includes(words[words.length - 2] ?? "");
}

/**
 * Objects whose every value is treated as secret, whatever it is called: environment variables of
 * deployments and jobs, and credentials (only their `credentialsType` is kept).
 */
const SECRET_BAGS = new Set(["environmentvariables", "credentials", "secrets", "keys"]);
const KEPT_IN_BAGS = new Set(["credentialstype", "secretstype", "authtype"]);

/** Values that are secrets whatever their property is called. */
const SECRET_VALUE = [/AccountKey=/i, /SharedAccessKey=/i, /[?&]sig=[^&]+/i, /InstrumentationKey=/i, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];

function isSecretValue(v: string): boolean {
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
        if (SECRET_BAGS.has(k.toLowerCase()) && x && typeof x === "object" && !Array.isArray(x)) {
          // Every value of the bag is a secret, except the kind of credential.
          const kept: Record<string, Json> = {};
          for (const [bk, bx] of Object.entries(x)) {
            if (KEPT_IN_BAGS.has(bk.toLowerCase()) && typeof bx === "string") kept[bk] = bx;
            else if (bx !== null && bx !== "") secrets.push({ path: `${kp}.${bk}` });
          }
          out[k] = kept;
          continue;
        }
        // A secret is a non-empty string; not an ARM parameter reference, a timestamp or a list (of permission names).
        const secretValue = typeof x === "string" && x !== "" && !x.startsWith("[parameters(") && !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/.test(x);
        if (secretValue && isSecretName(k)) {
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
