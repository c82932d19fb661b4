/**
 * Mermaid diagrams of synthesized stacks: the workspace at the centre, its associated resources,
 * compute, data, endpoints with their deployments and traffic, private endpoints and DNS zones
 * grouped by network, and references to other stacks. GitHub renders Mermaid in Markdown, so a
 * diagram in a pull request is reviewable.
 */

import { byCodePoint } from "../core/order";

type Resource = Record<string, unknown> & { "//"?: unknown };
export interface SynthesizedStack {
  resource?: Record<string, Record<string, Resource>>;
  data?: Record<string, Record<string, Resource>>;
}

interface Node {
  id: string;
  address: string;
  label: string;
  group: "workspace" | "dependencies" | "compute" | "data" | "endpoints" | "network" | "dns" | "access" | "monitoring" | "other";
  shape: "box" | "round" | "stadium" | "cylinder" | "hexagon";
}

const AZAPI_KIND: Record<string, [string, Node["group"]]> = {
  "workspaces/onlineEndpoints": ["Online endpoint", "endpoints"],
  "workspaces/onlineEndpoints/deployments": ["Online deployment", "endpoints"],
  "workspaces/batchEndpoints": ["Batch endpoint", "endpoints"],
  "workspaces/batchEndpoints/deployments": ["Batch deployment", "endpoints"],
  "workspaces/computes": ["Compute instance", "compute"],
  "workspaces/schedules": ["Schedule", "compute"],
  "workspaces/connections": ["Connection", "data"],
  "workspaces/outboundRules": ["Outbound rule", "network"],
  "workspaces/models/versions": ["Model", "data"],
  "workspaces/environments/versions": ["Environment", "data"],
  "workspaces/data/versions": ["Data asset", "data"],
  "workspaces/components/versions": ["Component", "data"],
  "workspaces/codes/versions": ["Code", "data"],
  registries: ["ML registry", "data"],
};

const AZURERM_KIND: Record<string, [string, Node["group"], Node["shape"]]> = {
  azurerm_machine_learning_workspace: ["ML workspace", "workspace", "hexagon"],
  azurerm_ai_foundry: ["AI Foundry hub", "workspace", "hexagon"],
  azurerm_ai_foundry_project: ["AI Foundry project", "workspace", "hexagon"],
  azurerm_storage_account: ["Storage account", "dependencies", "cylinder"],
  azurerm_key_vault: ["Key Vault", "dependencies", "box"],
  azurerm_key_vault_key: ["Key", "access", "round"],
  azurerm_container_registry: ["Container registry", "dependencies", "box"],
  azurerm_application_insights: ["Application Insights", "monitoring", "box"],
  azurerm_log_analytics_workspace: ["Log Analytics", "monitoring", "cylinder"],
  azurerm_monitor_diagnostic_setting: ["Diagnostics", "monitoring", "round"],
  azurerm_machine_learning_compute_cluster: ["Compute cluster", "compute", "stadium"],
  azurerm_machine_learning_compute_instance: ["Compute instance", "compute", "stadium"],
  azurerm_machine_learning_inference_cluster: ["AKS inference", "compute", "stadium"],
  azurerm_machine_learning_synapse_spark: ["Synapse Spark", "compute", "stadium"],
  azurerm_machine_learning_datastore_blobstorage: ["Blob datastore", "data", "cylinder"],
  azurerm_machine_learning_datastore_datalake_gen2: ["ADLS Gen2 datastore", "data", "cylinder"],
  azurerm_machine_learning_datastore_fileshare: ["File share datastore", "data", "cylinder"],
  azurerm_storage_container: ["Container", "data", "cylinder"],
  azurerm_private_endpoint: ["Private endpoint", "network", "round"],
  azurerm_private_dns_zone: ["Private DNS zone", "dns", "box"],
  azurerm_private_dns_zone_virtual_network_link: ["DNS link", "dns", "round"],
  azurerm_network_security_group: ["Network security group", "network", "box"],
  azurerm_network_security_rule: ["NSG rule", "network", "round"],
  azurerm_subnet_network_security_group_association: ["NSG association", "network", "round"],
  azurerm_monitor_private_link_scope: ["Monitor private link scope", "monitoring", "box"],
  azurerm_monitor_private_link_scoped_service: ["Scoped monitoring resource", "monitoring", "round"],
  azurerm_virtual_network: ["Virtual network", "network", "box"],
  azurerm_subnet: ["Subnet", "network", "box"],
  azurerm_role_assignment: ["Role assignment", "access", "round"],
  azurerm_user_assigned_identity: ["Managed identity", "access", "round"],
  azurerm_resource_group: ["Resource group", "other", "box"],
};

