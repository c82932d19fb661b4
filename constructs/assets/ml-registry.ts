import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { tagsSchema } from "../core/common-props";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { registryAssetUri } from "./asset-reference";
import type { SameShape } from "../core/same-shape";

const region = z
  .object({
    location: z.string().min(1),
    storageAccountType: z.enum(["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_GZRS", "Standard_RAGRS", "Standard_RAGZRS"]).default("Standard_ZRS"),
    acrSku: z.enum(["Premium", "Standard"]).default("Premium"),
  })
  .strict();

/** @internal */
export const MlRegistryPropsSchema = z
  .object({
    name: azureName("mlRegistry"),
    resourceGroupId: pattern(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/, "must be a resource group id /subscriptions/{id}/resourceGroups/{name}", "ARM_ID"),
    location: z.string().min(1),
    regions: z.array(region).min(1).optional(),
    publicNetworkAccessEnabled: z.boolean(),
    tags: tagsSchema.default({}),
  })
  .strict();

export interface MlRegistryProps {
  /** 3-33 letters, digits, hyphens or underscores. */
  readonly name: string;
  /** Resource group the registry is created in (its ARM id). */
  readonly resourceGroupId: string;
  /** Primary region. */
  readonly location: string;
  /**
   * Inbound public access: an explicit choice (`false` needs private endpoints to the registry).
   */
  readonly publicNetworkAccessEnabled: boolean;
  /**
   * Regions the registry replicates to, the primary first.
   * @default - the primary region only
   */
  readonly regions?: {
    readonly location: string;
    /**
     * Replication of the registry's storage in this region.
     * @default "Standard_ZRS"
     */
    readonly storageAccountType?: "Standard_LRS" | "Standard_ZRS" | "Standard_GRS" | "Standard_GZRS" | "Standard_RAGRS" | "Standard_RAGZRS";
    /** @default "Premium" */
    readonly acrSku?: "Standard" | "Premium";
  }[];
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * An Azure ML registry (`Microsoft.MachineLearningServices/registries` through azapi): models,
 * environments and components shared across workspaces and regions. Its system-created storage has
 * no public blob access and no hierarchical namespace; its registries are Premium.
 */
export class MlRegistry extends Construct {
  /** The registry (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly registryName: string;

  constructor(scope: Construct, id: string, props: MlRegistryProps) {
    super(scope, id);
    const p = Validator.props(this, MlRegistryPropsSchema, props, (p, v) => {
      const regions = p.regions ?? [];
      if (regions.length && regions[0].location !== p.location) v.add("REGION", "regions[0].location", regions[0].location, `must be the primary location (${p.location})`);
      const names = regions.map((r) => r.location);
      if (new Set(names).size !== names.length) v.add("DUPLICATE", "regions", names, "must not repeat a location");
    });
    requireProviders(this, { azapi: true });
    this.registryName = p.name;
    const regions = p.regions ?? [{ location: p.location, storageAccountType: "Standard_ZRS" as const, acrSku: "Premium" as const }];
    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("registries"),
      name: p.name,
      parentId: p.resourceGroupId,
      location: p.location,
      identity: { type: "SystemAssigned" },
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      body: {
        properties: {
          publicNetworkAccess: p.publicNetworkAccessEnabled ? "Enabled" : "Disabled",
          regionDetails: regions.map((r) => ({
            location: r.location,
            storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: r.storageAccountType, storageAccountHnsEnabled: false, allowBlobPublicAccess: false } }],
            acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: r.acrSku } }],
          })),
        },
      },
      responseExportValues: { discoveryUrl: "properties.discoveryUrl", mlFlowRegistryUri: "properties.mlFlowRegistryUri" },
    });
  }

  /** The URI of an asset version in this registry, accepted wherever an asset is. */
  public assetUri(kind: "models" | "environments" | "data" | "components" | "codes", name: string, version: string): string {
    return registryAssetUri(this.registryName, kind, name, version);
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<MlRegistryProps, z.input<typeof MlRegistryPropsSchema>>;
