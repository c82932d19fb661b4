/**
 * Mermaid diagrams of synthesized stacks: the workspace at the centre, its associated resources,
 * compute, data, endpoints with their deployments and traffic, private endpoints and DNS zones
 * grouped by network, and references to other stacks. GitHub renders Mermaid in Markdown, so a
 * diagram in a pull request is reviewable.
 */

type Resource = Record<string, unknown> & { "//"?: unknown };
export interface SynthesizedStack {
  resource?: Record<string, Record<string, Resource>>;
  data?: Record<string, Record<string, Resource>>;
}

interface Node {
  id: string;
  address: string;
  label: string;
  group: "workspace" | "dependencies" | "compute" | "data" | "endpoints" | "network" | "access" | "monitoring" | "other";
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
  azurerm_private_dns_zone: ["Private DNS zone", "network", "box"],
  azurerm_private_dns_zone_virtual_network_link: ["DNS link", "network", "round"],
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
  network: "Network",
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
  if (typeof value === "string") {
    for (const m of value.matchAll(/\$\{(data\.[a-z_]+\.[A-Za-z0-9_-]+|[a-z]+_[a-z_]+\.[A-Za-z0-9_-]+)(?:\.[^}]*)?\}/g)) out.add(m[1]);
  } else if (Array.isArray(value)) {
    value.forEach((v) => references(v, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "//") references(v, out);
  }
  return out;
}

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
  // Short, stable node ids (n1, n2, ...) in address order keep the diagram readable.
  [...nodes.values()]
    .sort((a, b) => a.address.localeCompare(b.address))
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
      const from = nodes.get(`${type}.${name}`);
      if (!from) continue;
      for (const ref of references(r)) {
        const to = nodes.get(ref);
        // Everything sits in a resource group: those edges would only add noise.
        if (ref.startsWith("azurerm_resource_group.")) continue;
        const other = remote.get(ref);
        const target = to?.id ?? (other ? safeId(`stack_${other}`) : undefined);
        if (!target || target === from.id) continue;
        let label = "";
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
    const members = [...nodes.values()].filter((n) => n.group === group).sort((a, b) => a.address.localeCompare(b.address));
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
