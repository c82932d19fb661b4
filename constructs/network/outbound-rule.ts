import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { parseArmId } from "../core/arm-id";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved, pattern } from "../core/tokens";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

/** Private-endpoint targets Azure accepts for a managed network, by provider namespace (ACR included: azurerm 4.55 lacks it). */
const PE_TARGETS: Record<string, readonly string[]> = {
  "Microsoft.KeyVault": ["vault"],
  "Microsoft.Storage": ["blob", "table", "queue", "file", "web", "dfs"],
  "Microsoft.MachineLearningServices": ["amlworkspace", "amlregistry"],
  "Microsoft.ContainerRegistry": ["registry"],
  "Microsoft.Cache": ["redisCache"],
  "Microsoft.CognitiveServices": ["account"],
  "Microsoft.Search": ["searchService"],
  "Microsoft.Sql": ["sqlServer"],
  "Microsoft.DocumentDB": ["Sql", "MongoDB", "Cassandra", "Gremlin", "Table"],
  "Microsoft.DataFactory": ["dataFactory"],
  "Microsoft.EventHub": ["namespace"],
  "Microsoft.Databricks": ["databricks_ui_api", "browser_authentication"],
  "Microsoft.DBforPostgreSQL": ["postgresqlServer"],
  "Microsoft.DBforMySQL": ["mysqlServer"],
  "Microsoft.ApiManagement": ["Gateway"],
};

const FQDN = /^(\*\.)?([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/**
 * An outbound rule of a managed virtual network: FQDN, service tag or private endpoint.
 * @internal
 */
export const outboundRuleSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("FQDN"),
      destination: pattern(FQDN, "must be a host name such as pypi.org or *.anaconda.com"),
    })
    .strict(),
  z
    .object({
      type: z.literal("ServiceTag"),
      serviceTag: pattern(/^[A-Za-z][A-Za-z0-9.]*$/, "must be a service tag name"),
      protocol: z.enum(["*", "TCP", "UDP", "ICMP"]).default("TCP"),
      portRanges: pattern(/^(\*|\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*)$/, "must be ports or ranges like 443, 80,443 or 1024-65535, or *").default("443"),
    })
    .strict(),
  z
    .object({
      type: z.literal("PrivateEndpoint"),
      serviceResourceId: z.string().min(1),
      subresourceTarget: z.string().min(1),
      sparkEnabled: z.boolean().default(false),
    })
    .strict(),
]);

export type OutboundRule = {
  readonly type: "FQDN";
  /**
   * A host name, `*.` wildcard allowed (ports 80 and 443 only; Azure adds a managed firewall).
   */
  readonly destination: string;
} | {
  readonly type: "ServiceTag";
  /** An Azure service tag, e.g. `AzureOpenDatasets`, `DataFactory`. */
  readonly serviceTag: string;
  /** @default "TCP" */
  readonly protocol?: "*" | "TCP" | "UDP" | "ICMP";
  /**
   * `443`, `80,443`, `1024-65535` or `*`.
   * @default "443"
   */
  readonly portRanges?: string;
} | {
  readonly type: "PrivateEndpoint";
  /** The ARM id of the resource to reach. */
  readonly serviceResourceId: string;
  /** Its private-link subresource, e.g. `blob`, `vault`, `registry`. */
  readonly subresourceTarget: string;
  /**
   * Reachable from serverless Spark too.
   * @default false
   */
  readonly sparkEnabled?: boolean;
};

/** @internal */
export const ManagedNetworkOutboundRulePropsSchema = z
  .object({
    workspace: workspaceSchema,
    name: azureName("outboundRule"),
    rule: outboundRuleSchema,
  })
  .strict();

export interface ManagedNetworkOutboundRuleProps {
  readonly workspace: IWorkspace;
  /** 3-33 letters, digits, hyphens or underscores; unique in the workspace. */
  readonly name: string;
  readonly rule: OutboundRule;
}

/**
 * A user-defined outbound rule of a workspace's managed virtual network, through the ARM
 * `workspaces/outboundRules` resource (azapi): one resource path for all three kinds, and private
 * endpoints to container registries, which azurerm 4.55 refuses.
 */
export class ManagedNetworkOutboundRule extends Construct {
  /** The outbound rule (construct id `Resource`). */
  public readonly resource: AzapiResource;

  constructor(scope: Construct, id: string, props: ManagedNetworkOutboundRuleProps) {
    super(scope, id);
    const p = Validator.props(this, ManagedNetworkOutboundRulePropsSchema, props, (p, v) => {
      const mode = p.workspace.managedNetworkIsolationMode;
      if (mode === "Disabled") v.add("NO_MANAGED_NETWORK", "workspace", mode, "has no managed virtual network: outbound rules need managedNetwork on the workspace");
      if ((p.rule.type === "FQDN" || p.rule.type === "ServiceTag") && mode === "AllowInternetOutbound") {
        v.add("RULE_NEEDS_APPROVED_OUTBOUND", "rule.type", p.rule.type, 'needs isolation mode "AllowOnlyApprovedOutbound": with "AllowInternetOutbound" only private endpoint rules are allowed');
      }
      if (p.rule.type === "FQDN" && /\.(blob|file|dfs|queue|table)\.core\.windows\.net$/i.test(p.rule.destination)) {
        v.add("FQDN_TO_STORAGE", "rule.destination", p.rule.destination, "cannot be an Azure Storage host: FQDN rules do not reach storage in a managed network, use a PrivateEndpoint rule");
      }
      if (p.rule.type === "PrivateEndpoint" && !isUnresolved(p.rule.serviceResourceId)) {
        const target = parseArmId(p.rule.serviceResourceId);
        const ns = target?.resourceType.split("/")[0];
        const allowed = ns ? PE_TARGETS[ns] : undefined;
        if (!target) v.add("ARM_ID", "rule.serviceResourceId", p.rule.serviceResourceId, "must be an ARM resource id");
        else if (!allowed) v.add("PE_TARGET", "rule.serviceResourceId", p.rule.serviceResourceId, `is a ${target.resourceType}, which a managed network cannot reach through a private endpoint`);
        else if (!allowed.includes(p.rule.subresourceTarget)) {
          v.add("PE_TARGET", "rule.subresourceTarget", p.rule.subresourceTarget, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")} for ${ns}`);
        }
      }
    });
    requireProviders(this, { azapi: true });

    const r = p.rule;
    const properties =
      r.type === "FQDN"
        ? { type: "FQDN", category: "UserDefined", destination: r.destination }
        : r.type === "ServiceTag"
          ? { type: "ServiceTag", category: "UserDefined", destination: { serviceTag: r.serviceTag, protocol: r.protocol, portRanges: r.portRanges, action: "Allow" } }
          : { type: "PrivateEndpoint", category: "UserDefined", destination: { serviceResourceId: r.serviceResourceId, subresourceTarget: r.subresourceTarget, sparkEnabled: r.sparkEnabled } };
    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("workspaces/outboundRules"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      body: { properties },
      // Rules of one workspace are applied one at a time: the managed network rejects concurrent changes.
      locks: [p.workspace.workspaceId],
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<OutboundRule, z.input<typeof outboundRuleSchema>>;
true satisfies SameShape<ManagedNetworkOutboundRuleProps, z.input<typeof ManagedNetworkOutboundRulePropsSchema>>;
