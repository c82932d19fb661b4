// The config the repository's root app (stacks/main.ts), its diagrams and its config test use when
// AZUREML_CONFIG is not set. Repository-only: the package does not ship it.
import * as path from "node:path";

export const DEFAULT_CONFIG = path.join(__dirname, "config", "example.json");
