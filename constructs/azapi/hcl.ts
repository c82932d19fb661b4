/** Attribute descriptors for `cdktf synth --hcl`, in the shape cdktf's HCL renderer reads. */
export type HclAttribute = { value: unknown; isBlock: boolean; type: string; storageClassType: string; /** The Terraform JSON value, where it differs from the HCL one (a block is a one-item list in JSON). */ json?: unknown };

export const hclString = (value: string | undefined): HclAttribute => ({ value, isBlock: false, type: "simple", storageClassType: "string" });
export const hclBoolean = (value: boolean | undefined): HclAttribute => ({ value, isBlock: false, type: "simple", storageClassType: "boolean" });
export const hclStringList = (value: readonly string[] | undefined): HclAttribute => ({ value, isBlock: false, type: "list", storageClassType: "stringList" });
export const hclStringMap = (value: Record<string, string> | undefined): HclAttribute => ({ value, isBlock: false, type: "map", storageClassType: "stringMap" });
/** A dynamic value (an HCL object or list), rendered as an expression. */
export const hclAny = (value: unknown): HclAttribute => ({ value, isBlock: false, type: "any", storageClassType: "any" });
/** A nested block (`timeouts { ... }`). */
export const hclBlock = (value: Record<string, unknown> | undefined): HclAttribute => ({ value, isBlock: true, type: "struct", storageClassType: "struct" });
/** A nested block that Terraform JSON writes as a one-item list (`"identity": [{ ... }]`). */
export const hclListBlock = (value: Record<string, unknown> | undefined): HclAttribute => ({ ...hclBlock(value), json: value === undefined ? undefined : [value] });

/** Drops attributes whose value is undefined, as generated bindings do. */
export function definedOnly<T extends Record<string, { value: unknown } | unknown>>(attrs: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(attrs).filter(([, v]) => v !== undefined && !(typeof v === "object" && v !== null && "value" in v && (v as { value: unknown }).value === undefined)),
  ) as Partial<T>;
}
