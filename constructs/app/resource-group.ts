import { Construct } from "constructs";
import * as z from "zod";
import { placementShape, protect } from "../core/common-props";
import { ResourceGroup, azurerm } from "../core/engine";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";

/** @internal */
export const AzureResourceGroupPropsSchema = z.object({ ...placementShape, name: placementShape.resourceGroupName, preventDestroy: z.boolean().default(false) }).omit({ resourceGroupName: true }).strict();

export interface AzureResourceGroupProps {
  /** 1-90 letters, digits, underscores, hyphens, periods or parentheses, not ending with a period. */
  readonly name: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Tags, with Azure's limits.
   * @default {}
   */
  readonly tags?: Record<string, string>;
  /**
   * Terraform `prevent_destroy`: a plan that would delete the group (and everything in it) fails.
   * @default false
   */
  readonly preventDestroy?: boolean;
}

/**
 * A resource group whose name and tags are checked at synthesis (the provider class checks nothing:
 * `rg ml` or a 100-character name fail only at apply). `resource` is the azurerm resource group.
 */
export class AzureResourceGroup extends Construct {
  /** The resource group (construct id `Default`: the same address as a plain ResourceGroup with this construct's id). */
  public readonly resource: ResourceGroup;
  public readonly name: string;
  public readonly location: string;
  public readonly id: string;

  constructor(scope: Construct, id: string, props: AzureResourceGroupProps) {
    super(scope, id);
    const p = Validator.props(this, AzureResourceGroupPropsSchema, props);
    // Construct id "Default": cdktf leaves it out of the logical id, so replacing a plain ResourceGroup
    // with this construct (same id) keeps its Terraform address: no replacement of the group.
    this.resource = new azurerm.ResourceGroup(this, "Default", { name: p.name, location: p.location, tags: Object.keys(p.tags).length ? p.tags : undefined, lifecycle: protect(p.preventDestroy) });
    this.name = this.resource.name;
    this.location = this.resource.location;
    this.id = this.resource.id;
  }
}

// The written-out types above and their schemas cannot drift: this line fails to compile when they differ.
true satisfies SameShape<AzureResourceGroupProps, z.input<typeof AzureResourceGroupPropsSchema>>;
