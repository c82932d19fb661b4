/**
 * Builds the adoption plan in memory with the library's constructs, compares what they synthesize
 * with what the export holds, attribute by attribute, and turns every difference into a setting
 * kept as found; then runs the rule pack on the result and records each finding as a suppression
 * "adopted as found". What is written afterwards is this same structure as code.
 */
import type { IConstruct } from "constructs";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { AiHub, AiProject, AiServicesAccount, BatchEndpoint, BlobDatastore, ComputeCluster, ComputeInstance, OnlineEndpoint, ServicePrivateEndpoint, Workspace, addAzureProviders, evaluateRulePack, suppressRule } from "../../constructs";
import { Testing, TerraformResource, TerraformStack } from "../../constructs/core/engine";
import { keptMember, snakeToCamel } from "./names";
import { AdoptError, type ExportedResource, type ExportScope } from "./arm-export";
import { NEVER_EXPORTED, expectedAttributes, isComputed } from "./expected-settings";
import { isRef, ref, type AdoptedFinding, type Adoption, type Expr, type KeptSetting, type Step, type UnknownSetting } from "./model";
import type { EstatePlan } from "./plan-estate";

type P = Record<string, any>;

const CLASSES: Record<string, new (scope: any, id: string, props: any) => unknown> = {
  AiHub,
  AiProject,
  AiServicesAccount,
  BatchEndpoint,
  BlobDatastore,
  ComputeCluster,
  ComputeInstance,
  OnlineEndpoint,
  PrivateDnsZone,
  PrivateDnsZoneVirtualNetworkLink,
  ServicePrivateEndpoint,
  UserAssignedIdentity,
  Workspace,
};

/** Terraform meta-arguments and cdktf metadata: not settings. */
const META = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each", "provisioner", "connection", "timeouts", "import"]);


/** Block values in the provider class's shape: camelCase keys, recursively. */
export function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [snakeToCamel(k), camelKeys(x)]));
  return v;
}

/** Follows a member path such as `storageAccount!.id` or `outboundRules[0].resource`. */
export function follow(root: unknown, path: string): any {
  let cur: any = root;
  for (const part of path.split(".").filter(Boolean)) {
    const m = /^([A-Za-z0-9_]+)!?((?:\[\d+\])*)!?$/.exec(part);
    if (!m) throw new Error(`cannot follow ${path}`);
    cur = cur?.[m[1]];
    for (const i of m[2].match(/\d+/g) ?? []) cur = cur?.[Number(i)];
  }
  return cur;
}

function resolveExpr(e: Expr, vars: Record<string, unknown>): unknown {
  if (isRef(e)) {
    if (!(e.$ref in vars)) throw new Error(`reference to ${e.$ref} before it is made`);
    return e.member ? follow(vars[e.$ref], e.member) : vars[e.$ref];
  }
  if (Array.isArray(e)) return e.map((x) => resolveExpr(x, vars));
  if (e && typeof e === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(e)) {
      const r = resolveExpr(x as Expr, vars);
      if (r !== undefined) out[k] = r;
    }
    return out;
  }
  return e;
}

interface Built {
  readonly stack: TerraformStack;
  readonly vars: Record<string, unknown>;
  resourceOf(a: { step: string; accessor: string }): TerraformResource;
}

/** Builds the plan in a fresh app; `kept` and `findings` apply what the written code applies. */
export function buildInMemory(plan: { stackName: string; subscriptionId: string; steps: readonly Step[]; adoptions: readonly Adoption[] }, kept: readonly KeptSetting[] = [], findings: readonly AdoptedFinding[] = []): Built {
  const app = Testing.app();
  const stack = new TerraformStack(app, plan.stackName);
  addAzureProviders(stack, { subscriptionId: plan.subscriptionId });
  const vars: Record<string, unknown> = {};
  for (const s of plan.steps) {
    const props = resolveExpr(s.props, vars);
    try {
      if (s.via) vars[s.varName] = (vars[s.via.target] as any)[s.via.method](s.id, props);
      else vars[s.varName] = new CLASSES[s.className](stack, s.id, props);
    } catch (e) {
      throw new AdoptError(`${s.about.source} (${s.about.type} ${s.about.name}): ${s.className} does not accept what the export holds: ${(e as Error).message}`);
    }
  }
  const resourceOf = (a: { step: string; accessor: string }): TerraformResource => {
    const r = a.accessor ? follow(vars[a.step], a.accessor) : vars[a.step];
    if (!(r instanceof TerraformResource)) throw new Error(`${a.step}.${a.accessor} is not a resource`);
    return r;
  };
  for (const a of plan.adoptions) resourceOf(a).importFrom(a.importFromId);
  for (const s of plan.steps) if (s.preventDestroy) follow(vars[s.varName], s.preventDestroy).lifecycle = { preventDestroy: true };
  for (const k of kept) {
    const r = resourceOf(k) as any;
    const value = resolveExpr(k.value as Expr, vars);
    if (k.action === "set") r[keptMember(k)] = value;
    else if (k.action === "put") r[keptMember(k)](value);
    else r[keptMember(k)]();
  }
  for (const f of findings) suppressRule(f.accessor ? follow(vars[f.step], f.accessor) : (vars[f.step] as IConstruct), f.ruleId, adoptedReason(f.ruleId, f.cause));
  return { stack, vars, resourceOf };
}

