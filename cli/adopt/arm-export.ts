/**
 * Reads what `az group export` writes (an ARM deployment template) into a flat list of resources
 * with their names resolved: parameters by `defaultValue`, variables, and the template functions
 * exports use (`resourceId`, `concat`, `format`, `toLower`, `subscription()`, `resourceGroup()`).
 * Secret values are taken out here, before anything else sees the export.
 */
import { redactSecrets, type RedactedSecret } from "./secrets";

/** One clear error about the input; the command prints it and writes nothing. */
export class AdoptError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "AdoptError";
  }
}

/** Where the adopted resources are: an export does not say (its ids are relative). */
export interface ExportScope {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
}

/** One resource of the export, child resources flattened (`type` "a/b/c", `name` "x/y"). */
export interface ExportedResource {
  /** The type as written in the export (its case varies: `microsoft.insights/components`). */
  readonly type: string;
  /** The type in lower case, for lookups. */
  readonly typeKey: string;
  /** The full name, `parent/child` for child resources. */
  readonly name: string;
  /** ARM id in the resource group of the scope (type segments as written in the export). */
  readonly id: string;
  readonly location?: string;
  readonly kind?: string;
  readonly sku?: Record<string, unknown>;
  readonly identity?: Record<string, unknown>;
  readonly tags: Record<string, string>;
  readonly properties: Record<string, unknown>;
  /** Other fields of the resource (`zones`, `extendedLocation`, `plan`...), which no construct sets. */
  readonly otherFields: Record<string, unknown>;
  /** Where it is in the input, for messages: `resources[3]`. */
  readonly source: string;
}

export interface ParsedExport {
  readonly resources: readonly ExportedResource[];
  /** Secret values found and left out (path only, never the value). */
  readonly secrets: readonly RedactedSecret[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The ARM id of a resource from its type (`Ns/t1/t2`) and full name (`n1/n2`). */
export function armIdOf(scope: ExportScope, type: string, name: string): string {
  const [ns, ...types] = type.split("/");
  const names = name.split("/");
  if (types.length !== names.length) throw new AdoptError(`resource type ${type} needs ${types.length} name segment(s), got "${name}"`);
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroupName}/providers/${ns}/${types.map((t, i) => `${t}/${names[i]}`).join("/")}`;
}

// ---- ARM template expressions: the subset `az group export` writes ----

interface Ctx {
  readonly scope: ExportScope;
  readonly parameters: Record<string, Json>;
  readonly variables: Record<string, Json>;
  readonly where: string;
}

function tokenize(src: string, where: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new AdoptError(`${where}: unterminated string in expression [${src}]`);
        if (src[i] === "'" && src[i + 1] === "'") (s += "'"), (i += 2);
        else if (src[i] === "'") break;
        else s += src[i++];
      }
      i++;
      tokens.push(`'${s}`);
    } else if ("(),.[]".includes(c)) tokens.push(c), i++;
    else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*|^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) throw new AdoptError(`${where}: cannot read the expression [${src}] at "${src.slice(i)}"`);
      tokens.push(m[0]);
      i += m[0].length;
    }
  }
  return tokens;
}

