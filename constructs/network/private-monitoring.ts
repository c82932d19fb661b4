import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { tagsSchema } from "../core/common-props";
import { MonitorPrivateLinkScope, MonitorPrivateLinkScopedService, azurerm } from "../core/engine";
import { SUBNET_TYPE } from "../core/resource-types";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";
import { PRIVATE_DNS_ZONES, type PrivateDnsZoneName } from "./private-dns-zones";
import { ServicePrivateEndpoint } from "./service-private-endpoint";
import { byCodePoint } from "../core/order";

const scopedName = z.string().regex(/^[A-Za-z0-9_-]+$/, "must be letters, digits, hyphens or underscores (it names the scoped service)");

/** @internal */
export const PrivateMonitoringPropsSchema = z
  .object({
    name: z.string().min(1).max(255),
    resourceGroupName: z.string().min(1),
    location: z.string().min(1),
    subnetId: armId(SUBNET_TYPE),
    privateDnsZoneIds: z.record(z.string(), z.string().min(1)),
    scopedResources: z.record(scopedName, z.string().min(1)).default({}),
    accessMode: z.enum(["PrivateOnly", "Open"]).default("PrivateOnly"),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface PrivateMonitoringProps {
  /** The Azure Monitor Private Link Scope's name. */
  readonly name: string;
  readonly resourceGroupName: string;
  /** Region of the private endpoint (the virtual network's). */
  readonly location: string;
  /** The subnet of the `azuremonitor` private endpoint. */
  readonly subnetId: string;
  /**
   * Ids of the zones the endpoint registers in, by name: `privatelink.monitor.azure.com`,
   * `privatelink.oms.opinsights.azure.com`, `privatelink.ods.opinsights.azure.com`,
   * `privatelink.agentsvc.azure-automation.net` and `privatelink.blob.core.windows.net`.
   */
  readonly privateDnsZoneIds: Partial<Record<PrivateDnsZoneName, string>>;
  /**
   * Log Analytics workspaces and Application Insights to put in the scope, by a name (the scoped
   * service's construct id comes from it). More can be added with `addScopedResource`, also from
   * other stacks (`scopeResource`).
   * @default {}
   */
  readonly scopedResources?: Record<string, string>;
  /**
   * Ingestion and query access of the scope: `PrivateOnly` lets networks linked to the scope reach
   * only resources in it; `Open` also lets them reach others over the internet.
   * @default "PrivateOnly"
   */
  readonly accessMode?: "PrivateOnly" | "Open";
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * Monitoring inside the network: an Azure Monitor Private Link Scope, its scoped Log Analytics
 * workspaces and Application Insights, and the `azuremonitor` private endpoint registered in the five
 * zones Azure Monitor needs (https://learn.microsoft.com/azure/azure-monitor/logs/private-link-configure).
 * Pair it with `publicIngestionAndQueryEnabled: false` on the scoped resources.
 */
export class PrivateMonitoring extends Construct {
  /** The scope (construct id `Resource`). */
  public readonly resource: MonitorPrivateLinkScope;
  public readonly privateEndpoint: ServicePrivateEndpoint;
  public readonly scopedServices: MonitorPrivateLinkScopedService[] = [];
  public readonly scopeName: string;
  public readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, props: PrivateMonitoringProps) {
    super(scope, id);
    const p = Validator.props(this, PrivateMonitoringPropsSchema, props, (p, v) => {
      const missing = PRIVATE_DNS_ZONES.azuremonitor.filter((z) => !(p.privateDnsZoneIds as Record<string, string>)[z]);
      if (missing.length) v.add("DNS_ZONES", "privateDnsZoneIds", missing, `must include ${missing.join(", ")}: the azuremonitor endpoint registers in all five`);
    });

    this.resource = new azurerm.MonitorPrivateLinkScope(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      ingestionAccessMode: p.accessMode,
      queryAccessMode: p.accessMode,
      tags: Object.keys(p.tags).length ? p.tags : undefined,
    });
    this.scopeName = this.resource.name;
    this.resourceGroupName = p.resourceGroupName;
    for (const [name, resourceId] of Object.entries(p.scopedResources).sort(([a], [b]) => byCodePoint(a, b))) this.addScopedResource(name, resourceId);
    this.privateEndpoint = new ServicePrivateEndpoint(this, "PrivateEndpoint", {
      name: `pe-${p.name}-azuremonitor`.slice(0, 64),
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      subnetId: p.subnetId,
      targetResourceId: this.resource.id,
      subresource: "azuremonitor",
      privateDnsZoneIds: PRIVATE_DNS_ZONES.azuremonitor.map((z) => (p.privateDnsZoneIds as Record<string, string>)[z]),
      tags: p.tags,
    });
  }

  /** Puts a Log Analytics workspace or Application Insights (by id) in the scope. */
  public addScopedResource(name: string, resourceId: string): MonitorPrivateLinkScopedService {
    const service = PrivateMonitoring.scopeResource(this, `Scoped-${name}`, { scopeName: this.scopeName, resourceGroupName: this.resourceGroupName, resourceId, name });
    this.scopedServices.push(service);
    return service;
  }

  /**
   * Puts a resource in a scope from anywhere (a team stack scoping its Application Insights into the
   * platform's scope): the scoped service lives in `scope`, in the scope's resource group.
   */
  public static scopeResource(scope: Construct, id: string, props: { readonly scopeName: string; readonly resourceGroupName: string; readonly resourceId: string; readonly name: string }): MonitorPrivateLinkScopedService {
    return new azurerm.MonitorPrivateLinkScopedService(scope, id, { name: props.name, resourceGroupName: props.resourceGroupName, scopeName: props.scopeName, linkedResourceId: props.resourceId });
  }
}

// The written-out types above and their schemas cannot drift: this line fails to compile when they differ.
true satisfies SameShape<PrivateMonitoringProps, z.input<typeof PrivateMonitoringPropsSchema>>;
