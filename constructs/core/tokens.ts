import { Token } from "./engine";

/** True when `value` is (or contains) a Terraform reference that is only known at apply time. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}
