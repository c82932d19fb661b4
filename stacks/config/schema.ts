import { z } from "zod";
import { BuiltInRoles, type BuiltInRoleKey } from "../../constructs/access/built-in-roles";
import { computeClusterOptionsShape } from "../../constructs/compute/compute-cluster";
import { computeInstanceOptionsShape } from "../../constructs/compute/compute-instance";
import { azureName } from "../../constructs/core/naming";
import { BlobDatastorePropsSchema } from "../../constructs/data/blob-datastore";
import { ContainerDatastorePropsSchema } from "../../constructs/data/container-datastore";
import { DataLakeGen2DatastorePropsSchema } from "../../constructs/data/data-lake-gen2-datastore";
import { onlineEndpointOptionsShape } from "../../constructs/endpoints/online-endpoint";
import { onlineDeploymentOptionsShape } from "../../constructs/endpoints/online-deployment";
import { batchEndpointOptionsShape } from "../../constructs/endpoints/batch-endpoint";
import { BatchDeploymentPropsSchema } from "../../constructs/endpoints/batch-deployment";

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

export const EnvironmentConfigSchema = z
  .object({
    /** Environment name, part of every stack and resource name: `dev`, `prod`. */
    name: shortName("an environment name"),
    /** Production: private by default, stateful resources protected from destroy. @default false */
    production: z.boolean().default(false),
    /** `private` (private endpoints into the platform network) or `public`. @default - private in production, public otherwise */
    network: z.enum(["public", "private"]).optional(),
    /** Region of the environment. @default - defaults.location */
    location: z.string().min(1).optional(),
    /** Address space of the platform network of a private environment, a /16. @default - 10.<index + 10>.0.0/16 */
    addressSpace: z.string().regex(CIDR16, "must be a /16 such as 10.20.0.0/16").optional(),
    /** Subscription the environment deploys to. @default - from ARM_SUBSCRIPTION_ID or the Azure CLI */
    subscriptionId: z.string().regex(GUID, "must be a subscription GUID").optional(),
    /** Log retention in the platform's Log Analytics workspace. @default 30, 90 in production */
    logRetentionDays: z.number().int().min(30).max(730).optional(),
  })
  .strict();

const clusterShape = z
  .object({ kind: z.literal("cluster"), ...computeClusterOptionsShape })
  .omit({ subnetId: true, location: true, tags: true, nodePublicIpEnabled: true })
  .extend({
    /** Use this CPU cluster to build images (private environments need one; one is added otherwise). @default false */
    imageBuild: z.boolean().default(false),
  })
  .strict();

const instanceShape = z
  .object({ kind: z.literal("instance"), ...computeInstanceOptionsShape })
  .omit({ subnetId: true, location: true, tags: true, nodePublicIpEnabled: true, setupScripts: true })
  .strict();

export const ComputeConfigSchema = z.discriminatedUnion("kind", [clusterShape, instanceShape]);

/** Datastores: a new container in the team's workspace storage, or an existing container or file system by id. */
export const DatastoreConfigSchema = z.discriminatedUnion("kind", [
  ContainerDatastorePropsSchema.omit({ workspace: true, storageAccountId: true }).extend({ kind: z.literal("container") }).strict(),
  BlobDatastorePropsSchema.omit({ workspace: true, credential: true, serviceDataIdentity: true }).extend({ kind: z.literal("blob") }).strict(),
  DataLakeGen2DatastorePropsSchema.omit({ workspace: true, servicePrincipal: true, serviceDataIdentity: true }).extend({ kind: z.literal("adls") }).strict(),
]);

/** Endpoints with their deployments: online (with traffic) or batch (with a default deployment). */
export const EndpointConfigSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("online"),
      ...onlineEndpointOptionsShape,
      /** Deployments of the endpoint. @default [] */
      deployments: z.array(z.object(onlineDeploymentOptionsShape).strict()).default([]),
    })
    .omit({ location: true, identity: true })
    .strict(),
  z
    .object({
      kind: z.literal("batch"),
      ...batchEndpointOptionsShape,
      /** Deployments of the endpoint. @default [] */
      deployments: z.array(BatchDeploymentPropsSchema.omit({ endpoint: true }).strict()).default([]),
    })
    .omit({ location: true })
    .strict(),
]);

