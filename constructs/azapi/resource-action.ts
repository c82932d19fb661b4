import type { Construct } from "constructs";
import type { TerraformMetaArguments } from "../core/engine";
import { AzapiElement } from "./element";
import { hclAny, hclBlock, hclString, hclStringList, type HclAttribute } from "./hcl";
import { timeoutsBlock, type AzapiBody, type AzapiTimeouts } from "./resource";
import { escapeTemplatesDeep } from "./template-escape";

/** Arguments of `azapi_resource_action` (azapi v2): one REST call on an existing resource. */
export interface AzapiResourceActionConfig extends TerraformMetaArguments {
  /** `<ResourceType>@<api-version>` of the resource acted on. */
  readonly type: string;
  /** The id of the resource acted on. */
  readonly resourceId: string;
  /** The action path after the resource id (`provisionManagedNetwork`). @default - the resource URL itself */
  readonly action?: string;
  /** @default "POST" */
  readonly method?: "POST" | "PATCH" | "PUT" | "DELETE" | "GET" | "HEAD";
  /** The request body; template sequences are escaped as in `AzapiResource`. @default - no body */
  readonly body?: AzapiBody;
  /** `apply`: on create and on every change; `destroy`: once, when the resource is destroyed. @default "apply" */
  readonly when?: "apply" | "destroy";
  /** Ids to lock on, so the call does not run concurrently with other operations on them. @default - none */
  readonly locks?: readonly string[];
  /** @default - provider defaults */
  readonly timeouts?: AzapiTimeouts;
}

/** `azapi_resource_action`: a typed binding like `AzapiResource`, for ARM actions (POST …/provisionManagedNetwork). */
export class AzapiResourceAction extends AzapiElement {
  public static readonly tfResourceType = "azapi_resource_action";
  /** The resolved configuration, readable by aspects and rules. */
  public readonly config: AzapiResourceActionConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceActionConfig) {
    super(scope, id, AzapiResourceAction.tfResourceType, config);
    this.config = { ...config, body: config.body === undefined ? undefined : escapeTemplatesDeep(config.body) };
  }

  protected attributes(): Record<string, HclAttribute> {
    const c = this.config;
    return {
      type: hclString(c.type),
      resource_id: hclString(c.resourceId),
      action: hclString(c.action),
      method: hclString(c.method),
      body: hclAny(c.body),
      when: hclString(c.when),
      locks: hclStringList(c.locks),
      timeouts: hclBlock(timeoutsBlock(c.timeouts)),
    };
  }
}
