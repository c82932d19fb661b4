import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Validates an azapi body against the ARM type definitions of Microsoft.MachineLearningServices at
 * api-version 2026-05-01 (test/fixtures/ml-types-2026-05-01.json), the same definitions azapi
 * checks at plan time: unknown properties, read-only properties, missing required properties,
 * enum (string literal) values, types, string patterns and lengths, integer bounds.
 */

type Ref = { $ref: string };
type Prop = { type: Ref; flags: number; description?: string };
type Node =
  | { $type: "ResourceType"; name: string; body: Ref }
  | { $type: "ObjectType"; name: string; properties: Record<string, Prop>; additionalProperties?: Ref }
  | { $type: "DiscriminatedObjectType"; name: string; discriminator: string; baseProperties: Record<string, Prop>; elements: Record<string, Ref> }
  | { $type: "UnionType"; elements: Ref[] }
  | { $type: "StringLiteralType"; value: string }
  | { $type: "StringType"; pattern?: string; minLength?: number; maxLength?: number }
  | { $type: "IntegerType"; minValue?: number; maxValue?: number }
  | { $type: "BooleanType" }
  | { $type: "AnyType" }
  | { $type: "ArrayType"; itemType: Ref; minLength?: number; maxLength?: number }
  | { $type: "ResourceFunctionType" };

const FLAG_REQUIRED = 1;
const FLAG_READ_ONLY = 2;

let types: Node[] | undefined;
function allTypes(): Node[] {
  types ??= JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "ml-types-2026-05-01.json"), "utf8")) as Node[];
  return types;
}

const deref = (ref: Ref): Node => allTypes()[Number(ref.$ref.slice(2))];

