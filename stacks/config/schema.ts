import * as z from "zod";
import { BuiltInRoles, type BuiltInRoleKey } from "../../constructs/access/built-in-roles";
import { computeClusterOptionsShape } from "../../constructs/compute/compute-cluster";
import { computeInstanceOptionsShape } from "../../constructs/compute/compute-instance";
import { azureName } from "../../constructs/core/naming";
import { tagsSchema } from "../../constructs/core/common-props";
import { BlobDatastorePropsSchema } from "../../constructs/data/blob-datastore";
import { ContainerDatastorePropsSchema } from "../../constructs/data/container-datastore";
import { DataLakeGen2DatastorePropsSchema } from "../../constructs/data/data-lake-gen2-datastore";
import { onlineEndpointOptionsShape } from "../../constructs/endpoints/online-endpoint";
import { onlineDeploymentOptionsShape, type OnlineDeploymentOptions } from "../../constructs/endpoints/online-deployment";
import { batchEndpointOptionsShape } from "../../constructs/endpoints/batch-endpoint";
import { BatchDeploymentPropsSchema, type BatchDeploymentOptions } from "../../constructs/endpoints/batch-deployment";
import type { SameShape } from "../../constructs/core/same-shape";
import type { Duration } from "../../constructs/core/duration";
import type { Ref } from "../../constructs/assets/asset-reference";
import type { ComputeRef } from "../../constructs/assets/asset-reference";

import type { Probe } from "../../constructs/endpoints/endpoint-common";
import { type ManagedIdentity } from "../../constructs/core/identity";

/**
 * The team configuration: defaults, environments and teams, from which the root app builds one
 * platform stack per environment and one stack per team and environment. `team-config.schema.json`
 * is generated from this schema (`npm run config:schema`), so editors complete and check configs.
 */

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const shortName = (what: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/, `must be 2-12 lowercase letters, digits or hyphens, starting with a letter (${what})`)
    .refine((s) => !s.includes("--"), { message: "must not contain consecutive hyphens" });

const CIDR16 = /^(\d{1,3})\.(\d{1,3})\.0\.0\/16$/;

/** A private (RFC 1918) /16 with real octets: 10.x.0.0/16, 172.16-31.0.0/16 or 192.168.0.0/16. */
const privateSlash16 = z.string().regex(CIDR16, "must be a /16 such as 10.20.0.0/16").superRefine((v, ctx) => {
  const m = CIDR16.exec(v);
  if (!m) return;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 255 || b > 255) return ctx.addIssue({ code: "custom", message: "is not an IPv4 range: each octet is 0-255", params: { code: "CIDR" } });
  if (!(a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))) {
    ctx.addIssue({ code: "custom", message: "must be a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16): Azure virtual networks for private environments use private addresses", params: { code: "CIDR_PUBLIC" } });
  }
});

/** @internal */
export const DeploymentEnvironmentConfigSchema = z
  .object({
    name: shortName("an environment name"),
    production: z.boolean().default(false),
    network: z.enum(["public", "private"]).optional(),
    location: z.string().min(1).optional(),
    addressSpace: privateSlash16.optional(),
    subscriptionId: z.string().regex(GUID, "must be a subscription GUID").optional(),
    logRetentionDays: z.number().int().min(30).max(730).optional(),
  })
  .strict();

/**
 * The config's format is its own: each entry lists the fields a team may set, taking each field's
 * rule from the construct (one rule, one message), so a new construct prop does not change what a
 * config file may contain. Placement (subnets, regions, public IPs) comes from the stacks, and so do
 * the team's tags, which an entry's own `tags` (where it has them) join.
 */
function fields<S extends Record<string, z.ZodType>, const K extends keyof S>(shape: S, keys: readonly K[]): Pick<S, K> {
  return Object.fromEntries(keys.map((k) => [k, shape[k]])) as Pick<S, K>;
}

const clusterShape = z
  .object({ kind: z.literal("cluster"), ...fields(computeClusterOptionsShape, ["name", "vmSize", "vmPriority", "minNodes", "maxNodes", "scaleDownAfterIdle", "identity", "localAuthEnabled", "ssh", "description"]) })
  .extend({
    imageBuild: z.boolean().default(false),
  })
  .strict();

const instanceShape = z
  .object({ kind: z.literal("instance"), ...fields(computeInstanceOptionsShape, ["name", "vmSize", "assignedUser", "idleShutdown", "schedules", "localAuthEnabled", "sshPublicKey", "identity", "applicationSharingPolicy", "description"]) })
  .strict();

