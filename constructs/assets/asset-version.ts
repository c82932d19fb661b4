import { createHash } from "node:crypto";
import type { Construct } from "constructs";
import * as z from "zod";
import { mlType } from "../azapi/api-version";
import { AzapiResource, type AzapiBody } from "../azapi/resource";
import { Lazy } from "../core/engine";
import { azureName } from "../core/naming";
import type { IWorkspace } from "../workspace/workspace-reference";
import { tagsSchema } from "../core/common-props";

/**
 * Fields every asset version shares.
 * @internal
 */
export const assetVersionShape = {
  name: azureName("asset"),
  version: azureName("assetVersion").optional(),
  description: z.string().max(4096).optional(),
  tags: tagsSchema.default({}),
};

/** JSON with keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A 12-hexadecimal version derived from content. */
export function contentVersion(content: unknown): string {
  return createHash("sha256").update(canonical(content)).digest("hex").slice(0, 12);
}

/** Asset kinds, as they appear in ARM paths. */
export type AssetKind = "models" | "environments" | "data" | "components" | "codes";

/**
 * Creates `<workspace>/<kind>/<name>/versions/<version>` through azapi. The version PUT creates the
 * asset container implicitly (as the Azure ML CLI does). With no explicit version, the version is
 * computed at synthesis from the resolved body (references included), so it is deterministic and
 * follows every change of content.
 */
export function createAssetVersion(scope: Construct, props: { workspace: IWorkspace; kind: AssetKind; name: string; version?: string; body: AzapiBody }): AzapiResource {
  let resource: AzapiResource | undefined;
  const version =
    props.version ??
    Lazy.stringValue({
      produce: (ctx) => contentVersion(ctx.resolve(resource!.config.body)),
    });
  resource = new AzapiResource(scope, "Resource", {
    type: mlType(`workspaces/${props.kind}/versions`),
    name: version,
    parentId: `${props.workspace.workspaceId}/${props.kind}/${props.name}`,
    body: props.body,
  });
  return resource;
}
