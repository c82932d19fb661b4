import { Construct } from "constructs";
import * as z from "zod";
import { pattern } from "../core/tokens";
import type { AzapiResource } from "../azapi/resource";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import { assetVersionShape, createAssetVersion } from "./asset-version";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { markKind } from "../core/kind";

const IMAGE = /^([a-z0-9.-]+(:\d+)?\/)?[a-z0-9._/-]+(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64})$/;

/** @internal */
export const EnvironmentPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    source: z.union([
      z
        .object({
          image: pattern(IMAGE, "must be an image reference such as mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240908.v1"),
          condaFile: z.string().min(1).optional(),
        })
        .strict(),
      z
        .object({
          buildContext: pattern(/^(azureml:\/\/|https:\/\/)/, "must be an azureml:// or https:// URI"),
          dockerfilePath: z.string().min(1).default("Dockerfile"),
        })
        .strict(),
    ]),
    osType: z.enum(["Linux", "Windows"]).default("Linux"),
    autoRebuild: z.enum(["Disabled", "OnBaseImageUpdate"]).default("Disabled"),
  })
  .strict();

export interface EnvironmentProps {
  /**
   * A Docker image (`mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest`), optionally with a
   * conda file; or a Docker build context.
   */
  readonly source: {
    readonly image: string;
    /**
     * Conda environment YAML, as text.
     * @default - the image as it is
     */
    readonly condaFile?: string;
  } | {
    /** The build context folder: `azureml://datastores/<ds>/paths/<path>/` or a blob https URL. */
    readonly buildContext: string;
    /** @default "Dockerfile" */
    readonly dockerfilePath?: string;
  };
  /** Asset name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly workspace: IWorkspace;
  /** @default "Linux" */
  readonly osType?: "Linux" | "Windows";
  /**
   * Rebuild when the base image is updated. Off by default: an image that changes under a
   * deployment is a surprise; bump the version instead.
   * @default "Disabled"
   */
  readonly autoRebuild?: "Disabled" | "OnBaseImageUpdate";
  /**
   * Version. Versions are immutable in Azure: when none is given, the version is derived from the
   * content (a hash of the synthesized body), so a content change makes a new version instead of an
   * in-place update Azure rejects.
   * @default - derived from the content
   */
  readonly version?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}
export type EnvironmentOptions = Omit<EnvironmentProps, "workspace">;

/**
 * An environment version (`workspaces/environments/versions` through azapi): an image with a conda
 * file, or a Docker build context. The version follows the content unless given.
 */
export class Environment extends Construct {
  /** The environment version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  /** The version's ARM id, for jobs and deployments. */
  public readonly assetId: string;

  constructor(scope: Construct, id: string, props: EnvironmentProps) {
    super(scope, id);
    const p = Validator.props(this, EnvironmentPropsSchema, props);
    requireProviders(this, { azapi: true });
    const s = p.source;
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "environments",
      name: p.name,
      version: p.version,
      body: {
        properties: {
          image: "image" in s ? s.image : undefined,
          condaFile: "image" in s ? s.condaFile : undefined,
          build: "buildContext" in s ? { contextUri: s.buildContext, dockerfilePath: s.dockerfilePath } : undefined,
          osType: p.osType,
          autoRebuild: p.autoRebuild,
          description: p.description,
          tags: Object.keys(p.tags).length ? p.tags : undefined,
        },
      },
    });
    this.assetId = this.resource.id;
    markKind(this, "AssetVersion");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<EnvironmentProps, z.input<typeof EnvironmentPropsSchema>>;
