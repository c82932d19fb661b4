// Writes stacks/config/team-config.schema.json from the zod schema: `npm run config:schema`.
import * as fs from "node:fs";
import * as path from "node:path";
import { configJsonSchema } from "./schema";

export const JSON_SCHEMA_FILE = path.join(__dirname, "team-config.schema.json");

export function renderJsonSchema(): string {
  return `${JSON.stringify({ ...configJsonSchema(), title: "cdktf-azureml team configuration" }, null, 2)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), JSON_SCHEMA_FILE)}\n`);
}