/** @internal */
export const ComputeConfigSchema = z.discriminatedUnion("kind", [clusterShape, instanceShape]);

/**
 * Datastores: a new container in the team's workspace storage, or an existing container or file system by id.
 * @internal
 */
export const DatastoreConfigSchema = z.discriminatedUnion("kind", [
  z.object({ ...fields(ContainerDatastorePropsSchema.shape, ["containerName", "datastoreName", "description"]), kind: z.literal("container") }).strict(),
  z.object({ ...fields(BlobDatastorePropsSchema.shape, ["name", "description", "tags", "storageContainerId"]), kind: z.literal("blob") }).strict(),
  z.object({ ...fields(DataLakeGen2DatastorePropsSchema.shape, ["name", "description", "tags", "storageContainerId"]), kind: z.literal("adls") }).strict(),
]);

/**
 * Endpoints with their deployments: online (with traffic) or batch (with a default deployment).
 * @internal
 */
export const EndpointConfigSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("online"),
      ...fields(onlineEndpointOptionsShape, ["name", "description", "tags", "authMode", "publicNetworkAccessEnabled", "traffic", "mirrorTraffic"]),
      deployments: z
        .array(
          z
            .object(
              fields(onlineDeploymentOptionsShape, [
                "name", "model", "environment", "code", "instanceType", "instanceCount", "scale", "requestSettings",
                "livenessProbe", "readinessProbe", "environmentVariables", "appInsightsEnabled", "egressPublicNetworkAccessEnabled", "description", "tags",
              ]),
            )
            .strict(),
        )
        .default([]),
    })
    .strict(),
  z
    .object({
      kind: z.literal("batch"),
      ...fields(batchEndpointOptionsShape, ["name", "description", "tags", "defaultDeployment"]),
      deployments: z.array(z.object(fields(BatchDeploymentPropsSchema.shape, ["name", "deployment", "description", "tags"])).strict()).default([]),
    })
    .strict(),
]);

const roleKeys = Object.keys(BuiltInRoles) as [BuiltInRoleKey, ...BuiltInRoleKey[]];

/** @internal */
export const RoleConfigSchema = z
  .object({
    principalId: z.string().regex(GUID, "must be an Entra ID object id (a GUID)"),
    principalType: z.enum(["User", "Group", "ServicePrincipal"]).default("Group"),
    role: z.enum(roleKeys),
  })
  .strict();

