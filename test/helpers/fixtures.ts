// What the project's tests share beyond the shipped testing module (cdktf-azureml/testing, in
// constructs/testing/, which they use for synthesis, resources and references): fresh stacks, the one
// resource of a type, the ValidationError of a call, and the fixture configs.
import * as path from "node:path";
import { ValidationError } from "../../constructs/core/validation";
import { Testing, TerraformStack } from "../../constructs/core/engine";
import { resourcesOfType, type SynthesizedStackJson } from "../../constructs/testing";
import { addAzureProviders } from "../../constructs/app/providers";

/** A fresh stack with the providers this library needs. */
export function newStack(id = "test"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  addAzureProviders(stack);
  return stack;
}

/** A fresh stack without providers (to test the provider checks). */
export function bareStack(id = "test"): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** The one resource of `type`; fails when there are none or several. */
export function onlyResource(s: SynthesizedStackJson, type: string): Record<string, any> {
  const all = resourcesOfType(s, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

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

/** The team config the project's own tests use (a copy of the shipped example, so teams can edit theirs). */
export const FIXTURE_CONFIG = path.join(__dirname, "..", "fixtures", "configs", "two-teams.json");
/** A config with every kind of list (environments, teams, compute, datastores, endpoints, deployments, roles). */
export const RICH_CONFIG = path.join(__dirname, "..", "fixtures", "configs", "rich.json");
