import type { Construct } from "constructs";
import type { TerraformMetaArguments } from "../core/engine";
import { AzapiElement } from "./element";
import { definedOnly, hclAny, hclBlock, hclBoolean, hclListBlock, hclString, hclStringList, hclStringMap, type HclAttribute } from "./hcl";
import { escapeTemplatesDeep } from "./template-escape";

/** A JSON-like ARM request body, written as an HCL object (azapi v2 rejects JSON strings). */
export type AzapiBody = { readonly [key: string]: unknown };

export type AzapiIdentityType = "SystemAssigned" | "UserAssigned" | "SystemAssigned, UserAssigned" | "None";

export interface AzapiIdentity {
  readonly type: AzapiIdentityType;
  /** User-assigned identity ids; required with `UserAssigned`. */
  readonly identityIds?: readonly string[];
}

export interface AzapiTimeouts {
  readonly create?: string;
  readonly read?: string;
  readonly update?: string;
  readonly delete?: string;
}

export interface AzapiRetry {
  /** Regular expressions of error messages to retry on. */
  readonly errorMessageRegex: readonly string[];
  readonly intervalSeconds?: number;
  readonly maxIntervalSeconds?: number;
}

/** Arguments of `azapi_resource` (azapi v2.12+). */
export interface AzapiResourceConfig extends TerraformMetaArguments {
  /** `<ResourceType>@<api-version>`, e.g. `Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01`. */
  readonly type: string;
  readonly name: string;
  /** The resource group id for top-level types, the parent resource id for child types. */
  readonly parentId: string;
  /** Only for tracked resources (endpoints, deployments, registries). @default - none */
  readonly location?: string;
  /**
   * The ARM body. Literal `${` and `%{` in its strings are escaped, so Azure ML syntax such as
   * `${{inputs.x}}` reaches Azure as written. @default {}
   */
  readonly body?: AzapiBody;
  /**
   * Write-only part of the body, merged over `body` and never stored in state (azapi 2.4+, Terraform
   * 1.11+). Put only references here (a sensitive variable, a Key Vault secret data source): a
   * literal would still be written into the synthesized JSON.
   * @default - none
   */
  readonly sensitiveBody?: AzapiBody;
  /** Body path to version; bump a version to send a changed write-only value again. @default - none */
  readonly sensitiveBodyVersion?: Record<string, string>;
  /** @default - no identity block */
  readonly identity?: AzapiIdentity;
  /** Only for tracked resources. @default - none */
  readonly tags?: Record<string, string>;
  /** Map of output name to JMESPath into the response, e.g. `{ scoringUri: "properties.scoringUri" }`. @default - none */
  readonly responseExportValues?: Record<string, string>;
  /** Validate the body against the provider's embedded ARM schema at plan time. @default true */
  readonly schemaValidationEnabled?: boolean;
  /** Body paths whose remote value is kept on update (azapi 2.12+, Terraform 1.11+). @default - none */
  readonly ignoreBodyChanges?: readonly string[];
  /** Body paths whose change replaces the resource, e.g. `["properties"]` for immutable versions. @default - none */
  readonly replaceTriggersRefs?: readonly string[];
  /** Ids to lock on, so operations on one parent do not run concurrently. @default - none */
  readonly locks?: readonly string[];
  /** @default - no retries beyond the provider's */
  readonly retry?: AzapiRetry;
  /** @default - provider defaults (30 minutes to create, update, delete) */
  readonly timeouts?: AzapiTimeouts;
}

/** @internal */
export function timeoutsBlock(t: AzapiTimeouts | undefined): Record<string, string> | undefined {
  return t ? (definedOnly({ create: t.create, read: t.read, update: t.update, delete: t.delete }) as Record<string, string>) : undefined;
}

/** @internal */
export function retryBlock(r: AzapiRetry | undefined): Record<string, unknown> | undefined {
  return r
    ? (definedOnly({ error_message_regex: r.errorMessageRegex, interval_seconds: r.intervalSeconds, max_interval_seconds: r.maxIntervalSeconds }) as Record<string, unknown>)
    : undefined;
}

