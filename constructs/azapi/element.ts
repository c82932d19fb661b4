import type { Construct } from "constructs";
import { TerraformResource, type TerraformMetaArguments } from "../core/engine";
import { definedOnly, type HclAttribute } from "./hcl";
import { AZAPI_VERSION_CONSTRAINT } from "./provider";

/**
 * What the azapi bindings share: the provider metadata, the meta-arguments, and one attribute table
 * per resource type from which both the JSON (`synthesizeAttributes`) and the HCL
 * (`synthesizeHclAttributes`) are derived, so the two cannot disagree.
 */
export abstract class AzapiElement extends TerraformResource {
  constructor(scope: Construct, id: string, terraformResourceType: string, meta: TerraformMetaArguments) {
    super(scope, id, {
      terraformResourceType,
      terraformGeneratorMetadata: { providerName: "azapi", providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
      provider: meta.provider,
      // An empty list is no dependency: written as none rather than `depends_on: []`.
      dependsOn: meta.dependsOn?.length ? meta.dependsOn : undefined,
      count: meta.count,
      lifecycle: meta.lifecycle,
      provisioners: meta.provisioners,
      connection: meta.connection,
      forEach: meta.forEach,
    });
  }

  /** The ARM id of the resource. */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  /** The attributes, each with its HCL shape (and, where it differs, its JSON value). */
  protected abstract attributes(): Record<string, HclAttribute>;

  protected synthesizeAttributes(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.attributes()).map(([k, a]) => [k, "json" in a ? a.json : a.value]));
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return definedOnly(this.attributes());
  }
}
