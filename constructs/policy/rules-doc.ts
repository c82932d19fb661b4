import { ALL_RULES } from "./rules";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** RULES.md: every rule of the pack, generated from the rules (`npm run rules:doc`). */
export function renderRulesMarkdown(): string {
  const lines = [
    "# Rule pack",
    "",
    "Generated from `constructs/policy/rules/` (`npm run rules:doc`); a test fails when this file is stale.",
    "",
    "Apply it to a stack in one line: `applyRulePack(stack)`. Errors fail `cdktf synth` with the rule id, the",
    "resource and the fix; warnings are printed. Tier B rules run with `applyRulePack(stack, { includeTierB: true })`.",
    "Rules that depend on network isolation are warnings, so a public sandbox stays usable.",
    'Suppress a rule on a construct, with a reason that is recorded in the synthesized JSON: `suppressRule(construct, "AML-ACR-06", "reason ...")`.',
    "",
    "| Rule | Tier | Severity | Applies to | Cause | Sources |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of ALL_RULES) {
    lines.push(
      `| ${r.id} | ${r.tier} | ${r.severity}${r.networkIsolation ? " (network)" : ""} | ${r.resourceTypes.map((t) => `\`${t.replace("azapi:Microsoft.MachineLearningServices/", "azapi ")}\``).join(", ")} | ${cell(r.cause)} | ${cell(r.sources.join(", "))} |`,
    );
  }
  lines.push("", "## Explanations and fixes", "");
  for (const r of ALL_RULES) lines.push(`- **${r.id}**: ${r.explanation} Fix: ${r.fix}.`);
  return `${lines.join("\n")}\n`;
}