function evaluateExpression(src: string, ctx: Ctx): Json {
  const tokens = tokenize(src, ctx.where);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string) => {
    const t = tokens[pos++];
    if (expected !== undefined && t !== expected) throw new AdoptError(`${ctx.where}: expected "${expected}" in expression [${src}]`);
    return t;
  };
  const value = (): Json => {
    const t = take();
    if (t === undefined) throw new AdoptError(`${ctx.where}: incomplete expression [${src}]`);
    let v: Json;
    if (t.startsWith("'")) v = t.slice(1);
    else if (/^-?\d/.test(t)) v = Number(t);
    else if (t === "true" || t === "false") v = t === "true";
    else {
      take("(");
      const args: Json[] = [];
      while (peek() !== ")") {
        args.push(value());
        if (peek() === ",") take();
      }
      take(")");
      v = call(t, args);
    }
    for (;;) {
      if (peek() === ".") {
        take();
        const prop = take();
        v = member(v, prop);
      } else if (peek() === "[") {
        take();
        const key = value();
        take("]");
        v = member(v, String(key));
      } else return v;
    }
  };
  const member = (v: Json, prop: string): Json => {
    if (v && typeof v === "object" && !Array.isArray(v) && prop in v) return v[prop];
    if (Array.isArray(v) && /^\d+$/.test(prop)) return v[Number(prop)];
    throw new AdoptError(`${ctx.where}: expression [${src}] reads "${prop}", which is not there`);
  };
  const str = (args: Json[]) => args.map((a) => (typeof a === "string" ? a : JSON.stringify(a)));
  const call = (fn: string, args: Json[]): Json => {
    switch (fn.toLowerCase()) {
      case "parameters": {
        const name = String(args[0]);
        if (!(name in ctx.parameters)) throw new AdoptError(`${ctx.where}: parameter "${name}" has no defaultValue in the export (export again without --skip-all-params, or give it a default)`);
        return ctx.parameters[name];
      }
      case "variables": {
        const name = String(args[0]);
        if (!(name in ctx.variables)) throw new AdoptError(`${ctx.where}: variable "${name}" is not defined in the export`);
        return ctx.variables[name];
      }
      case "concat":
        return args.every(Array.isArray) ? (args as Json[][]).flat() : str(args).join("");
      case "format":
        return String(args[0]).replace(/\{(\d+)\}/g, (_, i) => str([args[Number(i) + 1]])[0]);
      case "tolower":
        return String(args[0]).toLowerCase();
      case "toupper":
        return String(args[0]).toUpperCase();
      case "subscription":
        return { subscriptionId: ctx.scope.subscriptionId, id: `/subscriptions/${ctx.scope.subscriptionId}` };
      case "resourcegroup":
        return { name: ctx.scope.resourceGroupName, id: `/subscriptions/${ctx.scope.subscriptionId}/resourceGroups/${ctx.scope.resourceGroupName}` };
      case "resourceid": {
        const s = str(args);
        const typeAt = s.findIndex((a) => a.includes("/"));
        if (typeAt < 0) throw new AdoptError(`${ctx.where}: resourceId() without a resource type in [${src}]`);
        const scope = { subscriptionId: typeAt >= 2 ? s[typeAt - 2] : ctx.scope.subscriptionId, resourceGroupName: typeAt >= 1 ? s[typeAt - 1] : ctx.scope.resourceGroupName };
        return armIdOf(scope, s[typeAt], s.slice(typeAt + 1).join("/"));
      }
      default:
        throw new AdoptError(`${ctx.where}: the template function ${fn}() in [${src}] is not one an export writes; resolve it in the file first`);
    }
  };
  const result = value();
  if (pos !== tokens.length) throw new AdoptError(`${ctx.where}: cannot read the end of expression [${src}]`);
  return result;
}

/** Resolves every template expression in a JSON value (`"[...]"` strings; `"[[..."` is a literal). */
function resolveDeep(v: Json, ctx: Ctx): Json {
  if (typeof v === "string") {
    if (v.startsWith("[[")) return v.slice(1);
    if (v.startsWith("[") && v.endsWith("]")) return evaluateExpression(v.slice(1, -1), ctx);
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => resolveDeep(x, ctx));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveDeep(x, ctx)]));
  return v;
}

/** Fields of a template resource that are read into ExportedResource or are template mechanics. */
const TEMPLATE_FIELDS = new Set(["type", "apiVersion", "name", "location", "kind", "sku", "identity", "tags", "properties", "dependsOn", "resources", "comments", "condition", "copy", "scope"]);

const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Parses an export. `details` are `az resource show` outputs (objects or arrays of them): their
 * properties are merged over the export's (the export leaves some settings out).
 */