const roleKeys = Object.keys(BuiltInRoles) as [BuiltInRoleKey, ...BuiltInRoleKey[]];

export const RoleConfigSchema = z
  .object({
    /** Object id of the user, group or service principal. */
    principalId: z.string().regex(GUID, "must be an Entra ID object id (a GUID)"),
    /** @default "Group" */
    principalType: z.enum(["User", "Group", "ServicePrincipal"]).default("Group"),
    /** A key of BuiltInRoles, e.g. `AzureMLDataScientist`, `AzureMLComputeOperator`, `Reader`. */
    role: z.enum(roleKeys),
  })
  .strict();

export const TeamConfigSchema = z
  .object({
    /** Team name, part of stack and resource names: `team-a`. */
    name: shortName("a team name"),
    /** Environments the team has a stack in. @default - all */
    environments: z.array(z.string()).min(1).optional(),
    /** Workspace options. @default {} */
    workspace: z
      .object({
        friendlyName: z.string().max(256).optional(),
        description: z.string().max(1024).optional(),
        /** @default "on-demand" in public environments, "create" (Premium, private) in private ones */
        containerRegistry: z.enum(["on-demand", "create"]).optional(),
        /** @default false */
        highBusinessImpact: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /** Compute clusters and instances. @default [] */
    compute: z.array(ComputeConfigSchema).default([]),
    /** Datastores registered in the team's workspaces (identity-based). @default [] */
    datastores: z.array(DatastoreConfigSchema).default([]),
    /** Online and batch endpoints with their deployments. @default [] */
    endpoints: z.array(EndpointConfigSchema).default([]),
    /** Role assignments on the team's workspaces. @default [] */
    roles: z.array(RoleConfigSchema).default([]),
    /** Tags for the team's resources (merged over the defaults). @default {} */
    tags: z.record(z.string(), z.string()).default({}),
  })
  .strict();

export const StateConfigSchema = z.discriminatedUnion("backend", [
  z.object({ backend: z.literal("local") }).strict(),
  z
    .object({
      backend: z.literal("azurerm"),
      resourceGroupName: azureName("resourceGroup"),
      storageAccountName: azureName("storageAccount"),
      containerName: azureName("storageContainer"),
      /** State keys are `<keyPrefix>/<stack>.tfstate`. @default "azureml" */
      keyPrefix: z.string().regex(/^[a-zA-Z0-9._/-]+$/, "must be a path prefix").default("azureml"),
      /** @default - from ARM_SUBSCRIPTION_ID */
      subscriptionId: z.string().regex(GUID, "must be a subscription GUID").optional(),
    })
    .strict(),
]);

export const AzureMlConfigSchema = z
  .object({
    /** Path of the JSON Schema, for editors. @default - none */
    $schema: z.string().optional(),
    defaults: z
      .object({
        /** Region of every environment that names none. */
        location: z.string().min(1),
        /** Naming prefix: resource groups `rg-<prefix>-<team>-<env>`, workspaces `mlw-<prefix>-<team>-<env>`. */
        prefix: shortName("a naming prefix"),
        /** Tags on every resource. @default {} */
        tags: z.record(z.string(), z.string()).default({}),
      })
      .strict(),
    /** Where Terraform state is kept. @default { backend: "local" } */
    state: StateConfigSchema.prefault({ backend: "local" }),
    environments: z.array(EnvironmentConfigSchema).min(1),
    teams: z.array(TeamConfigSchema).min(1),
  })
  .strict();

export type AzureMlConfig = z.output<typeof AzureMlConfigSchema>;
export type AzureMlConfigInput = z.input<typeof AzureMlConfigSchema>;
export type EnvironmentConfig = z.output<typeof EnvironmentConfigSchema>;
export type TeamConfig = z.output<typeof TeamConfigSchema>;
export type ComputeConfig = z.output<typeof ComputeConfigSchema>;

/** The JSON Schema of the config, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AzureMlConfigSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
}
