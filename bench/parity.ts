/**
 * What the bench checks before it compares times: that ours and the raw app write the same
 * Terraform, apart from names. For every provider, data source and resource type of a stack, the
 * attribute paths each block sets (`blob_properties.cors_rule[].allowed_origins[]`) must be the
 * same, block for block; values, names and logical ids may differ, `"//"` metadata is ignored.
 * Equal counts alone let one side write a third more configuration than the other.
 */
import * as fs from "node:fs";

/** Per `section.type` (`resource.azurerm_subnet`), one signature per block: its attribute paths, sorted. */
export type StackShape = Record<string, string[]>;

function attributePaths(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return value.length ? [...new Set(value.flatMap((v) => attributePaths(v, `${prefix}[]`)))] : [`${prefix}[]`];
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => k !== "//");
    return keys.length ? keys.flatMap((k) => attributePaths((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k)) : [`${prefix}{}`];
  }
  return [prefix];
}

export function stackShape(file: string): StackShape {
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown> | undefined>;
  const shape: StackShape = {};
  for (const section of ["provider", "data", "resource"]) {
    for (const [type, blocks] of Object.entries(json[section] ?? {})) {
      // Providers are lists of blocks; data sources and resources are maps by logical id.
      const list = Array.isArray(blocks) ? blocks : Object.values(blocks as Record<string, unknown>);
      shape[`${section}.${type}`] = list.map((b) => [...new Set(attributePaths(b, ""))].sort().join(" ")).sort();
    }
  }
  return shape;
}

/** What differs between two shapes, one line per type; empty when they match. */
export function shapeDifferences(ours: StackShape, raw: StackShape): string[] {
  const out: string[] = [];
  for (const type of [...new Set([...Object.keys(ours), ...Object.keys(raw)])].sort()) {
    const [a, b] = [ours[type] ?? [], raw[type] ?? []];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const paths = (list: string[]) => new Set(list.flatMap((s) => s.split(" ")));
    const [pa, pb] = [paths(a), paths(b)];
    const onlyOurs = [...pa].filter((p) => !pb.has(p));
    const onlyRaw = [...pb].filter((p) => !pa.has(p));
    out.push(`${type}: ${a.length} vs ${b.length} blocks${onlyOurs.length ? `; only ours sets ${onlyOurs.join(", ")}` : ""}${onlyRaw.length ? `; only raw sets ${onlyRaw.join(", ")}` : ""}`);
  }
  return out;
}
