import { Construct } from "constructs";
import * as z from "zod";
import { placementShape, protect } from "../core/common-props";
import { ContainerRegistry, azurerm } from "../core/engine";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";


/** The rule for a registry without public access, here and in the workspace's own check of its props. @internal */
export const PRIVATE_REGISTRY_SKU_RULE = 'must be "Premium" when public network access is disabled (private endpoints need Premium)';
/**
 * What can be chosen for a workspace's container registry when it is created.
 * @internal
 */
export const workspaceContainerRegistryOptionsShape = {
  name: azureName("containerRegistry").optional(),
  sku: z.enum(["Basic", "Standard", "Premium"]).default("Premium"),
  retentionDays: z.number().int().min(0).max(365).default(7),
  zoneRedundancyEnabled: z.boolean().default(false),
};

/** @internal */
export const WorkspaceContainerRegistryPropsSchema = z
  .object({
    ...placementShape,
    ...workspaceContainerRegistryOptionsShape,
    name: azureName("containerRegistry"),
    publicNetworkAccessEnabled: z.boolean(),
    preventDestroy: z.boolean().default(false),
  })
  .strict();

export interface WorkspaceContainerRegistryProps {
  readonly name: string;
  /** Public network access (Premium is needed to turn it off). */
  readonly publicNetworkAccessEnabled: boolean;
  /** Resource group the resources are created in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Terraform `prevent_destroy`.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * SKU. Premium is what private endpoints, retention, dedicated data endpoints and zone
   * redundancy need (Azure Policy bd560fc0).
   * @default "Premium"
   */
  readonly sku?: "Basic" | "Standard" | "Premium";
  /**
   * Days untagged manifests are kept (Premium only; CKV_AZURE_167).
   * @default 7
   */
  readonly retentionDays?: number;
  /**
   * Zone redundancy (Premium only, in regions with zones; CKV_AZURE_233).
   * @default false
   */
  readonly zoneRedundancyEnabled?: boolean;
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/**
 * A container registry for an Azure ML workspace: admin user off (Azure ML pulls with its managed
 * identity), anonymous pull off, and on Premium a dedicated data endpoint and a retention policy.
 * Quarantine is left off: Azure ML could not pull the images it builds until they were released.
 */
export class WorkspaceContainerRegistry extends Construct {
  /** The registry (construct id `Resource`). */
  public readonly resource: ContainerRegistry;

  constructor(scope: Construct, id: string, props: WorkspaceContainerRegistryProps) {
    super(scope, id);
    const p = Validator.props(this, WorkspaceContainerRegistryPropsSchema, props, (p, v) => {
      if (p.sku !== "Premium" && !p.publicNetworkAccessEnabled) {
        v.add("REQUIRES_PREMIUM", "sku", p.sku, PRIVATE_REGISTRY_SKU_RULE);
      }
      if (p.sku !== "Premium" && p.zoneRedundancyEnabled) {
        v.add("REQUIRES_PREMIUM", "zoneRedundancyEnabled", true, "needs sku \"Premium\"");
      }
    });

    const premium = p.sku === "Premium";
    this.resource = new azurerm.ContainerRegistry(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      sku: p.sku,
      adminEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccessEnabled: p.publicNetworkAccessEnabled,
      networkRuleBypassOption: "AzureServices",
      dataEndpointEnabled: premium ? true : undefined,
      retentionPolicyInDays: premium ? p.retentionDays : undefined,
      zoneRedundancyEnabled: premium ? p.zoneRedundancyEnabled : undefined,
      tags: p.tags,
      lifecycle: protect(p.preventDestroy),
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceContainerRegistryProps, z.input<typeof WorkspaceContainerRegistryPropsSchema>>;
