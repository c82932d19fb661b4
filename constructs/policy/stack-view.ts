import { TerraformResource, TerraformStack, Token, resolveTokens } from "../core/engine";
import { block, type ResourceView, type StackView } from "./rule";

/** Types the cross-resource lookups read, whatever rules run. */
const LOOKUP_TYPES = ["azurerm_private_endpoint", "azurerm_monitor_diagnostic_setting", "azapi_update_resource", "azurerm_storage_account_network_rules", "azurerm_storage_account_customer_managed_key"];

/** Whether a value holds an unresolved token (a token string, or an object cdktf resolves). */
function hasToken(value: unknown): boolean {
  if (typeof value === "string" || typeof value === "number") return Token.isUnresolved(value);
  if (value === null || typeof value !== "object") return false;
  if (typeof (value as { resolve?: unknown }).resolve === "function") return true;
  return Array.isArray(value) ? value.some(hasToken) : Object.values(value).some(hasToken);
}

/**
 * The attributes as Terraform JSON will have them. Resolving a whole resource is most of the rule
 * pack's cost (synthesis resolves every resource again), most attributes are literals, and a rule
 * reads a few: each top-level attribute is resolved when a rule first reads it, and only if it
 * holds a token (references, lazy values). One proxy over the resource's own (fresh) attribute
 * object: a read resolves in place once; a write (a custom rule may) is a plain write.
 */
function resolvedAttributes(stack: TerraformStack, attrs: Record<string, unknown>): Record<string, any> {
  const settled = new Set<string | symbol>();
  return new Proxy(attrs, {
    get(target, key) {
      const value = target[key as string];
      if (settled.has(key) || typeof key !== "string") return value;
      settled.add(key);
      return (target[key] = hasToken(value) ? resolveTokens(stack, value) : value);
    },
    set(target, key, value) {
      settled.add(key);
      target[key as string] = value;
      return true;
    },
  });
}

/** The types a view reads: those of the rules, azapi's as `azapi_resource`, and those the lookups read. */
function wantedTypes(types?: ReadonlySet<string>): Set<string> | undefined {
  return types ? new Set([...types].map((t) => (t.startsWith("azapi:") ? "azapi_resource" : t)).concat(LOOKUP_TYPES)) : undefined;
}

/** The stack's own resources of the wanted types, in construct order. */
function ownResources(stack: TerraformStack, wanted: Set<string> | undefined): TerraformResource[] {
  return stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource && (!wanted || wanted.has(c.terraformResourceType)) && TerraformStack.of(c) === stack);
}

function resourceView(construct: TerraformResource, type: string, logicalId: string, attrs: Record<string, any>): ResourceView {
  const armType = type === "azapi_resource" || type === "azapi_update_resource" ? String(attrs.type ?? "").replace(/@.*$/, "") : undefined;
  return { type, logicalId, address: `${type}.${logicalId}`, idRef: `\${${type}.${logicalId}.id}`, construct, attrs, armType };
}

/**
 * The resolved Terraform attributes of the resources in a stack, for the rules. Only the types in
 * `types` (plus those cross-resource lookups read) are read, and only attributes holding tokens are resolved.
 */
export function buildStackView(stack: TerraformStack, types?: ReadonlySet<string>): StackView {
  const resources: ResourceView[] = [];
  for (const c of ownResources(stack, wantedTypes(types))) {
    const json = c.toTerraform() as { resource?: Record<string, Record<string, Record<string, unknown>>> };
    const [type, byId] = Object.entries(json.resource ?? {})[0] ?? [];
    if (!type || !byId) continue;
    const [logicalId, raw] = Object.entries(byId)[0];
    resources.push(resourceView(c, type, logicalId, resolvedAttributes(stack, raw)));
  }
  return viewOf(resources);
}

/**
 * The same view from the stack's synthesized Terraform JSON (what `synthApp` wrote): the attributes
 * are already resolved, so nothing is rendered or resolved again.
 */
export function buildSynthesizedStackView(stack: TerraformStack, json: { resource?: Record<string, Record<string, Record<string, any>>> }, types?: ReadonlySet<string>): StackView {
  const resources: ResourceView[] = [];
  for (const c of ownResources(stack, wantedTypes(types))) {
    const attrs = json.resource?.[c.terraformResourceType]?.[c.friendlyUniqueId];
    if (attrs) resources.push(resourceView(c, c.terraformResourceType, c.friendlyUniqueId, attrs));
  }
  return viewOf(resources);
}

/** The lookups of a view over `resources`. */
function viewOf(resources: ResourceView[]): StackView {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const byType = new Map<string, ResourceView[]>();

  const refersTo = (value: unknown, target: ResourceView): boolean =>
    typeof value === "string" && (value === target.idRef || value.startsWith(`${target.idRef}/`) || value.includes(`\${${target.address}.`));

  return {
    resources,
    // Filtered once per type; each caller gets its own copy (a rule may sort or filter it in place).
    ofType: (type) => {
      let list = byType.get(type);
      if (!list) byType.set(type, (list = resources.filter((r) => r.type === type || (type.startsWith("azapi:") && r.type === "azapi_resource" && r.armType === type.slice(6)))));
      return [...list];
    },
    refersTo,
    privateEndpointsTo: (target, subresource) =>
      resources.filter((r) => {
        if (r.type !== "azurerm_private_endpoint") return false;
        const psc = block(r.attrs.private_service_connection);
        return !!psc && refersTo(psc.private_connection_resource_id, target) && (psc.subresource_names ?? []).includes(subresource) && psc.is_manual_connection === false;
      }),
    diagnosticsFor: (target) =>
      resources.filter(
        (r) =>
          r.type === "azurerm_monitor_diagnostic_setting" &&
          r.attrs.target_resource_id === target.idRef &&
          (r.attrs.enabled_log ?? []).some((l: { category?: string; category_group?: string }) => l.category || l.category_group),
      ),
    resolveRef: (value) => {
      if (typeof value !== "string") return undefined;
      const m = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z_]+\}$/.exec(value);
      return m ? byAddress.get(m[1]) : undefined;
    },
  };
}