const GROUP_TITLES: Record<Node["group"], string> = {
  workspace: "Workspace",
  dependencies: "Associated resources",
  compute: "Compute",
  data: "Data and assets",
  endpoints: "Endpoints",
  network: "Virtual network",
  dns: "Private DNS",
  access: "Identity and access",
  monitoring: "Monitoring",
  other: "Other",
};

const safeId = (address: string) => address.replace(/[^A-Za-z0-9_]/g, "_");
const quote = (s: string) => s.replace(/"/g, "#quot;");

function shape(n: Node): string {
  const l = `"${quote(n.label)}"`;
  switch (n.shape) {
    case "round":
      return `${n.id}(${l})`;
    case "stadium":
      return `${n.id}([${l}])`;
    case "cylinder":
      return `${n.id}[(${l})]`;
    case "hexagon":
      return `${n.id}{{${l}}}`;
    default:
      return `${n.id}[${l}]`;
  }
}

/** Every `${type.name...}` reference in a value. */
function references(value: unknown, out: Set<string> = new Set()): Set<string> {
  return new Set([...referencesByAttribute(value).keys()].concat([...out]));
}

/** Every `${type.name...}` reference in a resource, with the top-level attribute that holds it (the first one). */
function referencesByAttribute(value: unknown, attribute = "", out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === "string") {
    for (const m of value.matchAll(/\$\{(data\.[a-z_]+\.[A-Za-z0-9_-]+|[a-z]+_[a-z_]+\.[A-Za-z0-9_-]+)(?:\.[^}]*)?\}/g)) if (!out.has(m[1])) out.set(m[1], attribute);
  } else if (Array.isArray(value)) {
    value.forEach((v) => referencesByAttribute(v, attribute, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "//") referencesByAttribute(v, attribute || k, out);
  }
  return out;
}

/** What a reference means, by the attribute that holds it: the edge's label. */
const EDGE_LABELS: Record<string, string> = {
  storage_account_id: "storage",
  key_vault_id: "secrets",
  application_insights_id: "telemetry",
  container_registry_id: "images",
  workspace_id: "logs",
  log_analytics_workspace_id: "logs",
  target_resource_id: "diagnostics of",
  private_service_connection: "private link",
  private_dns_zone_group: "DNS",
  subnet_id: "in subnet",
  subnet_resource_id: "in subnet",
  machine_learning_workspace_id: "in",
  parent_id: "in",
  virtual_network_id: "linked to",
  scope: "role on",
  linked_resource_id: "scopes",
  network_security_group_id: "secured by",
  network_security_group_name: "rule of",
  storage_container_id: "container",
  resource_id: "updates",
  depends_on: "after",
};

function describe(type: string, r: Resource): { label: string; group: Node["group"]; shape: Node["shape"] } | undefined {
  const name = typeof r.name === "string" && !r.name.includes("${") ? r.name : undefined;
  if (type === "azapi_resource" && typeof r.type === "string") {
    const path = r.type.replace(/^Microsoft\.MachineLearningServices\//, "").replace(/@.*$/, "");
    const [kind, group] = AZAPI_KIND[path] ?? [path, "other"];
    return { label: name ? `${kind}<br/>${name}` : kind, group, shape: group === "endpoints" ? "stadium" : "round" };
  }
  if (type === "azapi_update_resource") return undefined;
  const known = AZURERM_KIND[type];
  if (!known) return { label: name ? `${type.replace(/^azurerm_/, "")}<br/>${name}` : type, group: "other", shape: "box" };
  const [kind, group, s] = known;
  if (type === "azurerm_private_endpoint") {
    const sub = (r.private_service_connection as { subresource_names?: string[] } | undefined)?.subresource_names?.[0];
    return { label: `${kind}<br/>${sub ?? ""}`, group, shape: s };
  }
  if (type === "azurerm_private_dns_zone_virtual_network_link") {
    const zone = typeof r.private_dns_zone_name === "string" && !r.private_dns_zone_name.includes("${") ? r.private_dns_zone_name : undefined;
    return { label: zone ? `${kind}<br/>${zone}` : kind, group, shape: s };
  }
  if (type === "azurerm_role_assignment") {
    return { label: `${kind}<br/>${String(r.description ?? "").replace(/, granted by cdktf-azureml$/, "")}`, group, shape: s };
  }
  return { label: name ? `${kind}<br/>${name}` : kind, group, shape: s };
}

/** The traffic map set by an `azapi_update_resource` on an online endpoint, by endpoint address. */
function trafficOf(stack: SynthesizedStack): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of Object.values(stack.resource?.azapi_update_resource ?? {})) {
    const traffic = (r.body as { properties?: { traffic?: Record<string, number> } } | undefined)?.properties?.traffic;
    const target = [...references(r.resource_id)][0];
    if (traffic && target) out.set(target, traffic);
  }
  return out;
}

