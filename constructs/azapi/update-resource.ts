import type { Construct } from "constructs";
import type { TerraformMetaArguments } from "../core/engine";
import { AzapiElement } from "./element";
import { hclAny, hclBlock, hclString, hclStringList, type HclAttribute } from "./hcl";
import { retryBlock, timeoutsBlock, type AzapiBody, type AzapiRetry, type AzapiTimeouts } from "./resource";
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
export class AzapiUpdateResource extends AzapiElement {
  public static readonly tfResourceType = "azapi_update_resource";
  public readonly config: AzapiUpdateResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiUpdateResourceConfig) {
    super(scope, id, AzapiUpdateResource.tfResourceType, config);
    this.config = { ...config, body: escapeTemplatesDeep(config.body) };
  }

  public exportedValue(name: string): string {
    return this.getStringAttribute(`output.${name}`);
  }

  protected attributes(): Record<string, HclAttribute> {
    const c = this.config;
    return {
      type: hclString(c.type),
      resource_id: hclString(c.resourceId),
      body: hclAny(c.body),
      response_export_values: hclAny(c.responseExportValues),
      locks: hclStringList(c.locks),
      retry: hclBlock(retryBlock(c.retry)),
      timeouts: hclBlock(timeoutsBlock(c.timeouts)),
    };
  }
}
