import { Construct } from "constructs";
import * as z from "zod";
import type { AzapiResource } from "../azapi/resource";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import {checkRefs } from "./asset-reference";
import { assetVersionShape, createAssetVersion } from "./asset-version";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { markKind } from "../core/kind";

/** @internal */
export const DataAssetPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    type: z.enum(["uri_file", "uri_folder", "mltable"]),
    path: z.string().min(1),
  })
  .strict();

export interface DataAssetProps {
  /** `uri_file`, `uri_folder` or `mltable` (a folder with an MLTable file). */
  readonly type: "uri_file" | "uri_folder" | "mltable";
  /** The data: `azureml://datastores/<ds>/paths/<path>` or a storage https URL. */
  readonly path: string;
  /** Asset name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly workspace: IWorkspace;
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
export type DataAssetOptions = Omit<DataAssetProps, "workspace">;

/** A data asset version (`workspaces/data/versions` through azapi). */
export class DataAsset extends Construct {
  /** The data version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  /** The version's ARM id, for jobs. */
  public readonly assetId: string;

  constructor(scope: Construct, id: string, props: DataAssetProps) {
    super(scope, id);
    const p = Validator.props(this, DataAssetPropsSchema, props, (p, v) => {
      checkRefs(v, [["path", p.path]]);
      if (p.type === "uri_folder" || p.type === "mltable") {
        if (typeof p.path === "string" && !p.path.endsWith("/") && !p.path.includes("${")) v.add("FOLDER_PATH", "path", p.path, `must end with "/" for ${p.type}: it names a folder`);
      }
    });
    requireProviders(this, { azapi: true });
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "data",
      name: p.name,
      version: p.version,
      body: { properties: { dataType: p.type, dataUri: p.path, description: p.description, tags: Object.keys(p.tags).length ? p.tags : undefined } },
    });
    this.assetId = this.resource.id;
    markKind(this, "AssetVersion");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<DataAssetProps, z.input<typeof DataAssetPropsSchema>>;
