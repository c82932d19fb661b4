import { Construct } from "constructs";
import { z } from "zod";
import type { AzapiResource } from "../azapi/resource";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import {checkRefs } from "./asset-reference";
import { assetVersionShape, createAssetVersion } from "./asset-version";

export const CodeVersionPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    /** Folder of the code: `azureml://datastores/<ds>/paths/<path>/` or a blob https URL (upload it first). */
    path: z.string().min(1),
  })
  .strict();

export type CodeVersionProps = z.input<typeof CodeVersionPropsSchema>;

/** A code version (`workspaces/codes/versions`): the scripts components and deployments run. */
export class CodeVersion extends Construct {
  /** The code version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly assetId: string;

  constructor(scope: Construct, id: string, props: CodeVersionProps) {
    super(scope, id);
    const v = new Validator(this);
    const p = v.parse(CodeVersionPropsSchema, props);
    v.check(() => {
      checkRefs(v, [["path", p.path]]);
    });
    v.throwIfAny();
    requireProviders(this, { azapi: true });
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "codes",
      name: p.name,
      version: p.version,
      body: { properties: { codeUri: p.path, description: p.description, tags: Object.keys(p.tags).length ? p.tags : undefined } },
    });
    this.assetId = this.resource.id;
  }
}
