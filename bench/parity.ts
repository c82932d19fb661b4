/**
 * What the bench checks before it compares times: that ours and the raw app write the same
 * Terraform, apart from names. Every block of every provider, data source and resource type, every
 * output, and the `terraform` and `locals` blocks must have the same structure: the same attributes
 * and nested blocks, the same number of elements in each list, the same kind of value (string,
 * number, boolean, or a string holding a Terraform expression `${…}`) in each place. Values, names and logical ids may differ (lists are compared
 * element by element in sorted order), and `"//"` metadata is ignored. Equal resource counts alone
 * let one side write a third more configuration than the other.
 */
import * as fs from "node:fs";

/** Per `section.type` (`resource.azurerm_subnet`, `output`, `terraform`), one structure per block, sorted. */
export type StackShape = Record<string, string[]>;

/** A value with every leaf replaced by its kind: `{a:string,b:[number,number]}`. */
function structure(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(structure).sort().join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => k !== "//").sort();
    return `{${keys.map((k) => `${k}:${structure((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  if (typeof value === "string" && value.includes("${")) return "expression";
  return value === null ? "null" : typeof value;
}

/**
 * The attribute paths a structure sets (`blob_properties.cors_rule[].allowed_origins[]`), to say what
 * differs; with `kinds`, each leaf's path with its kind (`location=expression`).
 */
function attributePaths(value: unknown, prefix: string, kinds = false): string[] {
  if (Array.isArray(value)) return value.length ? [...new Set(value.flatMap((v) => attributePaths(v, `${prefix}[]`, kinds)))] : [`${prefix}[]`];
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => k !== "//");
    return keys.length ? keys.flatMap((k) => attributePaths((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k, kinds)) : [`${prefix}{}`];
  }
  return [kinds ? `${prefix}=${structure(value)}` : prefix];
}

export interface ParsedShape {
  readonly structures: StackShape;
  readonly paths: Record<string, Set<string>>;
  /** The same paths with the kind of value at each leaf. */
  readonly kinds: Record<string, Set<string>>;
}

export function stackShape(file: string): ParsedShape {
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  const structures: StackShape = {};
  const paths: Record<string, Set<string>> = {};
  const kinds: Record<string, Set<string>> = {};
  const add = (key: string, blocks: unknown[]) => {
    structures[key] = blocks.map(structure).sort();
    paths[key] = new Set(blocks.flatMap((b) => attributePaths(b, "")));
    kinds[key] = new Set(blocks.flatMap((b) => attributePaths(b, "", true)));
  };
  for (const [section, content] of Object.entries(json)) {
    if (section === "//" || content === null || typeof content !== "object") continue;
    if (section === "provider" || section === "resource" || section === "data") {
      // Providers are lists of blocks by name; data sources and resources are maps by logical id.
      for (const [type, blocks] of Object.entries(content)) add(`${section}.${type}`, Array.isArray(blocks) ? blocks : Object.values(blocks as Record<string, unknown>));
    } else if (section === "output" || section === "variable") {
      add(section, Object.values(content));
    } else {
      add(section, [content]); // terraform, locals: one block each
    }
  }
  return { structures, paths, kinds };
}

/** What differs between two shapes, one line per section or type; empty when they match. */
export function shapeDifferences(ours: ParsedShape, raw: ParsedShape): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(ours.structures), ...Object.keys(raw.structures)])].sort()) {
    const [a, b] = [ours.structures[key] ?? [], raw.structures[key] ?? []];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const [pa, pb] = [ours.paths[key] ?? new Set<string>(), raw.paths[key] ?? new Set<string>()];
    const onlyOurs = [...pa].filter((p) => !pb.has(p));
    const onlyRaw = [...pb].filter((p) => !pa.has(p));
    const [ka, kb] = [ours.kinds[key] ?? new Set<string>(), raw.kinds[key] ?? new Set<string>()];
    const kindsOurs = [...ka].filter((k) => !kb.has(k) && pb.has(k.slice(0, k.lastIndexOf("="))));
    const kindsRaw = [...kb].filter((k) => !ka.has(k) && pa.has(k.slice(0, k.lastIndexOf("="))));
    const otherKinds = [kindsOurs.length ? `; only ours writes ${kindsOurs.join(", ")}` : "", kindsRaw.length ? `; only raw writes ${kindsRaw.join(", ")}` : ""].join("");
    const what = onlyOurs.length || onlyRaw.length || a.length !== b.length || otherKinds ? otherKinds : "; the same attributes, but set in other blocks or with other list lengths";
    out.push(`${key}: ${a.length} vs ${b.length} blocks${onlyOurs.length ? `; only ours sets ${onlyOurs.join(", ")}` : ""}${onlyRaw.length ? `; only raw sets ${onlyRaw.join(", ")}` : ""}${what}`);
  }
  return out;
}
