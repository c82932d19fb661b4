import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { PRIVATE_DNS_ZONE_TYPE, VIRTUAL_NETWORK_TYPE } from "../core/resource-types";
import { tagsSchema } from "../core/common-props";
import { PrivateDnsZone, PrivateDnsZoneVirtualNetworkLink, azurerm } from "../core/engine";
import { uniqueSuffix } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";

/** The private DNS zone of each private-link subresource this library creates endpoints for. */
export const PRIVATE_DNS_ZONES = {
  amlworkspace: ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"],
  blob: ["privatelink.blob.core.windows.net"],
  file: ["privatelink.file.core.windows.net"],
  dfs: ["privatelink.dfs.core.windows.net"],
  queue: ["privatelink.queue.core.windows.net"],
  table: ["privatelink.table.core.windows.net"],
  vault: ["privatelink.vaultcore.azure.net"],
  registry: ["privatelink.azurecr.io"],
  // Azure AI Services accounts (https://learn.microsoft.com/azure/private-link/private-endpoint-dns#ai--machine-learning)
  account: ["privatelink.cognitiveservices.azure.com", "privatelink.openai.azure.com", "privatelink.services.ai.azure.com"],
  // Azure Monitor Private Link Scope (https://learn.microsoft.com/azure/azure-monitor/logs/private-link-configure)
  azuremonitor: ["privatelink.monitor.azure.com", "privatelink.oms.opinsights.azure.com", "privatelink.ods.opinsights.azure.com", "privatelink.agentsvc.azure-automation.net", "privatelink.blob.core.windows.net"],
} as const;

export type PrivateLinkSubresource = keyof typeof PRIVATE_DNS_ZONES;
export type PrivateDnsZoneName = (typeof PRIVATE_DNS_ZONES)[PrivateLinkSubresource][number];

export const ALL_ZONE_NAMES: readonly PrivateDnsZoneName[] = [...new Set(Object.values(PRIVATE_DNS_ZONES).flat())];


const zoneName = z.enum(ALL_ZONE_NAMES as [PrivateDnsZoneName, ...PrivateDnsZoneName[]]);

/**
 * Zones either created here (linked to virtual networks) or given as existing zone ids (e.g. a hub's).
 * @internal
 */
export const dnsZonesOptionSchema = z.discriminatedUnion("mode", [
  z
    .object({
      mode: z.literal("create"),
      virtualNetworkIds: z.array(armId(VIRTUAL_NETWORK_TYPE)).optional(),
      resourceGroupName: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      mode: z.literal("existing"),
      zoneIds: z.partialRecord(zoneName, armId(PRIVATE_DNS_ZONE_TYPE)),
    })
    .strict(),
]);

export type DnsZonesOption = {
  readonly mode: "create";
  /**
   * Virtual networks to link each zone to.
   * @default - the private endpoints' virtual network
   */
  readonly virtualNetworkIds?: string[];
  /**
   * Resource group of the zones.
   * @default - the workspace's
   */
  readonly resourceGroupName?: string;
} | {
  readonly mode: "existing";
  /**
   * Zone ids by zone name, e.g. `{ "privatelink.api.azureml.ms": "/subscriptions/…/privateDnsZones/privatelink.api.azureml.ms" }`.
   */
  readonly zoneIds: Partial<Record<PrivateDnsZoneName, string>>;
};

/** @internal */
export const PrivateDnsZonesPropsSchema = z
  .object({
    zoneNames: z.array(zoneName).min(1),
    resourceGroupName: z.string().min(1),
    virtualNetworkIds: z.array(armId(VIRTUAL_NETWORK_TYPE)).min(1),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface PrivateDnsZonesProps {
  /** The zones to create. */
  readonly zoneNames: PrivateDnsZoneName[];
  readonly resourceGroupName: string;
  /** Virtual networks each zone is linked to (resolution from those networks). */
  readonly virtualNetworkIds: string[];
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/** Private DNS zones for private link, each linked to the given virtual networks (no auto-registration). */
export class PrivateDnsZones extends Construct {
  /** Created zones by name. */
  public readonly zones: Partial<Record<PrivateDnsZoneName, PrivateDnsZone>> = {};
  /** The links of every zone to every virtual network. */
  public readonly links: PrivateDnsZoneVirtualNetworkLink[] = [];
  private readonly ids = new WeakMap<PrivateDnsZone, string>();

  constructor(scope: Construct, id: string, props: PrivateDnsZonesProps) {
    super(scope, id);
    const p = Validator.props(this, PrivateDnsZonesPropsSchema, props);
    for (const name of [...new Set(p.zoneNames)].sort()) {
      const zone = new azurerm.PrivateDnsZone(this, name, { name, resourceGroupName: p.resourceGroupName, tags: p.tags });
      this.zones[name] = zone;
      for (const [i, vnetId] of p.virtualNetworkIds.entries()) {
        this.links.push(
          new azurerm.PrivateDnsZoneVirtualNetworkLink(this, `${name}-link-${i}`, {
            name: `link-${uniqueSuffix(`${this.node.path}|${name}|${i}`, 8)}`,
            privateDnsZoneName: zone.name,
            resourceGroupName: p.resourceGroupName,
            virtualNetworkId: vnetId,
            registrationEnabled: false,
            tags: p.tags,
          }),
        );
      }
    }
  }

  /** The ids of every zone created here, by name (what `privateDnsZoneIds` and `zoneIds` options take). */
  public zoneIds(): Partial<Record<PrivateDnsZoneName, string>> {
    const ids: Partial<Record<PrivateDnsZoneName, string>> = {};
    for (const name of Object.keys(this.zones) as PrivateDnsZoneName[]) ids[name] = this.zoneId(name);
    return ids;
  }

  /** The id of a created zone. */
  public zoneId(name: PrivateDnsZoneName): string {
    const zone = this.zones[name];
    if (!zone) throw new Error(`${this.node.path}: zone ${name} was not created here`);
    // One reference token per zone, however many stacks ask (each id token costs a stack trace).
    let id = this.ids.get(zone);
    if (id === undefined) this.ids.set(zone, (id = zone.id));
    return id;
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<DnsZonesOption, z.input<typeof dnsZonesOptionSchema>>;
true satisfies SameShape<PrivateDnsZonesProps, z.input<typeof PrivateDnsZonesPropsSchema>>;