/** Findings on what an export cannot show: the reason says so instead of claiming it was found. */
const NOT_IN_EXPORT: Record<string, string> = {
  "AML-WS-03": "diagnostic settings are extension resources, not in an export: check the workspace's Diagnostic settings",
  "AML-KV-07": "diagnostic settings are extension resources, not in an export: check the vault's Diagnostic settings",
  "AML-SA-14": "queue logging is data-plane, not in an export: check the account's diagnostic logging",
};

export function adoptedReason(ruleId: string, cause: string): string {
  return `adopted as found: ${cause}${NOT_IN_EXPORT[ruleId] ? ` (${NOT_IN_EXPORT[ruleId]})` : ""}`;
}

const addressOf = (r: TerraformResource) => `${r.terraformResourceType}.${TerraformStack.of(r).getLogicalId(r)}`;

function synthesized(stack: TerraformStack): P {
  return JSON.parse(Testing.synth(stack, false)) as P;
}

function resourceJson(json: P, address: string): P {
  const [type, lid] = address.split(".");
  return json.resource?.[type]?.[lid] ?? {};
}

/** Replaces `${type.lid.id}` of adopted resources by their ARM ids (and `.name` by the name), for comparing. */
function normalizer(addresses: Map<string, { importId: string; name: string }>) {
  const norm = (v: unknown): unknown => {
    if (typeof v === "string") {
      const m = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_]+)\.(id|name)\}$/.exec(v);
      const hit = m && addresses.get(m[1]);
      if (hit) return m![2] === "id" ? hit.importId : hit.name;
      return v;
    }
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
    return v;
  };
  return norm;
}