/** A Mermaid flowchart of one synthesized stack, in a Markdown document. */
export function stackToMermaid(stackName: string, stack: SynthesizedStack): string {
  const nodes = new Map<string, Node>();
  for (const [type, rs] of Object.entries(stack.resource ?? {})) {
    for (const [name, r] of Object.entries(rs)) {
      const d = describe(type, r);
      if (!d) continue;
      const address = `${type}.${name}`;
      nodes.set(address, { id: safeId(address), address, ...d });
    }
  }
  // Repeated things of one kind (five diagnostic settings, thirteen DNS links, the NSG's rules) are
  // one node with a count: the diagram shows the architecture, the JSON every resource.
  const REPEATED = new Set(["azurerm_monitor_diagnostic_setting", "azurerm_private_dns_zone_virtual_network_link", "azurerm_network_security_rule", "azurerm_subnet_network_security_group_association", "azurerm_role_assignment", "azurerm_monitor_private_link_scoped_service"]);
  const alias = new Map<string, string>();
  for (const type of REPEATED) {
    const members = [...nodes.values()].filter((n) => n.address.startsWith(`${type}.`)).sort((a, b) => byCodePoint(a.address, b.address));
    if (members.length < 2) continue;
    const [first, ...rest] = members;
    const kind = AZURERM_KIND[type][0];
    first.label = `${kind}<br/>×${members.length}`;
    for (const m of rest) {
      alias.set(m.address, first.address);
      nodes.delete(m.address);
    }
  }
  const nodeOf = (address: string) => nodes.get(alias.get(address) ?? address);
  // Short, stable node ids (n1, n2, ...) in address order keep the diagram readable.
  [...nodes.values()]
    .sort((a, b) => byCodePoint(a.address, b.address))
    .forEach((n, i) => {
      n.id = `n${i + 1}`;
    });
  const remote = new Map<string, string>();
  for (const name of Object.keys(stack.data?.terraform_remote_state ?? {})) {
    remote.set(`data.terraform_remote_state.${name}`, name.replace(/^cross-stack-reference-input-/, ""));
  }

  const edges: string[] = [];
  const seen = new Set<string>();
  const traffic = trafficOf(stack);
  for (const [type, rs] of Object.entries(stack.resource ?? {})) {
    for (const [name, r] of Object.entries(rs)) {
      const from = nodeOf(`${type}.${name}`);
      if (!from) continue;
      for (const [ref, attribute] of referencesByAttribute(r)) {
        const to = nodeOf(ref);
        // Everything sits in a resource group: those edges would only add noise.
        if (ref.startsWith("azurerm_resource_group.")) continue;
        const other = remote.get(ref);
        const target = to?.id ?? (other ? safeId(`stack_${other}`) : undefined);
        if (!target || target === from.id) continue;
        const meaning = EDGE_LABELS[attribute];
        let label = meaning ? `|${meaning}|` : "";
        if (type === "azapi_resource" && String(r.type).includes("onlineEndpoints/deployments") && to) {
          const share = traffic.get(to.address)?.[String(r.name)];
          if (share !== undefined) label = `|${share}% traffic|`;
        }
        const key = `${from.id}->${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push(`  ${from.id} -->${label} ${target}`);
      }
    }
  }

  const lines = ["```mermaid", "flowchart LR"];
  for (const group of Object.keys(GROUP_TITLES) as Node["group"][]) {
    const members = [...nodes.values()].filter((n) => n.group === group).sort((a, b) => byCodePoint(a.address, b.address));
    if (!members.length) continue;
    lines.push(`  subgraph ${group}["${GROUP_TITLES[group]}"]`);
    for (const n of members) lines.push(`    ${shape(n)}`);
    lines.push("  end");
  }
  const stacks = [...new Set(remote.values())].sort();
  if (stacks.length) {
    lines.push(`  subgraph other_stacks["Other stacks"]`);
    for (const s of stacks) lines.push(`    ${safeId(`stack_${s}`)}[/"stack ${quote(s)}"/]`);
    lines.push("  end");
  }
  lines.push(...edges.sort());
  lines.push("```");
  const summary = (Object.keys(GROUP_TITLES) as Node["group"][])
    .map((g) => [GROUP_TITLES[g], [...nodes.values()].filter((n) => n.group === g).length] as const)
    .filter(([, c]) => c > 0)
    .map(([g, c]) => `${g}: ${c}`)
    .join(", ");
  return `# Stack \`${stackName}\`\n\n${summary}.\n\n${lines.join("\n")}\n`;
}
