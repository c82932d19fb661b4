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
export const CodeVersionPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    path: z.string().min(1),
  })
  .strict();

export interface CodeVersionProps {
  /**
   * Folder of the code: `azureml://datastores/<ds>/paths/<path>/` or a blob https URL (upload it first).
   */
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

/** A code version (`workspaces/codes/versions`): the scripts components and deployments run. */
export class CodeVersion extends Construct {
  /** The code version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly assetId: string;

  constructor(scope: Construct, id: string, props: CodeVersionProps) {
    super(scope, id);
    const p = Validator.props(this, CodeVersionPropsSchema, props, (p, v) => {
      checkRefs(v, [["path", p.path]]);
    });
    requireProviders(this, { azapi: true });
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "codes",
      name: p.name,
      version: p.version,
      body: { properties: { codeUri: p.path, description: p.description, tags: Object.keys(p.tags).length ? p.tags : undefined } },
    });
    this.assetId = this.resource.id;
    markKind(this, "AssetVersion");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<CodeVersionProps, z.input<typeof CodeVersionPropsSchema>>;
