import { Construct } from "constructs";
import * as z from "zod";
import { tagsSchema } from "../core/common-props";
import { PrivateEndpoint, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import { SUBNET_TYPE } from "../core/resource-types";
import { armId } from "../core/arm-id";
import { PRIVATE_DNS_ZONES } from "./private-dns-zones";
import type { SameShape } from "../core/same-shape";

/** @internal */
export const ServicePrivateEndpointPropsSchema = z
  .object({
    name: azureName("privateEndpoint"),
    resourceGroupName: z.string().min(1),
    location: z.string().min(1),
    subnetId: armId(SUBNET_TYPE),
    targetResourceId: z.string().min(1),
    subresource: z.enum(Object.keys(PRIVATE_DNS_ZONES) as [keyof typeof PRIVATE_DNS_ZONES, ...(keyof typeof PRIVATE_DNS_ZONES)[]]),
    privateDnsZoneIds: z.array(z.string().min(1)).min(1),
    connectionName: z.string().min(1).max(80).optional(),
    networkInterfaceName: z.string().min(1).max(80).optional(),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface ServicePrivateEndpointProps {
  readonly name: string;
  readonly resourceGroupName: string;
  /** Region of the endpoint: the virtual network's. */
  readonly location: string;
  /** Subnet the endpoint's network interface is placed in. */
  readonly subnetId: string;
  /** The resource reached through the endpoint. */
  readonly targetResourceId: string;
  /**
   * One private-link subresource (group id) per endpoint: Azure Storage accepts only one, so a
   * storage account gets one endpoint for `blob` and another for `file`.
   */
  readonly subresource: "file" | "amlworkspace" | "blob" | "dfs" | "queue" | "table" | "vault" | "registry" | "account" | "azuremonitor";
  /** Private DNS zones the endpoint registers its records in (all the subresource needs). */
  readonly privateDnsZoneIds: string[];
  /**
   * Name of the private service connection (set it to adopt an endpoint made elsewhere: Azure cannot rename it).
   * @default - the endpoint name with "-connection"
   */
  readonly connectionName?: string;
  /**
   * Name of the endpoint's network interface (create-time only).
   * @default - the endpoint name with "-nic"
   */
  readonly networkInterfaceName?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * A private endpoint for one subresource of a service, auto-approved (not a manual connection, so
 * Azure marks it Approved), with a DNS zone group holding every zone the subresource needs (both
 * `privatelink.api.azureml.ms` and `privatelink.notebooks.azure.net` for a workspace).
 */
export class ServicePrivateEndpoint extends Construct {
  /** The private endpoint (construct id `Resource`). */
  public readonly resource: PrivateEndpoint;
  public readonly subresource: keyof typeof PRIVATE_DNS_ZONES;

  constructor(scope: Construct, id: string, props: ServicePrivateEndpointProps) {
    super(scope, id);
    const p = Validator.props(this, ServicePrivateEndpointPropsSchema, props, (p, v) => {
      const needed = PRIVATE_DNS_ZONES[p.subresource]?.length ?? 0;
      if (Array.isArray(p.privateDnsZoneIds) && p.privateDnsZoneIds.length < needed) {
        v.add("DNS_ZONES", "privateDnsZoneIds", p.privateDnsZoneIds.length, `must hold ${needed} zones for ${p.subresource}: ${PRIVATE_DNS_ZONES[p.subresource].join(", ")}`);
      }
    });
    this.subresource = p.subresource;
    this.resource = new azurerm.PrivateEndpoint(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      subnetId: p.subnetId,
      customNetworkInterfaceName: p.networkInterfaceName ?? `${p.name}-nic`,
      privateServiceConnection: {
        name: p.connectionName ?? `${p.name}-connection`,
        privateConnectionResourceId: p.targetResourceId,
        subresourceNames: [p.subresource],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: "default", privateDnsZoneIds: p.privateDnsZoneIds },
      tags: p.tags,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ServicePrivateEndpointProps, z.input<typeof ServicePrivateEndpointPropsSchema>>;
