import { App } from "../constructs/core/engine";
import { SandboxStack } from "./sandbox-stack";

const app = new App();
new SandboxStack(app, "ml-sandbox", {
  location: "westeurope",
  workspaceName: "mlw-sandbox",
  tags: { environment: "sandbox", "managed-by": "cdktf-azureml" },
});
app.synth();