/**
 * `azapi_resource`: a hand-written, typed binding (no prebuilt CDKTF binding of azapi exists and
 * `cdktf get` needs the network). Attribute names are emitted in Terraform's snake_case; body keys
 * stay in ARM's camelCase.
 */
export class AzapiResource extends AzapiElement {
  public static readonly tfResourceType = "azapi_resource";
  private resolvedConfig: AzapiResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceConfig) {
    super(scope, id, AzapiResource.tfResourceType, config);
    this.resolvedConfig = { ...config, body: config.body === undefined ? undefined : escapeTemplatesDeep(config.body) };
  }

  /** The resolved configuration, readable by aspects and rules. */
  public get config(): AzapiResourceConfig {
    return this.resolvedConfig;
  }

  /**
   * The ARM body (the escape hatch, as provider classes have a setter per attribute): setting it
   * replaces the whole body, escaped like the one given to the constructor.
   */
  public get body(): AzapiBody | undefined {
    return this.resolvedConfig.body;
  }

  public set body(body: AzapiBody | undefined) {
    this.resolvedConfig = { ...this.resolvedConfig, body: body === undefined ? undefined : escapeTemplatesDeep(body) };
  }

  /** Resources whose changes are serialized with this one's (azapi `locks`). */
  public get locks(): readonly string[] | undefined {
    return this.resolvedConfig.locks;
  }

  public set locks(locks: readonly string[] | undefined) {
    this.resolvedConfig = { ...this.resolvedConfig, locks };
  }

  /** Body paths whose change replaces the resource (azapi `replace_triggers_refs`). */
  public get replaceTriggersRefs(): readonly string[] | undefined {
    return this.resolvedConfig.replaceTriggersRefs;
  }

  public set replaceTriggersRefs(refs: readonly string[] | undefined) {
    this.resolvedConfig = { ...this.resolvedConfig, replaceTriggersRefs: refs };
  }

  /** Body paths whose live value is kept on updates (azapi `ignore_body_changes`). */
  public get ignoreBodyChanges(): readonly string[] | undefined {
    return this.resolvedConfig.ignoreBodyChanges;
  }

  public set ignoreBodyChanges(paths: readonly string[] | undefined) {
    this.resolvedConfig = { ...this.resolvedConfig, ignoreBodyChanges: paths };
  }

  /** Values of the response exported as `output` (azapi `response_export_values`). */
  public get responseExportValues(): Record<string, string> | undefined {
    return this.resolvedConfig.responseExportValues;
  }

  public set responseExportValues(values: Record<string, string> | undefined) {
    this.resolvedConfig = { ...this.resolvedConfig, responseExportValues: values };
  }

  public get name(): string {
    return this.getStringAttribute("name");
  }

  /** The managed identity's principal id (when an identity is configured). */
  public get identityPrincipalId(): string {
    return this.getStringAttribute("identity.0.principal_id");
  }

  /** A value exported through `responseExportValues`, e.g. `exportedValue("scoringUri")`. */
  public exportedValue(name: string): string {
    return this.getStringAttribute(`output.${name}`);
  }

  protected attributes(): Record<string, HclAttribute> {
    const c = this.config;
    return {
      type: hclString(c.type),
      name: hclString(c.name),
      parent_id: hclString(c.parentId),
      location: hclString(c.location),
      body: hclAny(c.body),
      sensitive_body: hclAny(c.sensitiveBody),
      sensitive_body_version: hclAny(c.sensitiveBodyVersion),
      identity: hclListBlock(c.identity ? (definedOnly({ type: c.identity.type, identity_ids: c.identity.identityIds }) as Record<string, unknown>) : undefined),
      tags: hclStringMap(c.tags),
      response_export_values: hclAny(c.responseExportValues),
      schema_validation_enabled: hclBoolean(c.schemaValidationEnabled),
      ignore_body_changes: hclStringList(c.ignoreBodyChanges),
      replace_triggers_refs: hclStringList(c.replaceTriggersRefs),
      locks: hclStringList(c.locks),
      retry: hclBlock(retryBlock(c.retry)),
      timeouts: hclBlock(timeoutsBlock(c.timeouts)),
    };
  }
}