/** A Terraform expression (`${...}`) can stand for any value: its type is checked by Terraform at plan. */
const isExpression = (v: unknown) => typeof v === "string" && /\$\{(?!\{)/.test(v.replace(/\$\$\{/g, ""));

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s && s.length > 60 ? `${s.slice(0, 57)}...` : String(s);
}

function check(node: Node, value: unknown, at: string, errors: string[]): void {
  if (isExpression(value)) return;
  switch (node.$type) {
    case "AnyType":
      return;
    case "StringType":
      if (typeof value !== "string") return void errors.push(`${at}: expected a string, got ${describe(value)}`);
      if (node.minLength !== undefined && value.length < node.minLength) errors.push(`${at}: shorter than ${node.minLength}`);
      if (node.maxLength !== undefined && value.length > node.maxLength) errors.push(`${at}: longer than ${node.maxLength}`);
      if (node.pattern && !new RegExp(node.pattern).test(value)) errors.push(`${at}: ${describe(value)} does not match ${node.pattern}`);
      return;
    case "StringLiteralType":
      if (value !== node.value) errors.push(`${at}: expected ${JSON.stringify(node.value)}, got ${describe(value)}`);
      return;
    case "IntegerType":
      if (typeof value !== "number" || !Number.isInteger(value)) return void errors.push(`${at}: expected an integer, got ${describe(value)}`);
      if (node.minValue !== undefined && value < node.minValue) errors.push(`${at}: below ${node.minValue}`);
      if (node.maxValue !== undefined && value > node.maxValue) errors.push(`${at}: above ${node.maxValue}`);
      return;
    case "BooleanType":
      if (typeof value !== "boolean") errors.push(`${at}: expected a boolean, got ${describe(value)}`);
      return;
    case "ArrayType":
      if (!Array.isArray(value)) return void errors.push(`${at}: expected an array, got ${describe(value)}`);
      if (node.minLength !== undefined && value.length < node.minLength) errors.push(`${at}: fewer than ${node.minLength} items`);
      if (node.maxLength !== undefined && value.length > node.maxLength) errors.push(`${at}: more than ${node.maxLength} items`);
      value.forEach((item, i) => check(deref(node.itemType), item, `${at}[${i}]`, errors));
      return;
    case "UnionType": {
      // ARM's open enums ('A' | 'B' | string) accept any string at azapi's plan-time check, but the
      // resource provider rejects unknown values: this check is stricter and wants one of the literals.
      const members = node.elements.map(deref);
      const openEnum = members.filter((n) => n.$type === "StringLiteralType");
      const plain = members.filter((n) => n.$type === "StringType" && !n.pattern);
      if (openEnum.length > 0 && plain.length === 1 && openEnum.length + 1 === members.length && typeof value === "string") {
        const allowed = openEnum.map((n) => (n as { value: string }).value);
        if (!allowed.includes(value)) errors.push(`${at}: ${describe(value)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
        return;
      }
      const attempts = node.elements.map((ref) => {
        const e: string[] = [];
        check(deref(ref), value, at, e);
        return e;
      });
      if (attempts.some((e) => e.length === 0)) return;
      const literals = node.elements.map(deref).filter((n): n is Extract<Node, { $type: "StringLiteralType" }> => n.$type === "StringLiteralType");
      if (literals.length === node.elements.length) {
        errors.push(`${at}: ${describe(value)} is not one of ${literals.map((l) => JSON.stringify(l.value)).join(", ")}`);
      } else {
        errors.push(...attempts.reduce((a, b) => (b.length < a.length ? b : a)));
      }
      return;
    }
    case "ObjectType":
      checkObject(node.properties, node.additionalProperties, value, at, errors);
      return;
    case "DiscriminatedObjectType": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return void errors.push(`${at}: expected an object, got ${describe(value)}`);
      const tag = (value as Record<string, unknown>)[node.discriminator];
      const element = typeof tag === "string" ? node.elements[tag] : undefined;
      if (!element) {
        return void errors.push(`${at}.${node.discriminator}: ${describe(tag)} is not one of ${Object.keys(node.elements).map((k) => JSON.stringify(k)).join(", ")}`);
      }
      const el = deref(element) as Extract<Node, { $type: "ObjectType" }>;
      checkObject({ ...node.baseProperties, ...el.properties }, el.additionalProperties, value, at, errors);
      return;
    }
    default:
      errors.push(`${at}: cannot validate a ${node.$type}`);
  }
}

function checkObject(properties: Record<string, Prop>, additional: Ref | undefined, value: unknown, at: string, errors: string[], skip: readonly string[] = []): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void errors.push(`${at}: expected an object, got ${describe(value)}`);
  const obj = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(obj)) {
    const where = at ? `${at}.${key}` : key;
    const prop = properties[key];
    if (!prop) {
      if (additional) check(deref(additional), v, where, errors);
      else errors.push(`${where}: unknown property`);
      continue;
    }
    if ((prop.flags & FLAG_READ_ONLY) !== 0) {
      errors.push(`${where}: read-only property`);
      continue;
    }
    if (v === null) continue;
    check(deref(prop.type), v, where, errors);
  }
  for (const [key, prop] of Object.entries(properties)) {
    if ((prop.flags & FLAG_REQUIRED) !== 0 && (prop.flags & FLAG_READ_ONLY) === 0 && !(key in obj) && !skip.includes(key)) {
      errors.push(`${at ? `${at}.` : ""}${key}: required property missing`);
    }
  }
}

/** The resource types the fixture defines, e.g. `Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01`. */
export function knownResourceTypes(): string[] {
  return allTypes()
    .filter((n): n is Extract<Node, { $type: "ResourceType" }> => n.$type === "ResourceType")
    .map((n) => n.name);
}

/**
 * Validates what an `azapi_resource` sends: its body plus the top-level arguments azapi merges into
 * it (`location`, `tags`, `identity`). Returns the problems found, empty when the body is valid.
 * `name`, `type`, `apiVersion` and `id` come from the resource's own arguments and are not expected.
 */
export function validateAzapiBody(resourceType: string, body: unknown, topLevel: { location?: unknown; tags?: unknown; identity?: unknown } = {}): string[] {
  const resource = allTypes().find((n) => n.$type === "ResourceType" && n.name === resourceType) as Extract<Node, { $type: "ResourceType" }> | undefined;
  if (!resource) return [`${resourceType}: not a resource type of the fixture`];
  const root = deref(resource.body) as Extract<Node, { $type: "ObjectType" }>;
  const merged: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if (topLevel.location !== undefined) merged.location = topLevel.location;
  if (topLevel.tags !== undefined) merged.tags = topLevel.tags;
  if (topLevel.identity !== undefined) merged.identity = normalizeIdentity(topLevel.identity);
  const errors: string[] = [];
  checkObject(root.properties, root.additionalProperties, merged, "", errors, ["name", "type", "apiVersion", "id"]);
  return errors;
}

/** Validates a partial body (as `azapi_update_resource` sends): only what is present is checked. */
export function validatePartialBody(resourceType: string, body: unknown): string[] {
  return validateAzapiBody(resourceType, body).filter((e) => !e.endsWith("required property missing"));
}

/** The identity block (`[{ type, identity_ids }]`) in ARM's shape. */
function normalizeIdentity(identity: unknown): unknown {
  const block = (Array.isArray(identity) ? identity[0] : identity) as { type?: string; identity_ids?: string[] } | undefined;
  if (!block) return undefined;
  const out: Record<string, unknown> = { type: block.type };
  if (block.identity_ids) out.userAssignedIdentities = Object.fromEntries(block.identity_ids.map((id) => [id, {}]));
  return out;
}

/** Validates every `azapi_resource` and `azapi_update_resource` in a synthesized stack. */
export function validateAllAzapiBodies(synthesized: { resource?: Record<string, Record<string, Record<string, unknown>>> }): string[] {
  const errors: string[] = [];
  for (const [name, r] of Object.entries(synthesized.resource?.azapi_resource ?? {})) {
    errors.push(...validateAzapiBody(r.type as string, r.body ?? {}, { location: r.location, tags: r.tags, identity: r.identity }).map((e) => `${name}: ${e}`));
  }
  for (const [name, r] of Object.entries(synthesized.resource?.azapi_update_resource ?? {})) {
    errors.push(...validatePartialBody(r.type as string, r.body ?? {}).map((e) => `${name}: ${e}`));
  }
  return errors;
}