/** Equal as Terraform compares them: ARM ids without regard to case, sets of strings in any order. */
export function sameSetting(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.startsWith("/subscriptions/") || b.startsWith("/subscriptions/") ? a.toLowerCase() === b.toLowerCase() : a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (a.every((x) => typeof x === "string") && b.every((x) => typeof x === "string")) {
      const [x, y] = [[...a].sort(), [...b].sort()];
      return x.every((v, i) => sameSetting(v, y[i]));
    }
    return a.every((v, i) => sameSetting(v, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    // An empty list and no list are the same setting (azurerm reads an unset set back as empty).
    const given = (o: P, k: string) => o[k] !== undefined && !(Array.isArray(o[k]) && o[k].length === 0);
    const ka = Object.keys(a).filter((k) => given(a as P, k));
    const kb = Object.keys(b).filter((k) => given(b as P, k));
    return ka.length === kb.length && ka.every((k) => sameSetting((a as P)[k], (b as P)[k]));
  }
  return a === b;
}

/** One attribute of an adopted resource whose synthesized value is not the exported one. */
export interface SettingDifference {
  readonly address: string;
  readonly attribute: string;
  readonly synthesized: unknown;
  readonly exported: unknown;
  /** The export says the setting is off, which azurerm writes as the attribute unset. */
  readonly foundOff?: true;
  /** An azapi argument an import does not read back. */
  readonly notReadBack?: true;
}

/** azapi arguments that `terraform import` leaves null: set in code, a plan after import shows them as a change. */
const NOT_READ_BACK = ["locks", "replace_triggers_refs", "ignore_body_changes", "response_export_values"];

const isBlock = (attribute: string, v: unknown) => attribute !== "tags" && ((v !== null && typeof v === "object" && !Array.isArray(v)) || (Array.isArray(v) && v.some((x) => x !== null && typeof x === "object")));

/** The body an azapi resource must have: the synthesized one with each leaf as exported, leaves the export lacks removed. */
function bodyAsFound(body: unknown, found: unknown, ignored: readonly string[], path = ""): unknown {
  if (ignored.includes(path.replace(/^\./, ""))) return body;
  if (body && typeof body === "object" && !Array.isArray(body)) {
    if (!found || typeof found !== "object" || Array.isArray(found)) return found;
    // A placeholder ({}: an endpoint's traffic, set by its own update) takes the value found.
    if (!Object.keys(body).length) return Object.fromEntries(Object.entries(found as P).filter(([, v]) => v !== null));
    const out: P = {};
    for (const [k, v] of Object.entries(body)) {
      if (!(k in (found as P))) continue;
      const x = bodyAsFound(v, (found as P)[k], ignored, `${path}.${k}`);
      if (x !== undefined) out[k] = x;
    }
    return out;
  }
  return found;
}

function foundBody(r: ExportedResource): P {
  return Object.fromEntries(Object.entries({ kind: r.kind, sku: r.sku, properties: r.properties }).filter(([, v]) => v !== undefined));
}

export interface Reconciled {
  readonly kept: KeptSetting[];
  readonly findings: AdoptedFinding[];
  readonly created: { address: string; why: string }[];
  readonly unknownSettings: UnknownSetting[];
  /** Properties of adopted azapi resources that the body does not write (azapi leaves them as they are). */
  readonly bodyNotCarriedOver: { step: string; accessor: string; resource: string; property: string; value: unknown }[];
}

/** What Azure reports about an Azure ML resource, not settings of it. */
const READ_ONLY = new Set(["provisioningState", "scoringUri", "swaggerUri", "status", "createdOn", "modifiedOn", "isAttachedCompute", "provisioningErrors", "computeLocation", "resourceId", "createdBy", "createdDate", "errors", "state", "osImageMetadata", "connectivityEndpoints", "applications", "lastOperation", "versions", "dataMounts", "containers"]);

/** Top-level properties (and the inner `properties` of computes) of an azapi resource that its body leaves out. */
function bodyLeavesOut(found: P, body: P): { property: string; value: unknown }[] {
  const out: { property: string; value: unknown }[] = [];
  const walk = (f: P | undefined, b: P | undefined, prefix: string) => {
    for (const [k, v] of Object.entries(f ?? {})) {
      if (READ_ONLY.has(k) || v === null || v === undefined || (typeof v === "object" && !Array.isArray(v) && !Object.keys(v as P).length)) continue;
      if (k === "properties" && prefix === "properties." && v && typeof v === "object") walk(v as P, b?.[k] as P | undefined, `${prefix}properties.`);
      else if (!b || !(k in b)) out.push({ property: `${prefix}${k}`, value: v });
    }
  };
  walk(found, body, "properties.");
  return out;
}

/** The differences between the synthesized stack and the export, for every adopted resource. */
export function settingDifferences(json: P, adoptions: readonly (Adoption & { address: string })[], estate: EstatePlan, scope: ExportScope): SettingDifference[] {
  const norm = normalizer(new Map(adoptions.map((a) => [a.address, { importId: a.importId, name: a.resource.name.split("/").pop()! }])));
  const diffs: SettingDifference[] = [];
  for (const a of adoptions) {
    const res = resourceJson(json, a.address);
    if (a.terraformType === "azapi_resource") {
      // azapi's own arguments are not read back by an import: the adopted code leaves them out (and
      // with them ignore_body_changes, so the body is compared whole).
      for (const attr of NOT_READ_BACK) if (attr in res) diffs.push({ address: a.address, attribute: attr, synthesized: res[attr], exported: undefined, notReadBack: true });
      const body = res.body ?? {};
      const want = bodyAsFound(body, foundBody(a.resource), []);
      if (!sameSetting(norm(body), want)) diffs.push({ address: a.address, attribute: "body", synthesized: body, exported: want });
      // The attributes beside the body come from the construct's props, which the plan fills from the export.
      if (!sameSetting(res.tags ?? {}, a.resource.tags)) diffs.push({ address: a.address, attribute: "tags", synthesized: res.tags, exported: a.resource.tags });
      const identity = (a.resource.identity as P | undefined)?.type;
      const synthIdentity = (Array.isArray(res.identity) ? res.identity[0] : res.identity)?.type;
      if ((identity && identity !== "None" ? String(identity).replace(/\s*,\s*/, ", ") : undefined) !== synthIdentity) diffs.push({ address: a.address, attribute: "identity", synthesized: res.identity, exported: a.resource.identity });
      continue;
    }
    const expected = expectedAttributes(a.terraformType, a.resource, estate.index, { ...scope, workspaceId: workspaceOf(a.resource, estate) });
    for (const [attr, e] of Object.entries(expected)) {
      const has = attr in res;
      if (e.unset) {
        if (has) diffs.push({ address: a.address, attribute: attr, synthesized: res[attr], exported: undefined, foundOff: true });
        continue;
      }
      if (has ? sameSetting(norm(res[attr]), e.value) : e.providerDefault !== undefined && sameSetting(e.value, e.providerDefault)) continue;
      diffs.push({ address: a.address, attribute: attr, synthesized: res[attr], exported: e.value });
    }
    for (const attr of Object.keys(res)) {
      if (META.has(attr) || attr in expected) continue;
      diffs.push({ address: a.address, attribute: attr, synthesized: res[attr], exported: undefined });
    }
  }
  return diffs;
}

function workspaceOf(r: ExportedResource, estate: EstatePlan): string | undefined {
  for (const [w, id] of estate.workspaceIdOf) if (r.name.startsWith(`${w.name}/`)) return id;
  return undefined;
}

export function reconcile(plan: { stackName: string; subscriptionId: string; steps: readonly Step[]; adoptions: readonly Adoption[] }, estate: EstatePlan, scope: ExportScope): Reconciled {
  const first = buildInMemory(plan);
  const withAddress = plan.adoptions.map((a) => ({ ...a, address: addressOf(first.resourceOf(a)) }));
  const json = synthesized(first.stack);
  // ARM ids of adopted resources in kept values become references to them (made before the value's step).
  const stepIndex = new Map(plan.steps.map((s, i) => [s.varName, i]));
  const reref = (v: unknown, before: string): unknown => {
    if (typeof v === "string" && v.startsWith("/subscriptions/")) {
      const hit = withAddress.find((x) => x.importId.toLowerCase() === v.toLowerCase() && stepIndex.get(x.step)! <= stepIndex.get(before)!);
      return hit ? ref(hit.step, hit.accessor ? `${hit.accessor}.id` : "id") : v;
    }
    if (Array.isArray(v)) return v.map((x) => reref(x, before));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reref(x, before)]));
    return v;
  };
  const kept: KeptSetting[] = [];
  const unknownSettings: UnknownSetting[] = [];
  for (const d of settingDifferences(json, withAddress, estate, scope)) {
    const a = withAddress.find((x) => x.address === d.address)!;
    const resource = first.resourceOf(a) as any;
    if (d.exported === undefined && !d.notReadBack) {
      if (typeof resource[keptMember({ action: "reset", attribute: d.attribute })] !== "function") throw new Error(`${d.address}: ${d.attribute} is required but the export does not hold it`);
      kept.push({ step: a.step, accessor: a.accessor, attribute: d.attribute, action: "reset", constructValue: d.synthesized, ...(d.foundOff ? { foundOff: true as const } : { computed: isComputed(a.terraformType, d.attribute) }) });
      if (!d.foundOff) unknownSettings.push({ address: d.address, attribute: d.attribute, computed: isComputed(a.terraformType, d.attribute) });
    } else if (d.notReadBack) {
      kept.push({ step: a.step, accessor: a.accessor, attribute: d.attribute, action: "set", value: undefined, constructValue: d.synthesized, notReadBack: true });
    } else if (a.terraformType === "azapi_resource" && d.attribute !== "body") {
      throw new AdoptError(`${a.resource.source} (${a.resource.type} ${a.resource.name}): its ${d.attribute} is not what ${a.asWhat} writes from the export (${JSON.stringify(d.exported)})`);
    } else if (a.terraformType === "azapi_resource") {
      kept.push({ step: a.step, accessor: a.accessor, attribute: "body", action: "set", value: reref(d.exported, a.step), constructValue: d.synthesized });
    } else if (isBlock(d.attribute, d.exported)) {
      kept.push({ step: a.step, accessor: a.accessor, attribute: d.attribute, action: "put", value: reref(camelKeys(d.exported), a.step), constructValue: d.synthesized });
    } else {
      kept.push({ step: a.step, accessor: a.accessor, attribute: d.attribute, action: "set", value: reref(d.exported, a.step), constructValue: d.synthesized });
    }
  }

  for (const a of withAddress) for (const n of NEVER_EXPORTED[a.terraformType] ?? []) unknownSettings.push({ address: a.address, attribute: n.attribute, computed: false, assumed: n.assumed });

  // Built again with the kept settings: nothing may differ any more.
  const second = buildInMemory(plan, kept);
  const json2 = synthesized(second.stack);
  const left = settingDifferences(json2, withAddress, estate, scope);
  if (left.length) throw new Error(`settings still differ after adoption: ${left.map((d) => `${d.address}.${d.attribute}`).join(", ")}`);

  // What the code creates that the export does not hold.
  const adopted = new Set(withAddress.map((a) => a.address));
  const created: { address: string; why: string }[] = [];
  for (const [type, byId] of Object.entries((json2.resource ?? {}) as P)) {
    for (const [lid, res] of Object.entries(byId as P)) {
      const address = `${type}.${lid}`;
      if (adopted.has(address)) continue;
      created.push({ address, why: createdWhy(type, res as P, withAddress) });
    }
  }

  // The rule pack on the estate as found: each finding becomes a suppression "adopted as found".
  const report = evaluateRulePack(second.stack);
  const byPath = new Map(withAddress.map((a) => [second.resourceOf(a).node.path, a]));
  const findings: AdoptedFinding[] = report.findings.map((f) => {
    const a = byPath.get(f.path);
    if (a) return { step: a.step, accessor: a.accessor, ruleId: f.ruleId, address: f.address, cause: f.cause, fix: f.fix };
    const s = plan.steps.find((x) => f.path.startsWith(`${(second.vars[x.varName] as IConstruct).node.path}/`));
    return { step: s!.varName, accessor: "", ruleId: f.ruleId, address: f.address, cause: f.cause, fix: f.fix };
  });
  const unique = findings.filter((f, i) => findings.findIndex((g) => g.step === f.step && g.accessor === f.accessor && g.ruleId === f.ruleId) === i);
  const bodyNotCarriedOver = withAddress
    .filter((a) => a.terraformType === "azapi_resource")
    .flatMap((a) => bodyLeavesOut(a.resource.properties as P, (resourceJson(json2, a.address).body ?? {}).properties ?? {}).map((n) => ({ step: a.step, accessor: a.accessor, resource: a.resource.name, ...n })));
  return { kept, findings: unique, created, unknownSettings, bodyNotCarriedOver };
}

