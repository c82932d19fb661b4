import { Construct } from "constructs";
import * as z from "zod";
import { placementShape, protect } from "../core/common-props";
import { armId } from "../core/arm-id";
import { CognitiveAccount, azurerm } from "../core/engine";
import { SUBNET_TYPE } from "../core/resource-types";
import { ServicePrivateEndpoint } from "../network/service-private-endpoint";
import { pattern } from "../core/tokens";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { WorkspaceConnection } from "./workspace-connection";

const accountName = pattern(/^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}[a-zA-Z0-9]$/, "must be 2-64 letters, digits or hyphens, starting and ending with a letter or digit");

/** @internal */
export const AiServicesAccountPropsSchema = z
  .object({
    ...placementShape,
    name: accountName,
    publicNetworkAccessEnabled: z.boolean(),
    customSubdomainName: accountName.optional(),
    sku: z.enum(["S0"]).default("S0"),
    localAuthEnabled: z.boolean().default(false),
    preventDestroy: z.boolean().default(false),
    privateEndpoint: z
      .object({
        subnetId: armId(SUBNET_TYPE),
        privateDnsZoneIds: z.array(z.string().min(1)).min(1),
        name: z.string().min(1).optional(),
        location: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface AiServicesAccountProps {
  /** Account name: 2-64 letters, digits or hyphens. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /**
   * Inbound public access: an explicit choice, as for workspaces. When false, the account's network
   * rules deny by default (trusted Azure services excepted); reach it through a private endpoint.
   */
  readonly publicNetworkAccessEnabled: boolean;
  /**
   * The custom subdomain (`https://<subdomain>.cognitiveservices.azure.com`), which Microsoft Entra ID
   * authentication and private endpoints need.
   * @default - the name
   */
  readonly customSubdomainName?: string;
  /** @default "S0" */
  readonly sku?: "S0";
  /**
   * API keys. Off by default: callers (a hub's connection, the workspace identity) use Entra ID; keys
   * do not expire and cannot be scoped (an explicit, insecure choice).
   * @default false
   */
  readonly localAuthEnabled?: boolean;
  /**
   * Terraform `prevent_destroy`.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * A private endpoint into your virtual network for the account (sub-resource `account`), registered
   * in the three zones it needs: `privatelink.cognitiveservices.azure.com`, `privatelink.openai.azure.com`
   * and `privatelink.services.ai.azure.com` (e.g. from `PrivateDnsZones`). A hub's managed network
   * reaches the account through an outbound rule instead; this is for everything else in your network.
   * @default - none
   */
  readonly privateEndpoint?: {
    readonly subnetId: string;
    readonly privateDnsZoneIds: string[];
    /** @default - "pe-" and the account name */
    readonly name?: string;
    /** Region of the endpoint: the virtual network's. @default - the account's */
    readonly location?: string;
  };
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * An Azure AI Services account (kind `AIServices`: Azure OpenAI and the other Foundry models behind
 * one endpoint), the account an AI hub connects to. Secure by default: keys off (Entra ID only), a
 * custom subdomain, a system-assigned identity, and network rules that deny by default when private.
 * `connectTo(hub)` makes the hub's connection to it (Entra ID, no key).
 */
export class AiServicesAccount extends Construct {
  /** The account (construct id `Resource`). */
  public readonly resource: CognitiveAccount;
  public readonly accountId: string;
  /** The account's endpoint, e.g. `https://contoso-ai.cognitiveservices.azure.com/`. */
  public readonly endpoint: string;
  /** The private endpoint, with `privateEndpoint`. */
  public readonly privateEndpoint?: ServicePrivateEndpoint;

  constructor(scope: Construct, id: string, props: AiServicesAccountProps) {
    super(scope, id);
    const p = Validator.props(this, AiServicesAccountPropsSchema, props);
    this.resource = new azurerm.CognitiveAccount(this, "Resource", {
      name: p.name,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      kind: "AIServices",
      skuName: p.sku,
      customSubdomainName: p.customSubdomainName ?? p.name,
      localAuthEnabled: p.localAuthEnabled,
      publicNetworkAccessEnabled: p.publicNetworkAccessEnabled,
      networkAcls: p.publicNetworkAccessEnabled ? undefined : { defaultAction: "Deny", bypass: "AzureServices" },
      identity: { type: "SystemAssigned" },
      tags: Object.keys(p.tags).length ? p.tags : undefined,
      lifecycle: protect(p.preventDestroy),
    });
    this.accountId = this.resource.id;
    this.endpoint = this.resource.endpoint;
    if (p.privateEndpoint) {
      this.privateEndpoint = new ServicePrivateEndpoint(this, "PrivateEndpoint", {
        name: p.privateEndpoint.name ?? `pe-${p.name}`,
        resourceGroupName: p.resourceGroupName,
        location: p.privateEndpoint.location ?? p.location,
        subnetId: p.privateEndpoint.subnetId,
        targetResourceId: this.accountId,
        subresource: "account",
        privateDnsZoneIds: p.privateEndpoint.privateDnsZoneIds,
        tags: p.tags,
      });
    }
  }

  /** A connection of a workspace or hub to this account, authenticated with Microsoft Entra ID. */
  public connectTo(workspace: IWorkspace, name: string): WorkspaceConnection {
    return new WorkspaceConnection(this, `Connection-${name}`, { workspace, name, target: { kind: "AIServices", endpoint: this.endpoint, resourceId: this.accountId } });
  }
}

// The written-out types above and their schemas cannot drift: this line fails to compile when they differ.
true satisfies SameShape<AiServicesAccountProps, z.input<typeof AiServicesAccountPropsSchema>>;
