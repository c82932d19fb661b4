import { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource } from "../azapi/resource";
import { armId } from "../core/arm-id";
import { azureName } from "../core/naming";
import { requireProviders } from "../core/provider-checks";
import { isUnresolved, pattern } from "../core/tokens";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";

const https = pattern(/^https:\/\/[^\s/$.?#].[^\s]*$/, "must be an https:// URL");
const storageName = pattern(/^[a-z0-9]{3,24}$/, "must be 3-24 lowercase letters or digits");

/**
 * A secret a connection cannot do without (a Git or feed token). It must be a reference, e.g. a
 * sensitive Terraform variable or a Key Vault secret data source: it goes to azapi's write-only
 * `sensitive_body`, so it is kept out of state, and a literal would be written into the output.
 */
const secretRef = z.string().min(1);

/**
 * The target of a connection; the kinds teams use most, each with its category and metadata.
 * @internal
 */
export const connectionTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("AzureOpenAI"), endpoint: https, resourceId: armId("Microsoft.CognitiveServices/accounts") }).strict(),
  z.object({ kind: z.literal("AIServices"), endpoint: https, resourceId: armId("Microsoft.CognitiveServices/accounts") }).strict(),
  z.object({ kind: z.literal("AISearch"), endpoint: https, resourceId: armId("Microsoft.Search/searchServices") }).strict(),
  z.object({ kind: z.literal("AzureBlob"), storageAccountName: storageName, containerName: azureName("storageContainer"), resourceId: armId("Microsoft.Storage/storageAccounts").optional() }).strict(),
  z.object({ kind: z.literal("ADLSGen2"), storageAccountName: storageName, fileSystem: azureName("storageContainer"), resourceId: armId("Microsoft.Storage/storageAccounts").optional() }).strict(),
  z.object({ kind: z.literal("ContainerRegistry"), loginServer: pattern(/^[a-zA-Z0-9]{5,50}\.azurecr\.(io|cn|us)$/, "must be a registry login server such as crteam.azurecr.io"), resourceId: armId("Microsoft.ContainerRegistry/registries") }).strict(),
  z.object({ kind: z.literal("Git"), url: https, token: secretRef.optional() }).strict(),
  z.object({ kind: z.literal("PythonFeed"), url: https, token: secretRef.optional() }).strict(),
]);

export type ConnectionTarget = {
  readonly kind: "AzureOpenAI";
  readonly endpoint: string;
  readonly resourceId: string;
} | {
  readonly kind: "AIServices";
  readonly endpoint: string;
  readonly resourceId: string;
} | {
  readonly kind: "AISearch";
  readonly endpoint: string;
  readonly resourceId: string;
} | {
  readonly kind: "AzureBlob";
  readonly storageAccountName: string;
  readonly containerName: string;
  readonly resourceId?: string;
} | {
  readonly kind: "ADLSGen2";
  readonly storageAccountName: string;
  readonly fileSystem: string;
  readonly resourceId?: string;
} | {
  readonly kind: "ContainerRegistry";
  readonly loginServer: string;
  readonly resourceId: string;
} | {
  readonly kind: "Git";
  readonly url: string;
  readonly token?: string;
} | {
  readonly kind: "PythonFeed";
  readonly url: string;
  readonly token?: string;
};

/** @internal */
export const WorkspaceConnectionPropsSchema = z
  .object({
    workspace: workspaceSchema,
    name: azureName("connection"),
    target: connectionTargetSchema,
    sharedToAll: z.boolean().default(false),
    sharedUserList: z.array(z.string().min(1)).default([]),
    secretVersion: z.string().min(1).default("1"),
  })
  .strict();

