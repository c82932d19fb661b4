// Writes RULES.md at the project root from the rules: `npm run rules:doc`.
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesMarkdown } from "./rules-doc";

export const RULES_MD = path.join(__dirname, "..", "..", "RULES.md");

if (require.main === module) {
  fs.writeFileSync(RULES_MD, renderRulesMarkdown());
  process.stdout.write(`wrote ${path.relative(process.cwd(), RULES_MD)}\n`);
}
