import * as z from "zod";
import { isOfKind, kindSchema } from "../core/kind";
import { isUnresolved } from "../core/tokens";
import type { Validator } from "../core/validation";
import type { IWorkspace } from "../workspace/workspace-reference";
import type { SameShape } from "../core/same-shape";

/**
 * A reference to an Azure ML asset or resource: an ARM id, an `azureml://` URI (registry assets,
 * datastore paths), an `azureml:<name>:<version>` short form, or an asset version of this library
 * (`Model`, `Environment`, `DataAsset`, `CodeVersion`, `CommandComponent`), checked by kind.
 * @internal
 */
export const refSchema = z.union([
  z.string().min(1),
  kindSchema<IAssetVersion>("AssetVersion", "must be a reference string or an asset version of this library (Model, Environment, DataAsset, CodeVersion, CommandComponent)"),
]);
/** An asset version of this library: what a reference to one reads. */
export interface IAssetVersion {
  /** The asset version's ARM id. */
  readonly assetId: string;
}
export type Ref = string | IAssetVersion;

/** The string a reference stands for. */
export function refString(ref: Ref): string {
  if (typeof ref === "string") return ref;
  return ref.assetId;
}

const REF_SHAPE = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/(workspaces|registries)\/.+|azureml:\/\/.+|azureml:[^:/]+(:[^:/]+)?|https:\/\/.+)$/;

/** Whether a reference has a shape Azure ML accepts (tokens pass). */
export function refProblem(ref: string): string | undefined {
  if (isUnresolved(ref) || REF_SHAPE.test(ref)) return undefined;
  return "must be an Azure ML ARM id, an azureml:// URI, azureml:<name>:<version>, or an https:// URL";
}

/** Records a `REFERENCE` problem for each given reference whose shape Azure ML would not accept. */
export function checkRefs(v: Validator, refs: readonly (readonly [field: string, ref: Ref | undefined])[]): void {
  for (const [field, ref] of refs) {
    // Only what the schema accepted (a string, an asset version): anything else is already reported.
    if (ref === undefined || (typeof ref !== "string" && !isOfKind(ref, "AssetVersion"))) continue;
    const s = refString(ref);
    const problem = refProblem(s);
    if (problem) v.add("REFERENCE", field, s, problem);
  }
}

/**
 * A compute target by name (in the schedule's workspace), by ARM id, or a compute of this library
 * (`ComputeCluster`, `ComputeInstance`, `InferenceCluster`, `SynapseSparkAttachment`), checked by kind.
 * @internal
 */
export const computeRefSchema = z.union([
  z.string().min(1),
  kindSchema<ICompute>("Compute", "must be a compute name, an ARM id, or a compute of this library (ComputeCluster, ComputeInstance, InferenceCluster, SynapseSparkAttachment)"),
]);
/** A compute of this library: what a reference to one reads. */
export interface ICompute {
  /** The compute's ARM id. */
  readonly computeId: string;
}
export type ComputeRef = string | ICompute;

export function computeIdOf(workspace: IWorkspace, ref: ComputeRef): string {
  if (typeof ref !== "string") return ref.computeId;
  if (isUnresolved(ref) || ref.startsWith("/subscriptions/")) return ref;
  return `${workspace.workspaceId}/computes/${ref}`;
}

/** The `azureml://registries/...` URI of an asset version in an Azure ML registry. */
export function registryAssetUri(registryName: string, kind: "models" | "environments" | "data" | "components" | "codes", name: string, version: string): string {
  return `azureml://registries/${registryName}/${kind}/${name}/versions/${version}`;
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<Ref, z.input<typeof refSchema>>;
true satisfies SameShape<ComputeRef, z.input<typeof computeRefSchema>>;
