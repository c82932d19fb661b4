import { Construct } from "constructs";
import * as z from "zod";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import type { AzapiResource } from "../azapi/resource";
import {checkRefs } from "./asset-reference";
import { assetVersionShape, createAssetVersion } from "./asset-version";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { markKind } from "../core/kind";

/** @internal */
export const ModelPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    type: z.enum(["custom_model", "mlflow_model", "triton_model"]).default("custom_model"),
    path: z.string().min(1),
    stage: z.string().max(64).optional(),
  })
  .strict();

export interface ModelProps {
  /**
   * Where the model files are: `azureml://datastores/<ds>/paths/<path>`, a blob https URL, or a
   * job output. Terraform does not upload files: put them there first.
   */
  readonly path: string;
  /** Asset name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly workspace: IWorkspace;
  /**
   * `custom_model`, `mlflow_model` (deployable without a scoring script) or `triton_model`.
   * @default "custom_model"
   */
  readonly type?: "custom_model" | "mlflow_model" | "triton_model";
  /**
   * Lifecycle stage shown in the studio, e.g. "Development", "Production".
   * @default - none
   */
  readonly stage?: string;
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
export type ModelOptions = Omit<ModelProps, "workspace">;

/** A model version (`workspaces/models/versions` through azapi). */
export class Model extends Construct {
  /** The model version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  /** The version's ARM id, for deployments and jobs. */
  public readonly assetId: string;
  public readonly modelName: string;

  constructor(scope: Construct, id: string, props: ModelProps) {
    super(scope, id);
    const p = Validator.props(this, ModelPropsSchema, props, (p, v) => {
      checkRefs(v, [["path", p.path]]);
    });
    requireProviders(this, { azapi: true });
    this.modelName = p.name;
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "models",
      name: p.name,
      version: p.version,
      body: { properties: { modelType: p.type, modelUri: p.path, description: p.description, stage: p.stage, tags: Object.keys(p.tags).length ? p.tags : undefined } },
    });
    this.assetId = this.resource.id;
    markKind(this, "AssetVersion");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<ModelProps, z.input<typeof ModelPropsSchema>>;
