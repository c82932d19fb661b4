import type { App } from "../constructs/core/engine";
import { SandboxStack } from "./sandbox-stack";

/** Adds the default stacks to an app. `stacks/main.ts` calls it; tests call it with their own app. */
export function addDefaultStacks(app: App): void {
  new SandboxStack(app, "ml-sandbox", {
    location: "westeurope",
    workspaceName: "mlw-sandbox",
    tags: { environment: "sandbox", "managed-by": "cdktf-azureml" },
  });
}
