/** Every example app, by name: diagrams, HCL and snapshot tests walk this list. */
import type { App, TerraformStack } from "cdktf";
import { AiHubStack } from "./ai-hub/main";
import { ComputeStack } from "./compute/main";
import { DataAssetsStack } from "./data-assets/main";
import { OnlineEndpointStack } from "./online-endpoint/main";
import { PrivateNetworkStack } from "./private-network/main";
import { QuickstartStack } from "./quickstart/main";
import { ScheduledTrainingStack } from "./scheduled-training/main";

export interface ExampleApp {
  readonly name: string;
  readonly build: (app: App) => TerraformStack;
}

export const EXAMPLES: readonly ExampleApp[] = [
  { name: "quickstart", build: (app) => new QuickstartStack(app, "quickstart") },
  { name: "compute", build: (app) => new ComputeStack(app, "compute") },
  { name: "private-network", build: (app) => new PrivateNetworkStack(app, "private-network") },
  { name: "scheduled-training", build: (app) => new ScheduledTrainingStack(app, "scheduled-training") },
  { name: "ai-hub", build: (app) => new AiHubStack(app, "ai-hub") },
  { name: "data-assets", build: (app) => new DataAssetsStack(app, "data-assets") },
  { name: "online-endpoint", build: (app) => new OnlineEndpointStack(app, "online-endpoint") },
];
