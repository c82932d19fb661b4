/**
 * Kinds: how the library tells its own constructs apart when one is passed where a kind is expected
 * (a workspace, an endpoint, an asset version, a compute). A construct is marked with its kind when it
 * is made, and checked by that mark, not by the shape of the object (any object with an `id` or a
 * `computeId` string is not a model or a cluster). The marks are `Symbol.for`, so two copies of the
 * package agree.
 */
import * as z from "zod";

/** The kinds the library marks. */
export type Kind = "IWorkspace" | "OnlineEndpoint" | "BatchEndpoint" | "AssetVersion" | "Compute";

const MARKS: Readonly<Record<Kind, symbol>> = {
  IWorkspace: Symbol.for("cdktf-azureml.IWorkspace"),
  OnlineEndpoint: Symbol.for("cdktf-azureml.OnlineEndpoint"),
  BatchEndpoint: Symbol.for("cdktf-azureml.BatchEndpoint"),
  AssetVersion: Symbol.for("cdktf-azureml.AssetVersion"),
  Compute: Symbol.for("cdktf-azureml.Compute"),
};

/** Marks `x` as of `kind` (constructors call it). */
export function markKind(x: object, kind: Kind): void {
  Object.defineProperty(x, MARKS[kind], { value: true });
}

/** Whether `x` was marked as of `kind`. */
export function isOfKind(x: unknown, kind: Kind): boolean {
  return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[MARKS[kind]] === true;
}

/**
 * A zod schema for an object of `kind`: anything else is refused with `INVALID_TYPE` and `message`,
 * whatever its shape. Every props field that takes a construct by kind uses it.
 * @internal
 */
export function kindSchema<T>(kind: Kind, message: string) {
  return z.custom<T>((v) => isOfKind(v, kind), { message, params: { code: "INVALID_TYPE" } });
}