/** @internal */
export const TeamConfigSchema = z
  .object({
    name: shortName("a team name"),
    environments: z.array(z.string()).min(1).optional(),
    workspace: z
      .object({
        friendlyName: z.string().max(256).optional(),
        description: z.string().max(1024).optional(),
        containerRegistry: z.enum(["on-demand", "create"]).optional(),
        highBusinessImpact: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    compute: z.array(ComputeConfigSchema).default([]),
    datastores: z.array(DatastoreConfigSchema).default([]),
    endpoints: z.array(EndpointConfigSchema).default([]),
    roles: z.array(RoleConfigSchema).default([]),
    tags: tagsSchema.default({}),
  })
  .strict();

/** @internal */
export const StateConfigSchema = z.discriminatedUnion("backend", [
  z.object({ backend: z.literal("local") }).strict(),
  z
    .object({
      backend: z.literal("azurerm"),
      resourceGroupName: azureName("resourceGroup"),
      storageAccountName: azureName("storageAccount"),
      containerName: azureName("storageContainer"),
      keyPrefix: z.string().regex(/^[a-zA-Z0-9._/-]+$/, "must be a path prefix").default("azureml"),
      subscriptionId: z.string().regex(GUID, "must be a subscription GUID").optional(),
    })
    .strict(),
]);

/** @internal */
export const AzureMlConfigSchema = z
  .object({
    $schema: z.string().optional(),
    defaults: z
      .object({
        location: z.string().min(1),
        prefix: shortName("a naming prefix"),
        tags: tagsSchema.default({}),
      })
      .strict(),
    state: StateConfigSchema.prefault({ backend: "local" }),
    environments: z.array(DeploymentEnvironmentConfigSchema).min(1),
    teams: z.array(TeamConfigSchema).min(1),
  })
  .strict();

export interface AzureMlConfig {
  readonly defaults: {
    /** Region of every environment that names none. */
    readonly location: string;
    /**
     * Naming prefix: resource groups `rg-<prefix>-<team>-<env>`, workspaces `mlw-<prefix>-<team>-<env>`.
     */
    readonly prefix: string;
    /**
     * Tags on every resource.
     * @default {}
     */
    readonly tags: Record<string, string>;
  };
  /**
   * Where Terraform state is kept.
   * @default { backend: "local" }
   */
  readonly state: {
    readonly backend: "local";
  } | {
    readonly backend: "azurerm";
    readonly resourceGroupName: string;
    readonly storageAccountName: string;
    readonly containerName: string;
    /**
     * State keys are `<keyPrefix>/<stack>.tfstate`.
     * @default "azureml"
     */
    readonly keyPrefix: string;
    /** @default - from ARM_SUBSCRIPTION_ID */
    readonly subscriptionId?: string;
  };
  /** The environments: each gets a platform stack and, per team, a team stack. */
  readonly environments: DeploymentEnvironmentConfig[];
  /** The teams: each gets a stack per environment it is in. */
  readonly teams: TeamConfig[];
  /**
   * Path of the JSON Schema, for editors.
   * @default - none
   */
  readonly $schema?: string;
}
export interface AzureMlConfigInput {
  readonly defaults: {
    /** Region of every environment that names none. */
    readonly location: string;
    /**
     * Naming prefix: resource groups `rg-<prefix>-<team>-<env>`, workspaces `mlw-<prefix>-<team>-<env>`.
     */
    readonly prefix: string;
    /**
     * Tags on every resource.
     * @default {}
     */
    readonly tags?: Record<string, string>;
  };
  readonly environments: {
    /** Environment name, part of every stack and resource name: `dev`, `prod`. */
    readonly name: string;
    /**
     * Production: private by default, stateful resources protected from destroy.
     * @default false
     */
    readonly production?: boolean;
    /**
     * `private` (private endpoints into the platform network) or `public`.
     * @default - private in production, public otherwise
     */
    readonly network?: "public" | "private";
    /**
     * Region of the environment.
     * @default - defaults.location
     */
    readonly location?: string;
    /**
     * Address space of the platform network of a private environment, a /16.
     * @default - 10.<index + 10>.0.0/16
     */
    readonly addressSpace?: string;
    /**
     * Subscription the environment deploys to.
     * @default - from ARM_SUBSCRIPTION_ID or the Azure CLI
     */
    readonly subscriptionId?: string;
    /**
     * Log retention in the platform's Log Analytics workspace.
     * @default 30, 90 in production
     */
    readonly logRetentionDays?: number;
  }[];
  readonly teams: {
    /** Team name, part of stack and resource names: `team-a`. */
    readonly name: string;
    /**
     * Environments the team has a stack in.
     * @default - all
     */
    readonly environments?: string[];
    /**
     * Workspace options.
     * @default {}
     */
    readonly workspace?: {
      readonly friendlyName?: string;
      readonly description?: string;
      /** @default "on-demand" in public environments, "create" (Premium, private) in private ones */
      readonly containerRegistry?: "create" | "on-demand";
      /** @default false */
      readonly highBusinessImpact?: boolean;
    };
    /**
     * Compute clusters and instances.
     * @default []
     */
    readonly compute?: ({
      /**
       * Cluster name: 3-32 characters, start with a letter, no "-digits" ending (Azure rejects `cpu-cluster-1`).
       */
      readonly name: string;
      /** VM size, e.g. `Standard_DS3_v2` (CPU) or `Standard_NC24ads_A100_v4` (GPU). */
      readonly vmSize: string;
      /** The most nodes the cluster scales to. */
      readonly maxNodes: number;
      readonly kind: "cluster";
      /** @default - none */
      readonly description?: string;
      /**
       * `Dedicated`, or `LowPriority` (cheaper, can be preempted).
       * @default "Dedicated"
       */
      readonly vmPriority?: "Dedicated" | "LowPriority";
      /**
       * Nodes kept when idle; 0 scales to zero (CKV_AZURE_150).
       * @default 0
       */
      readonly minNodes?: number;
      /**
       * Idle time before a node is released.
       * @default Duration.minutes(2)
       */
      readonly scaleDownAfterIdle?: string | Duration;
      /**
       * Managed identity: one system-assigned, or user-assigned ones; never both.
       * @default { type: "SystemAssigned" }
       */
      readonly identity?: ManagedIdentity;
      /**
       * Keys and tokens to reach the cluster; off so only Entra ID works (CKV_AZURE_142).
       * @default false
       */
      readonly localAuthEnabled?: boolean;
      /**
       * An SSH public key; SSH is off unless given (public access stays off).
       * @default - no SSH
       */
      readonly ssh?: {
        readonly adminUsername: string;
        readonly publicKey: string;
      };
      /**
       * Use this CPU cluster to build images (private environments need one; one is added otherwise).
       * @default false
       */
      readonly imageBuild?: boolean;
    } | {
      /**
       * 3-24 characters, start with a letter, no trailing hyphen, no "-digits" ending; unique in the region.
       */
      readonly name: string;
      /** VM size, e.g. `Standard_DS3_v2`; cannot change after creation. */
      readonly vmSize: string;
      readonly kind: "instance";
      /** @default - none */
      readonly description?: string;
      /**
       * Managed identity (give it Contributor on the workspace, or idle shutdown cannot stop it).
       * @default - none
       */
      readonly identity?: ManagedIdentity;
      /**
       * Keys and tokens to reach the instance; off so only Entra ID works (Azure Policy e96a9a5f).
       * @default false
       */
      readonly localAuthEnabled?: boolean;
      /**
       * The user the instance belongs to (both ids).
       * @default - the identity that deploys it
       */
      readonly assignedUser?: {
        readonly objectId: string;
        readonly tenantId: string;
      };
      /**
       * Stop after this much inactivity (15 minutes to 3 days), or `"never"` (explicit, and costly).
       * @default Duration.minutes(60)
       */
      readonly idleShutdown?: string | Duration;
      /**
       * Up to 4 start/stop schedules.
       * @default - none
       */
      readonly schedules?: ({
        readonly action: "Start" | "Stop";
        /** Five-field cron, e.g. `0 19 * * 1-5` (weekdays at 19:00). */
        readonly cron: string;
        /**
         * Windows time zone id.
         * @default "UTC"
         */
        readonly timeZone?: string;
        /** @default - now */
        readonly startTime?: string;
        /** @default true */
        readonly enabled?: boolean;
      } | {
        readonly action: "Start" | "Stop";
        /** Runs on these days at these times. */
        readonly recurrence: {
          readonly weekDays: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
          readonly hours: number[];
          readonly minutes: number[];
        };
        readonly timeZone?: string;
        readonly startTime?: string;
        readonly enabled?: boolean;
      })[];
      /**
       * An SSH public key; SSH is off unless one is given.
       * @default - no SSH
       */
      readonly sshPublicKey?: string;
      /**
       * Who may use the applications (Jupyter, VS Code) on it.
       * @default "Personal"
       */
      readonly applicationSharingPolicy?: "Personal" | "Shared";
    })[];
    /**
     * Datastores registered in the team's workspaces (identity-based).
     * @default []
     */
    readonly datastores?: ({
      /** 3-63 lowercase letters, digits or hyphens. */
      readonly containerName: string;
      readonly kind: "container";
      /** @default - none */
      readonly description?: string;
      /** @default - the container name with hyphens as underscores */
      readonly datastoreName?: string;
    } | {
      /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
      readonly name: string;
      /**
       * ARM id of the container: `.../storageAccounts/<a>/blobServices/default/containers/<c>` (an
       * `azurerm_storage_container` created with `storage_account_id` has it as `.id`). Not the https URL.
       */
      readonly storageContainerId: string;
      readonly kind: "blob";
      /** @default - none */
      readonly description?: string;
      /** @default {} */
      readonly tags?: Record<string, string>;
    } | {
      /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
      readonly name: string;
      /**
       * ARM id of the file system (a container of a hierarchical-namespace account), not the dfs URL.
       */
      readonly storageContainerId: string;
      readonly kind: "adls";
      /** @default - none */
      readonly description?: string;
      /** @default {} */
      readonly tags?: Record<string, string>;
    })[];
    /**
     * Online and batch endpoints with their deployments.
     * @default []
     */
    readonly endpoints?: ({
      /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
      readonly name: string;
      readonly kind: "online";
      /** @default - none */
      readonly description?: string;
      /**
       * The endpoint's own tags, added to the team's (the stack's `team`, `environment` and `managed-by` stay).
       * @default {}
       */
      readonly tags?: Record<string, string>;
      /**
       * Public scoring access.
       * @default - the workspace's public network access (private when unknown)
       */
      readonly publicNetworkAccessEnabled?: boolean;
      /**
       * How callers authenticate: Entra ID tokens (`AADToken`), Azure ML tokens (`AMLToken`) or keys
       * (`Key`, explicit: keys do not expire).
       * @default "AADToken"
       */
      readonly authMode?: "AMLToken" | "AADToken" | "Key";
      /**
       * Live traffic by deployment name, summing to 100; set after the deployments exist.
       * @default - none (set it with setTraffic)
       */
      readonly traffic?: Record<string, number>;
      /**
       * Mirrored (shadow) traffic by deployment name, at most 50 in total.
       * @default - none
       */
      readonly mirrorTraffic?: Record<string, number>;
      /**
       * Deployments of the endpoint.
       * @default []
       */
      readonly deployments?: OnlineDeploymentOptions[];
    } | {
      /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
      readonly name: string;
      readonly kind: "batch";
      /** @default - none */
      readonly description?: string;
      /**
       * The endpoint's own tags, added to the team's (the stack's `team`, `environment` and `managed-by` stay).
       * @default {}
       */
      readonly tags?: Record<string, string>;
      /**
       * The deployment invocations use when none is named; set after it exists.
       * @default - none (set it with setDefaultDeployment)
       */
      readonly defaultDeployment?: string;
      /**
       * Deployments of the endpoint.
       * @default []
       */
      readonly deployments?: BatchDeploymentOptions[];
    })[];
    /**
     * Role assignments on the team's workspaces.
     * @default []
     */
    readonly roles?: {
      /** Object id of the user, group or service principal. */
      readonly principalId: string;
      /** A key of BuiltInRoles, e.g. `AzureMLDataScientist`, `AzureMLComputeOperator`, `Reader`. */
      readonly role: "AzureMLDataScientist" | "AzureMLComputeOperator" | "AzureMLRegistryUser" | "AzureMLMetricsWriter" | "AzureAIEnterpriseNetworkConnectionApprover" | "Reader" | "Contributor" | "Owner" | "StorageBlobDataContributor" | "StorageBlobDataReader" | "StorageFileDataPrivilegedContributor" | "StorageAccountContributor" | "KeyVaultAdministrator" | "KeyVaultContributor" | "KeyVaultCryptoOfficer" | "KeyVaultCryptoServiceEncryptionUser" | "KeyVaultSecretsUser" | "AcrPull" | "AcrPush";
      /** @default "Group" */
      readonly principalType?: "User" | "Group" | "ServicePrincipal";
    }[];
    /**
     * Tags for the team's resources (merged over the defaults).
     * @default {}
     */
    readonly tags?: Record<string, string>;
  }[];
  /**
   * Path of the JSON Schema, for editors.
   * @default - none
   */
  readonly $schema?: string;
  /**
   * Where Terraform state is kept.
   * @default { backend: "local" }
   */
  readonly state?: {
    readonly backend: "local";
  } | {
    readonly backend: "azurerm";
    readonly resourceGroupName: string;
    readonly storageAccountName: string;
    readonly containerName: string;
    /**
     * State keys are `<keyPrefix>/<stack>.tfstate`.
     * @default "azureml"
     */
    readonly keyPrefix?: string;
    /** @default - from ARM_SUBSCRIPTION_ID */
    readonly subscriptionId?: string;
  };
}
export interface DeploymentEnvironmentConfig {
  /** Environment name, part of every stack and resource name: `dev`, `prod`. */
  readonly name: string;
  /**
   * Production: private by default, stateful resources protected from destroy.
   * @default false
   */
  readonly production: boolean;
  /**
   * `private` (private endpoints into the platform network) or `public`.
   * @default - private in production, public otherwise
   */
  readonly network?: "public" | "private";
  /**
   * Region of the environment.
   * @default - defaults.location
   */
  readonly location?: string;
  /**
   * Address space of the platform network of a private environment, a /16.
   * @default - 10.<index + 10>.0.0/16
   */
  readonly addressSpace?: string;
  /**
   * Subscription the environment deploys to.
   * @default - from ARM_SUBSCRIPTION_ID or the Azure CLI
   */
  readonly subscriptionId?: string;
  /**
   * Log retention in the platform's Log Analytics workspace.
   * @default 30, 90 in production
   */
  readonly logRetentionDays?: number;
}
export interface TeamConfig {
  /** Team name, part of stack and resource names: `team-a`. */
  readonly name: string;
  /**
   * Workspace options.
   * @default {}
   */
  readonly workspace: {
    /** @default false */
    readonly highBusinessImpact: boolean;
    readonly friendlyName?: string;
    readonly description?: string;
    /** @default "on-demand" in public environments, "create" (Premium, private) in private ones */
    readonly containerRegistry?: "create" | "on-demand";
  };
  /**
   * Compute clusters and instances.
   * @default []
   */
  readonly compute: ComputeConfig[];
  /**
   * Datastores registered in the team's workspaces (identity-based).
   * @default []
   */
  readonly datastores: ({
    /** 3-63 lowercase letters, digits or hyphens. */
    readonly containerName: string;
    readonly kind: "container";
    /** @default - none */
    readonly description?: string;
    /** @default - the container name with hyphens as underscores */
    readonly datastoreName?: string;
  } | {
    /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
    readonly name: string;
    /** @default {} */
    readonly tags: Record<string, string>;
    /**
     * ARM id of the container: `.../storageAccounts/<a>/blobServices/default/containers/<c>` (an
     * `azurerm_storage_container` created with `storage_account_id` has it as `.id`). Not the https URL.
     */
    readonly storageContainerId: string;
    readonly kind: "blob";
    /** @default - none */
    readonly description?: string;
  } | {
    /** Datastore name: 1-255 letters, digits, hyphens or underscores. */
    readonly name: string;
    /** @default {} */
    readonly tags: Record<string, string>;
    /**
     * ARM id of the file system (a container of a hierarchical-namespace account), not the dfs URL.
     */
    readonly storageContainerId: string;
    readonly kind: "adls";
    /** @default - none */
    readonly description?: string;
  })[];
  /**
   * Online and batch endpoints with their deployments.
   * @default []
   */
  readonly endpoints: ({
    /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
    readonly name: string;
    /** @default {} */
    readonly tags: Record<string, string>;
    /**
     * How callers authenticate: Entra ID tokens (`AADToken`), Azure ML tokens (`AMLToken`) or keys
     * (`Key`, explicit: keys do not expire).
     * @default "AADToken"
     */
    readonly authMode: "AMLToken" | "AADToken" | "Key";
    readonly kind: "online";
    /**
     * Deployments of the endpoint.
     * @default []
     */
    readonly deployments: {
      /** 3-32 letters, digits or hyphens, starting with a letter. */
      readonly name: string;
      /** Model version: ARM id, `azureml://registries/...` URI, or a Model construct. */
      readonly model: Ref;
      /**
       * VM size of each instance.
       * @default "Standard_DS3_v2"
       */
      readonly instanceType: string;
      /**
       * Instances (the deployment's `sku.capacity`).
       * @default 1
       */
      readonly instanceCount: number;
      /**
       * Scaling: fixed (`Default`; autoscale with Azure Monitor) or target utilization.
       * @default { type: "Default" }
       */
      readonly scale: {
        readonly type: "Default";
      } | {
        readonly type: "TargetUtilization";
        readonly minInstances: number;
        readonly maxInstances: number;
        /** @default 70 */
        readonly targetUtilizationPercentage: number;
        /** @default Duration.seconds(30) */
        readonly pollingInterval: Duration;
      };
      /** @default { requestTimeout: Duration.seconds(5), maxConcurrentRequestsPerInstance: 1 } */
      readonly requestSettings: {
        /** @default Duration.seconds(5) */
        readonly requestTimeout: Duration;
        /** @default 1 */
        readonly maxConcurrentRequestsPerInstance: number;
      };
      /** @default {} */
      readonly environmentVariables: Record<string, string>;
      /**
       * Request and response logs to Application Insights.
       * @default true
       */
      readonly appInsightsEnabled: boolean;
      /** @default {} */
      readonly tags: Record<string, string>;
      /**
       * Environment version; leave it out for MLflow models (no-code deployment).
       * @default - none
       */
      readonly environment?: Ref;
      /**
       * Scoring code: a code version and the scoring script in it.
       * @default - none (MLflow)
       */
      readonly code?: {
        readonly code: Ref;
        readonly scoringScript: string;
      };
      /** @default - Azure's defaults */
      readonly livenessProbe?: Probe;
      /** @default - Azure's defaults */
      readonly readinessProbe?: Probe;
      /**
       * Outbound internet access of the deployment.
       * @default - disabled when the endpoint is private
       */
      readonly egressPublicNetworkAccessEnabled?: boolean;
      /** @default - none */
      readonly description?: string;
    }[];
    /** @default - none */
    readonly description?: string;
    /**
     * Public scoring access.
     * @default - the workspace's public network access (private when unknown)
     */
    readonly publicNetworkAccessEnabled?: boolean;
    /**
     * Live traffic by deployment name, summing to 100; set after the deployments exist.
     * @default - none (set it with setTraffic)
     */
    readonly traffic?: Record<string, number>;
    /**
     * Mirrored (shadow) traffic by deployment name, at most 50 in total.
     * @default - none
     */
    readonly mirrorTraffic?: Record<string, number>;
  } | {
    /** 3-32 letters, digits or hyphens, starting with a letter; unique in the region. */
    readonly name: string;
    /** @default {} */
    readonly tags: Record<string, string>;
    readonly kind: "batch";
    /**
     * Deployments of the endpoint.
     * @default []
     */
    readonly deployments: {
      /** 3-32 letters, digits or hyphens, starting with a letter. */
      readonly name: string;
      /** @default {} */
      readonly tags: Record<string, string>;
      readonly deployment: {
        readonly type: "model";
        /** Model version: ARM id or a Model construct. */
        readonly model: Ref;
        /** The compute cluster that runs the scoring jobs (name, id or construct). */
        readonly compute: ComputeRef;
        /**
         * Nodes per job.
         * @default 1
         */
        readonly instanceCount: number;
        /**
         * Files (or bytes of tabular data) per mini batch.
         * @default 10
         */
        readonly miniBatchSize: number;
        /**
         * Parallel mini batches per node.
         * @default 1
         */
        readonly maxConcurrencyPerInstance: number;
        /**
         * Failures tolerated before the job aborts; -1 ignores all.
         * @default -1
         */
        readonly errorThreshold: number;
        /** @default { maxRetries: 3, timeout: Duration.seconds(30) } */
        readonly retry: {
          /** @default 3 */
          readonly maxRetries: number;
          /**
           * Timeout of one mini batch.
           * @default Duration.seconds(30)
           */
          readonly timeout: Duration;
        };
        /**
         * `AppendRow` writes predictions to one file; `SummaryOnly` leaves output to the script.
         * @default "AppendRow"
         */
        readonly outputAction: "AppendRow" | "SummaryOnly";
        /**
         * With AppendRow.
         * @default "predictions.csv"
         */
        readonly outputFileName: string;
        /** @default "Info" */
        readonly loggingLevel: "Warning" | "Info" | "Debug";
        /** @default {} */
        readonly environmentVariables: Record<string, string>;
        /**
         * Environment version; leave out for MLflow models.
         * @default - none
         */
        readonly environment?: Ref;
        /**
         * Scoring code and script.
         * @default - none (MLflow)
         */
        readonly code?: {
          readonly code: Ref;
          readonly scoringScript: string;
        };
      } | {
        readonly type: "pipeline-component";
        /** Pipeline component version: ARM id or a component construct. */
        readonly component: Ref;
        /** Default compute of the pipeline's steps (name, id or construct). */
        readonly compute: ComputeRef;
        /** @default {} */
        readonly settings: Record<string, string>;
      };
      /** @default - none */
      readonly description?: string;
    }[];
    /** @default - none */
    readonly description?: string;
    /**
     * The deployment invocations use when none is named; set after it exists.
     * @default - none (set it with setDefaultDeployment)
     */
    readonly defaultDeployment?: string;
  })[];
  /**
   * Role assignments on the team's workspaces.
   * @default []
   */
  readonly roles: {
    /** Object id of the user, group or service principal. */
    readonly principalId: string;
    /** @default "Group" */
    readonly principalType: "User" | "Group" | "ServicePrincipal";
    /** A key of BuiltInRoles, e.g. `AzureMLDataScientist`, `AzureMLComputeOperator`, `Reader`. */
    readonly role: "AzureMLDataScientist" | "AzureMLComputeOperator" | "AzureMLRegistryUser" | "AzureMLMetricsWriter" | "AzureAIEnterpriseNetworkConnectionApprover" | "Reader" | "Contributor" | "Owner" | "StorageBlobDataContributor" | "StorageBlobDataReader" | "StorageFileDataPrivilegedContributor" | "StorageAccountContributor" | "KeyVaultAdministrator" | "KeyVaultContributor" | "KeyVaultCryptoOfficer" | "KeyVaultCryptoServiceEncryptionUser" | "KeyVaultSecretsUser" | "AcrPull" | "AcrPush";
  }[];
  /**
   * Tags for the team's resources (merged over the defaults).
   * @default {}
   */
  readonly tags: Record<string, string>;
  /**
   * Environments the team has a stack in.
   * @default - all
   */
  readonly environments?: string[];
}
export type ComputeConfig = {
  /**
   * Cluster name: 3-32 characters, start with a letter, no "-digits" ending (Azure rejects `cpu-cluster-1`).
   */
  readonly name: string;
  /** VM size, e.g. `Standard_DS3_v2` (CPU) or `Standard_NC24ads_A100_v4` (GPU). */
  readonly vmSize: string;
  /**
   * `Dedicated`, or `LowPriority` (cheaper, can be preempted).
   * @default "Dedicated"
   */
  readonly vmPriority: "Dedicated" | "LowPriority";
  /**
   * Nodes kept when idle; 0 scales to zero (CKV_AZURE_150).
   * @default 0
   */
  readonly minNodes: number;
  /** The most nodes the cluster scales to. */
  readonly maxNodes: number;
  /**
   * Idle time before a node is released.
   * @default Duration.minutes(2)
   */
  readonly scaleDownAfterIdle: Duration;
  /**
   * Managed identity: one system-assigned, or user-assigned ones; never both.
   * @default { type: "SystemAssigned" }
   */
  readonly identity: ManagedIdentity;
  /**
   * Keys and tokens to reach the cluster; off so only Entra ID works (CKV_AZURE_142).
   * @default false
   */
  readonly localAuthEnabled: boolean;
  readonly kind: "cluster";
  /**
   * Use this CPU cluster to build images (private environments need one; one is added otherwise).
   * @default false
   */
  readonly imageBuild: boolean;
  /** @default - none */
  readonly description?: string;
  /**
   * An SSH public key; SSH is off unless given (public access stays off).
   * @default - no SSH
   */
  readonly ssh?: {
    readonly adminUsername: string;
    readonly publicKey: string;
  };
} | {
  /**
   * 3-24 characters, start with a letter, no trailing hyphen, no "-digits" ending; unique in the region.
   */
  readonly name: string;
  /** VM size, e.g. `Standard_DS3_v2`; cannot change after creation. */
  readonly vmSize: string;
  /**
   * Keys and tokens to reach the instance; off so only Entra ID works (Azure Policy e96a9a5f).
   * @default false
   */
  readonly localAuthEnabled: boolean;
  /**
   * Stop after this much inactivity (15 minutes to 3 days), or `"never"` (explicit, and costly).
   * @default Duration.minutes(60)
   */
  readonly idleShutdown: "never" | Duration;
  /**
   * Up to 4 start/stop schedules.
   * @default - none
   */
  readonly schedules: ({
    readonly action: "Start" | "Stop";
    /** Five-field cron, e.g. `0 19 * * 1-5` (weekdays at 19:00). */
    readonly cron: string;
    /**
     * Windows time zone id.
     * @default "UTC"
     */
    readonly timeZone: string;
    /** @default true */
    readonly enabled: boolean;
    /** @default - now */
    readonly startTime?: string;
  } | {
    readonly action: "Start" | "Stop";
    /** Runs on these days at these times. */
    readonly recurrence: {
      readonly weekDays: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
      readonly hours: number[];
      readonly minutes: number[];
    };
    readonly timeZone: string;
    readonly enabled: boolean;
    readonly startTime?: string;
  })[];
  /**
   * Who may use the applications (Jupyter, VS Code) on it.
   * @default "Personal"
   */
  readonly applicationSharingPolicy: "Personal" | "Shared";
  readonly kind: "instance";
  /** @default - none */
  readonly description?: string;
  /**
   * Managed identity (give it Contributor on the workspace, or idle shutdown cannot stop it).
   * @default - none
   */
  readonly identity?: ManagedIdentity;
  /**
   * The user the instance belongs to (both ids).
   * @default - the identity that deploys it
   */
  readonly assignedUser?: {
    readonly objectId: string;
    readonly tenantId: string;
  };
  /**
   * An SSH public key; SSH is off unless one is given.
   * @default - no SSH
   */
  readonly sshPublicKey?: string;
};

/** The JSON Schema of the config, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AzureMlConfigSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<AzureMlConfig, z.output<typeof AzureMlConfigSchema>>;
true satisfies SameShape<AzureMlConfigInput, z.input<typeof AzureMlConfigSchema>>;
true satisfies SameShape<DeploymentEnvironmentConfig, z.output<typeof DeploymentEnvironmentConfigSchema>>;
true satisfies SameShape<TeamConfig, z.output<typeof TeamConfigSchema>>;
true satisfies SameShape<ComputeConfig, z.output<typeof ComputeConfigSchema>>;
