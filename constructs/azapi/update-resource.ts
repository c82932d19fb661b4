import type { Construct } from "constructs";
import { TerraformResource, type TerraformMetaArguments } from "../core/engine";
import { definedOnly, hclAny, hclBlock, hclString, hclStringList } from "./hcl";
import { retryBlock, timeoutsBlock, type AzapiBody, type AzapiRetry, type AzapiTimeouts } from "./resource";
import { AZAPI_VERSION_CONSTRAINT } from "./provider";
import { escapeTemplatesDeep } from "./template-escape";

/** Arguments of `azapi_update_resource`: GET the resource, merge `body` into it, PUT it back. */
export interface AzapiUpdateResourceConfig extends TerraformMetaArguments {
  /** `<ResourceType>@<api-version>`. */
  readonly type: string;
  /** The id of the resource to update. */
  readonly resourceId: string;
  /** The part of the body to merge in; template sequences are escaped as in `AzapiResource`. */
  readonly body: AzapiBody;
  /** @default - none */
  readonly responseExportValues?: Record<string, string>;
  /** @default - none */
  readonly locks?: readonly string[];
  /** @default - provider default */
  readonly retry?: AzapiRetry;
  /** @default - provider defaults */
  readonly timeouts?: AzapiTimeouts;
}

/**
 * `azapi_update_resource`: sets properties of an existing resource that azurerm does not expose
 * (e.g. a workspace's `systemDatastoresAuthMode`) or that must be set after other resources exist
 * (an online endpoint's traffic). Destroying it changes nothing in Azure.
 */
export class AzapiUpdateResource extends TerraformResource {
  public static readonly tfResourceType = "azapi_update_resource";
  public readonly config: AzapiUpdateResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiUpdateResourceConfig) {
    super(scope, id, {
      terraformResourceType: AzapiUpdateResource.tfResourceType,
      terraformGeneratorMetadata: { providerName: "azapi", providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this.config = { ...config, body: escapeTemplatesDeep(config.body) };
  }

  public get id(): string {
    return this.getStringAttribute("id");
  }

  public exportedValue(name: string): string {
    return this.getStringAttribute(`output.${name}`);
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    const c = this.config;
    return {
      type: c.type,
      resource_id: c.resourceId,
      body: c.body,
      response_export_values: c.responseExportValues,
      locks: c.locks,
      retry: retryBlock(c.retry),
      timeouts: timeoutsBlock(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const c = this.config;
    return definedOnly({
      type: hclString(c.type),
      resource_id: hclString(c.resourceId),
      body: hclAny(c.body),
      response_export_values: hclAny(c.responseExportValues),
      locks: hclStringList(c.locks),
      retry: hclBlock(retryBlock(c.retry)),
      timeouts: hclBlock(timeoutsBlock(c.timeouts)),
    });
  }
}