export function parseExport(text: string, scope: ExportScope, file = "export", detailsText?: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new AdoptError(`${file} is not JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw) || !Array.isArray(raw.resources) || typeof raw.$schema !== "string" || !/deploymentTemplate\.json/i.test(raw.$schema)) {
    throw new AdoptError(`${file} is not an ARM template export: expected the JSON that "az group export --name <resource-group>" writes ($schema .../deploymentTemplate.json# and a resources list)`);
  }
  const redacted = redactSecrets(raw as Json, "");
  const template = redacted.value as Record<string, Json>;
  const secrets = [...redacted.secrets];

  const parameters: Record<string, Json> = {};
  for (const [name, p] of Object.entries(isObject(template.parameters) ? template.parameters : {})) {
    if (isObject(p) && "defaultValue" in p) parameters[name] = p.defaultValue;
  }
  const variablesRaw = isObject(template.variables) ? template.variables : {};
  const ctx0: Ctx = { scope, parameters, variables: {}, where: `${file}: variables` };
  const variables: Record<string, Json> = {};
  for (const [name, v] of Object.entries(variablesRaw)) variables[name] = resolveDeep(v, { ...ctx0, variables });

  let details: Record<string, Json>[] = [];
  if (detailsText !== undefined) {
    let d: unknown;
    try {
      d = JSON.parse(detailsText.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new AdoptError(`the details file is not JSON: ${(e as Error).message}`);
    }
    const list = Array.isArray(d) ? d : [d];
    if (!list.every((x) => isObject(x) && typeof x.id === "string")) throw new AdoptError('the details file must hold what "az resource show --ids ..." writes: objects with an "id"');
    const r = redactSecrets(list as Json, "details");
    secrets.push(...r.secrets);
    details = r.value as Record<string, Json>[];
  }
  const detailById = new Map(details.map((d) => [String(d.id).toLowerCase(), d]));

  const resources: ExportedResource[] = [];
  const visit = (list: Json[], parent: { type: string; name: string } | undefined, path: string) => {
    list.forEach((r, i) => {
      const where = `${file}: ${path}[${i}]`;
      if (!isObject(r)) throw new AdoptError(`${where} is not a resource object`);
      const ctx: Ctx = { scope, parameters, variables, where };
      const typeRaw = resolveDeep(r.type ?? null, ctx);
      const nameRaw = resolveDeep(r.name ?? null, ctx);
      if (typeof typeRaw !== "string" || typeof nameRaw !== "string") throw new AdoptError(`${where} has no type and name`);
      const type = parent && !typeRaw.startsWith(parent.type.split("/")[0] + "/") ? `${parent.type}/${typeRaw}` : typeRaw;
      const name = parent && type.split("/").length - 1 > nameRaw.split("/").length ? `${parent.name}/${nameRaw}` : nameRaw;
      const id = armIdOf(scope, type, name);
      const detail = detailById.get(id.toLowerCase());
      const props = resolveDeep(r.properties ?? {}, ctx);
      const merged = detail && isObject(detail.properties) ? { ...(isObject(props) ? props : {}), ...(detail.properties as Record<string, Json>) } : props;
      const tags = resolveDeep(r.tags ?? {}, ctx);
      resources.push({
        type,
        typeKey: type.toLowerCase(),
        name,
        id,
        location: typeof r.location === "string" ? String(resolveDeep(r.location, ctx)) : undefined,
        kind: typeof r.kind === "string" ? String(resolveDeep(r.kind, ctx)) : undefined,
        sku: isObject(r.sku) ? (resolveDeep(r.sku, ctx) as Record<string, unknown>) : undefined,
        identity: isObject(r.identity) ? (resolveDeep(r.identity, ctx) as Record<string, unknown>) : undefined,
        tags: isObject(tags) ? (Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {},
        properties: isObject(merged) ? merged : {},
        otherFields: Object.fromEntries(Object.entries(r).filter(([k]) => !TEMPLATE_FIELDS.has(k)).map(([k, v]) => [k, resolveDeep(v, ctx)])),
        source: `${path}[${i}]`,
      });
      if (Array.isArray(r.resources)) visit(r.resources, { type, name }, `${path}[${i}].resources`);
    });
  };
  visit(template.resources as Json[], undefined, "resources");
  return { resources, secrets };
}
