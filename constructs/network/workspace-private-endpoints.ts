import { Construct } from "constructs";
import * as z from "zod";
import { armId } from "../core/arm-id";
import { SUBNET_TYPE } from "../core/resource-types";
import { isUnresolved } from "../core/tokens";
import { PRIVATE_DNS_ZONES, PrivateDnsZones, dnsZonesOptionSchema, type PrivateDnsZoneName, type PrivateLinkSubresource } from "./private-dns-zones";
import { ServicePrivateEndpoint } from "./service-private-endpoint";
import type { SameShape } from "../core/same-shape";

/**
 * Private endpoints for a workspace and its associated resources, into your virtual network.
 * @internal
 */
export const workspacePrivateEndpointsSchema = z
  .object({
    subnetId: armId(SUBNET_TYPE),
    dnsZones: dnsZonesOptionSchema.prefault({ mode: "create" }),
    location: z.string().min(1).optional(),
    resourceGroupName: z.string().min(1).optional(),
  })
  .strict();

export interface WorkspacePrivateEndpointsOptions {
  /** The subnet the endpoints go in (private endpoint network policies as you need them). */
  readonly subnetId: string;
  /**
   * Private DNS zones: created and linked to the virtual network, or existing ones (e.g. a hub's).
   * @default { mode: "create" }
   */
  readonly dnsZones?: {
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
  /**
   * Region of the endpoints (the virtual network's).
   * @default - the workspace's
   */
  readonly location?: string;
  /**
   * Resource group of the endpoints.
   * @default - the workspace's
   */
  readonly resourceGroupName?: string;
}

/** One resource to reach privately: its id and the subresources it needs (one endpoint each). */
export interface PrivateEndpointTarget {
  /** Short name used in construct ids and endpoint names: `workspace`, `storage`, `vault`, `registry`. */
  readonly key: string;
  readonly resourceId: string;
  readonly subresources: readonly PrivateLinkSubresource[];
}

/**
 * The private endpoints of a workspace: `amlworkspace` (registered in both Azure ML zones), storage
 * `blob` and `file` (one endpoint each: Azure Storage takes one subresource per endpoint), Key Vault
 * `vault` and registry `registry`, with their private DNS zones created and linked, or given.
 */
export class WorkspacePrivateEndpoints extends Construct {
  public readonly endpoints: ServicePrivateEndpoint[] = [];
  /** The zones created here, if any. */
  public readonly dnsZones?: PrivateDnsZones;

  /** The endpoints by what they reach (`workspace`, `storage`, `vault`, `registry`). */
  public readonly byTarget: Record<string, ServicePrivateEndpoint[]> = {};

  /** @internal Created by `Workspace` from its `privateEndpoints` option. */
  constructor(
    scope: Construct,
    id: string,
    props: { options: z.output<typeof workspacePrivateEndpointsSchema>; baseName: string; resourceGroupName: string; location: string; targets: readonly PrivateEndpointTarget[]; tags: Record<string, string> },
  ) {
    super(scope, id);
    const o = props.options;
    const rg = o.resourceGroupName ?? props.resourceGroupName;
    const location = o.location ?? props.location;
    const needed = [...new Set(props.targets.flatMap((t) => t.subresources.flatMap((s) => PRIVATE_DNS_ZONES[s] as readonly PrivateDnsZoneName[])))];

    let zoneId: (name: PrivateDnsZoneName) => string;
    if (o.dnsZones.mode === "create") {
      const vnets = o.dnsZones.virtualNetworkIds ?? [virtualNetworkOf(o.subnetId)];
      const zones = new PrivateDnsZones(this, "DnsZones", { zoneNames: needed, resourceGroupName: o.dnsZones.resourceGroupName ?? props.resourceGroupName, virtualNetworkIds: vnets, tags: props.tags });
      this.dnsZones = zones;
      zoneId = (name) => zones.zoneId(name);
    } else {
      const given = o.dnsZones.zoneIds as Partial<Record<PrivateDnsZoneName, string>>;
      zoneId = (name) => given[name]!;
    }

    for (const target of props.targets) {
      for (const sub of target.subresources) {
        const name = `pe-${props.baseName}-${target.key}-${sub}`.slice(0, 64).replace(/[-.]+$/, "");
        const endpoint = new ServicePrivateEndpoint(this, `${target.key}-${sub}`, {
            name,
            resourceGroupName: rg,
            location,
            subnetId: o.subnetId,
            targetResourceId: target.resourceId,
            subresource: sub,
            privateDnsZoneIds: PRIVATE_DNS_ZONES[sub].map((z) => zoneId(z)),
            tags: props.tags,
          });
        this.endpoints.push(endpoint);
        (this.byTarget[target.key] ??= []).push(endpoint);
      }
    }
  }
}

/** The zones a set of targets needs, for a caller that checks existing zone ids. */
export function zonesNeeded(subresources: readonly PrivateLinkSubresource[]): PrivateDnsZoneName[] {
  return [...new Set(subresources.flatMap((s) => PRIVATE_DNS_ZONES[s] as readonly PrivateDnsZoneName[]))].sort();
}

/** The virtual network id of a subnet id (`…/virtualNetworks/<vnet>/subnets/<subnet>`). */
export function virtualNetworkOf(subnetId: string): string {
  if (isUnresolved(subnetId)) {
    throw new Error("the subnet id is a reference: give dnsZones.virtualNetworkIds so the zones can be linked");
  }
  return subnetId.replace(/\/subnets\/[^/]+$/, "");
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspacePrivateEndpointsOptions, z.input<typeof workspacePrivateEndpointsSchema>>;
