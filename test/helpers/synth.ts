import * as path from "node:path";
import { ValidationError } from "../../constructs/core/validation";
import { App, Testing, TerraformStack } from "../../constructs/core/engine";
import { referenceTo, resourcesOfType, synthStack, type SynthesizedStackJson } from "../../constructs/testing/stack-assertions";
import { addAzureProviders } from "../../constructs/app/providers";

/** The synthesized JSON of a stack (the shipped testing module's type). */
export type Synthesized = SynthesizedStackJson;

/** A fresh stack with the providers this library needs. */
export function newStack(id = "test"): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  addAzureProviders(stack);
  return stack;
}

/** A fresh stack without providers (to test the provider checks). */
export function bareStack(id = "test"): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** Synthesizes a stack and parses the result; validations run unless `runValidations` is false. */
export function synth(stack: TerraformStack, runValidations = true): Synthesized {
  return runValidations ? synthStack(stack) : (JSON.parse(Testing.synth(stack, false)) as Synthesized);
}

/** Every resource of `type`, without cdktf's metadata (the shipped `resourcesOfType`). */
export const resourcesOf = resourcesOfType;

/** The one resource of `type`; fails when there are none or several. */
export function onlyResource(s: Synthesized, type: string): Record<string, any> {
  const all = resourcesOf(s, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** The `${type.logicalId.attr}` reference Terraform JSON uses for a resource or data source (the shipped `referenceTo`). */
export const refOf = referenceTo;

/** The ValidationError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error("expected a ValidationError");
}

export { App };

/** The team config the project's own tests use (a copy of the shipped example, so teams can edit theirs). */
export const FIXTURE_CONFIG = path.join(__dirname, "..", "fixtures", "configs", "two-teams.json");
/** A config with every kind of list (environments, teams, compute, datastores, endpoints, deployments, roles). */
export const RICH_CONFIG = path.join(__dirname, "..", "fixtures", "configs", "rich.json");
