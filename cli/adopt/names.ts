/**
 * How the adopted code names things, in one place: variables and construct ids from resource names,
 * the provider class member a Terraform attribute becomes, and short forms of values for comments.
 */
import type { KeptSetting } from "./model";

function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** A variable name from a resource name: "mlw-quickstart" → "mlwQuickstart". */
export function camelName(name: string): string {
  const s = words(name)
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
  return /^[0-9]/.test(s) ? `r${s}` : s || "resource";
}

/** A construct id or class name from a resource name: "mlw-quickstart" → "MlwQuickstart". */
export function pascalName(name: string): string {
  const c = camelName(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** cdktf's name of an attribute on a provider class: "min_tls_version" → "minTlsVersion". */
export const snakeToCamel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The provider class member a kept setting uses: the setter, `putX` for a block, `resetX` to unset. */
export function keptMember(k: Pick<KeptSetting, "action" | "attribute">): string {
  const camel = snakeToCamel(k.attribute);
  if (k.action === "set") return camel;
  return `${k.action}${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** A value as JSON, cut to `max` characters for a comment or a table cell. */
export function clip(v: unknown, max: number): string {
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? "unset");
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}
