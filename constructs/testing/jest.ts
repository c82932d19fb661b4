// cdktf-azureml/testing/jest: importing this module once (in a test file or a jest setup file)
// registers the matchers with jest's `expect` and adds their types to jest's `Matchers`, the way
// `cdktf/lib/testing/adapters/jest` does for cdktf's own.
import type { RulePackOptions } from "../policy/rule-pack";
// From the public entry (not its module): the built package keeps one copy of the code, shared by every entry.
import { azureMlMatchers } from "./index";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** No error finding of the rule pack on the stack (tier A unless `options` say otherwise). */
      toPassRulePack(options?: RulePackOptions): R;
      /** A resource of `type` whose synthesized properties include `properties` (deeply; arrays whole). */
      toHaveResourceMatching(type: string, properties?: Record<string, unknown>): R;
    }
  }
}

/** Registers the matchers with `expect` (done on import; calling it again is harmless). */
export function setupAzureMlMatchers(): void {
  const jestExpect = (globalThis as { expect?: { extend(matchers: Record<string, unknown>): void } }).expect;
  if (!jestExpect) throw new Error("cdktf-azureml/testing/jest: no global `expect`; import this module from a jest test or setup file");
  jestExpect.extend(azureMlMatchers);
}

setupAzureMlMatchers();