export interface WorkspaceConnectionProps {
  readonly workspace: IWorkspace;
  /** 3-33 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly target: ConnectionTarget;
  /**
   * Every user of the workspace may use it. Off: only its creator and `sharedUserList`.
   * @default false
   */
  readonly sharedToAll?: boolean;
  /**
   * Object ids of users it is shared with.
   * @default []
   */
  readonly sharedUserList?: string[];
  /**
   * Bump to send a changed token again (write-only values are never read back).
   * @default "1"
   */
  readonly secretVersion?: string;
}
export type WorkspaceConnectionOptions = Omit<WorkspaceConnectionProps, "workspace">;

/**
 * A workspace connection (`workspaces/connections` through azapi) to Azure OpenAI, AI Services, AI
 * Search, Blob, ADLS Gen2, a container registry, a Git repository or a Python feed. Azure
 * resources use Entra ID (`AAD`, with the workspace's managed identity) by default: no key is
 * stored. Git and feeds are anonymous, or take a token reference that is sent write-only.
 */
export class WorkspaceConnection extends Construct {
  /** The connection (construct id `Resource`). */
  public readonly resource: AzapiResource;

  constructor(scope: Construct, id: string, props: WorkspaceConnectionProps) {
    super(scope, id);
    const p = Validator.props(this, WorkspaceConnectionPropsSchema, props, (p, v) => {
      const t = p.target;
      if ((t.kind === "Git" || t.kind === "PythonFeed") && t.token !== undefined && !isUnresolved(t.token)) {
        v.add("SECRET_LITERAL", "target.token", "(hidden)", "must be a reference (a sensitive variable or a Key Vault secret data source), never a literal: it would be written into the synthesized output");
      }
    });
    requireProviders(this, { azapi: true });

    const t = p.target;
    let properties: Record<string, unknown>;
    let sensitive: Record<string, unknown> | undefined;
    switch (t.kind) {
      case "AzureOpenAI":
      case "AIServices":
        properties = { category: t.kind, target: t.endpoint, authType: "AAD", metadata: { ApiType: "Azure", ResourceId: t.resourceId } };
        break;
      case "AISearch":
        properties = { category: "CognitiveSearch", target: t.endpoint, authType: "AAD", metadata: { ApiType: "Azure", ResourceId: t.resourceId } };
        break;
      case "AzureBlob":
        properties = {
          category: "AzureBlob",
          target: `https://${t.storageAccountName}.blob.core.windows.net/${t.containerName}`,
          authType: "AAD",
          metadata: { AccountName: t.storageAccountName, ContainerName: t.containerName, ResourceId: t.resourceId },
        };
        break;
      case "ADLSGen2":
        properties = {
          category: "ADLSGen2",
          target: `https://${t.storageAccountName}.dfs.core.windows.net/${t.fileSystem}`,
          authType: "AAD",
          metadata: { AccountName: t.storageAccountName, FileSystem: t.fileSystem, ResourceId: t.resourceId },
        };
        break;
      case "ContainerRegistry":
        properties = { category: "ContainerRegistry", target: t.loginServer, authType: "AAD", metadata: { ResourceId: t.resourceId } };
        break;
      case "Git":
      case "PythonFeed":
        properties = { category: t.kind, target: t.url, authType: t.token ? "PAT" : "None" };
        sensitive = t.token ? { properties: { credentials: { pat: t.token } } } : undefined;
        break;
    }
    properties = {
      ...properties,
      isSharedToAll: p.sharedToAll,
      sharedUserList: p.sharedUserList.length ? p.sharedUserList : undefined,
      useWorkspaceManagedIdentity: properties.authType === "AAD" ? true : undefined,
    };

    this.resource = new AzapiResource(this, "Resource", {
      type: mlType("workspaces/connections"),
      name: p.name,
      parentId: p.workspace.workspaceId,
      body: { properties },
      sensitiveBody: sensitive,
      sensitiveBodyVersion: sensitive ? { "properties.credentials.pat": p.secretVersion } : undefined,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ConnectionTarget, z.input<typeof connectionTargetSchema>>;
true satisfies SameShape<WorkspaceConnectionProps, z.input<typeof WorkspaceConnectionPropsSchema>>;