function leaves(v: unknown, path = ""): [string, unknown][] {
  if (v && typeof v === "object" && !Array.isArray(v)) return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  return [[path, v]];
}

function createdWhy(type: string, res: P, adoptions: readonly (Adoption & { address: string })[]): string {
  if (type === "azapi_update_resource") {
    const target = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_]+)\.id\}$/.exec(String(res.resource_id ?? ""));
    const a = target && adoptions.find((x) => x.address === target[1]);
    const found = a ? foundBody(a.resource) : {};
    const writes = leaves(res.body ?? {}).filter(([, v]) => !(typeof v === "string" && v.startsWith("${")));
    const changes = writes.filter(([p, v]) => {
      const f = leaves(found).find(([q]) => q === p)?.[1];
      return !sameSetting(typeof f === "string" && typeof v === "string" ? f.toLowerCase() : f, typeof v === "string" && typeof f === "string" ? v.toLowerCase() : v);
    });
    if (!changes.length) return `a settings update (${writes.map(([p]) => p).join(", ")}) of ${a ? a.resource.name : "the resource"}, which already has these values: the plan shows it as to be created, and applying it writes the same values again (an ARM read, merge and PUT)`;
    return `a settings update that CHANGES ${changes.map(([p, v]) => `${p} to ${JSON.stringify(v)}`).join(", ")} on ${a ? a.resource.name : "the resource"}: review it before applying`;
  }
  return "not in the export: applying the code creates it";
}
