import type { Construct } from "constructs";
import { LocalBackend } from "../core/engine";

/**
 * A local backend whose path is relative, so the synthesized JSON is the same on every machine
 * (cdktf's default writes the absolute path of the current directory). Terraform runs in
 * `cdktf.out/stacks/<stack>/`, so the state lands in the project root, as with cdktf's default.
 */
export function addLocalBackend(stack: Construct, stackName: string): LocalBackend {
  return new LocalBackend(stack, { path: `../../../terraform.${stackName}.tfstate` });
}
