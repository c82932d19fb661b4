import { createHash } from "node:crypto";
import * as z from "zod";
import { isUnresolved } from "./tokens";

/**
 * Azure's own name rules (not only the azurerm provider's, which are looser or off by one in places:
 * see the research notes on constraints, §1). Each rule is phrased to follow the value in an error:
 * `storageAccount.name "My_SA" must be 3-24 lowercase letters or digits`.
 */
export interface NameRule {
  readonly rule: string;
  readonly test: (name: string) => boolean;
}

const re = (pattern: RegExp) => (name: string) => pattern.test(name);

/** A hyphen must be followed later by a letter: Azure rejects `ci-01` and `cpu-cluster-1` for computes. */
const computeName = (min: number, max: number): NameRule => ({
  rule: `must be ${min}-${max} letters, digits or hyphens, start with a letter, end with a letter or digit, and not end in a hyphen followed by digits only (Azure rejects "cpu-1")`,
  test: (n) => n.length >= min && n.length <= max && /^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$/.test(n) && !/-[0-9]*$/.test(n),
});

const storageChildName = (what: string): NameRule => ({
  rule: `must be 3-63 lowercase letters, digits or hyphens, start and end with a letter or digit, with no consecutive hyphens (${what})`,
  test: (n) => n.length >= 3 && n.length <= 63 && /^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/.test(n),
});

export const NAME_RULES = {
  resourceGroup: {
    rule: "must be 1-90 letters, digits, underscores, hyphens, periods or parentheses, and not end with a period",
    test: (n: string) => n.length >= 1 && n.length <= 90 && /^[-\w.()]+$/.test(n) && !n.endsWith("."),
  },
  workspace: {
    rule: "must be 3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/),
  },
  storageAccount: { rule: "must be 3-24 lowercase letters or digits", test: re(/^[a-z0-9]{3,24}$/) },
  keyVault: {
    rule: "must be 3-24 letters, digits or hyphens, start with a letter, end with a letter or digit, with no consecutive hyphens",
    test: (n: string) => n.length >= 3 && n.length <= 24 && /^[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*[a-zA-Z0-9]$/.test(n),
  },
  containerRegistry: { rule: "must be 5-50 letters or digits", test: re(/^[a-zA-Z0-9]{5,50}$/) },
  logAnalyticsWorkspace: {
    rule: "must be 4-63 letters, digits or hyphens, starting and ending with a letter or digit",
    test: (n: string) => n.length >= 4 && n.length <= 63 && /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/.test(n),
  },
  applicationInsights: {
    rule: "must be 1-260 characters without % & \\ ? / or control characters, and not end with a space or period",
    // eslint-disable-next-line no-control-regex
    test: (n: string) => n.length >= 1 && n.length <= 260 && !/[%&\\?/\u0000-\u001f]/.test(n) && !/[ .]$/.test(n),
  },
  userAssignedIdentity: {
    rule: "must be 3-128 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/),
  },
  computeInstance: computeName(3, 24),
  computeCluster: computeName(3, 32),
  attachedCompute: computeName(2, 16),
  datastore: {
    rule: "must be 1-255 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/),
  },
  asset: {
    rule: "must be 1-255 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/),
  },
  assetVersion: {
    rule: "must be 1-100 letters, digits, periods, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,99}$/),
  },
  endpoint: {
    rule: "must be 3-32 letters, digits or hyphens, start with a letter and not end with a hyphen",
    test: (n: string) => n.length >= 3 && n.length <= 32 && /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/.test(n),
  },
  mlRegistry: {
    rule: "must be 3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/),
  },
  connection: {
    rule: "must be 3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/),
  },
  outboundRule: {
    rule: "must be 3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/),
  },
  privateEndpoint: {
    rule: "must be 2-64 letters, digits, underscores, periods or hyphens, start with a letter or digit and end with a letter, digit or underscore",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}[a-zA-Z0-9_]$/),
  },
  // `$root` and `$web` are the two special containers (the account's root, and static websites).
  storageContainer: { rule: `${storageChildName("a blob container or file system").rule}, or $root or $web`, test: (n: string) => n === "$root" || n === "$web" || storageChildName("").test(n) },
  fileShare: storageChildName("a file share"),
  schedule: {
    rule: "must be 1-255 letters, digits, hyphens or underscores, starting with a letter or digit",
    test: re(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/),
  },
} satisfies Record<string, NameRule>;

export type NameKind = keyof typeof NAME_RULES;

/** Returns the broken rule for `name`, or undefined when it is valid (or an unresolved token). */
export function nameProblem(kind: NameKind, name: string): string | undefined {
  if (isUnresolved(name)) return undefined;
  const rule: NameRule = NAME_RULES[kind];
  return rule.test(name) ? undefined : rule.rule;
}

/**
 * A zod string that must follow `kind`'s Azure name rule; unresolved tokens are not pattern-checked.
 * @internal
 */
export function azureName(kind: NameKind) {
  return z.string().superRefine((value, ctx) => {
    const problem = nameProblem(kind, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { code: "NAME_RULE" } });
  });
}

/**
 * A short, deterministic suffix for names Azure needs globally unique (storage, Key Vault, registry):
 * lowercase letters and digits from a SHA-256 of the seed. Same seed, same suffix, on any machine.
 */
export function uniqueSuffix(seed: string, length = 6): string {
  const digest = createHash("sha256").update(seed).digest();
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[digest[i] % alphabet.length];
  return out;
}

const alnumLower = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const hyphenated = (s: string) =>
  s
    .replace(/[^a-zA-Z0-9-]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Derives the name of an associated resource from one base name (CAF abbreviations), within that
 * resource's rules. Globally unique kinds get `uniqueSuffix(seed)`.
 */
export function deriveName(kind: "storageAccount" | "keyVault" | "containerRegistry" | "logAnalyticsWorkspace" | "applicationInsights", base: string, seed: string): string {
  const suffix = uniqueSuffix(seed);
  switch (kind) {
    case "storageAccount":
      return `st${alnumLower(base).slice(0, 16)}${suffix}`;
    case "keyVault":
      return `kv${alnumLower(base).slice(0, 16)}${suffix}`;
    case "containerRegistry":
      return `cr${alnumLower(base).slice(0, 42)}${suffix}`;
    case "logAnalyticsWorkspace":
      return `log-${hyphenated(base)}`.slice(0, 63).replace(/-+$/, "");
    case "applicationInsights":
      return `appi-${hyphenated(base)}`.slice(0, 260);
  }
}
