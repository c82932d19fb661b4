/**
 * `adoption-report.md`: what was adopted as which construct, what was left out and why, every
 * setting kept as found, and each rule-pack finding on the estate with what turning on the secure
 * default would change and could break. No secret value is written: only where one was found.
 */
import type { RedactedSecret } from "./secrets";
import { couldBreak } from "./impact";
import type { AdoptionPlan } from "./model";
import { clip } from "./names";
import { camelKeys } from "./reconcile";
import { stackClassName } from "./render";

const cell = (s: unknown) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (v: unknown) => `\`${cell(typeof v === "string" ? v : JSON.stringify(v))}\``;

export function renderReport(plan: AdoptionPlan, exportFile: string, stackFile: string, secrets: readonly RedactedSecret[]): string {
  const out: string[] = [];
  const addressOf = (step: string, accessor: string) => plan.adoptions.find((a) => a.step === step && a.accessor === accessor);
  out.push(
    `# Adoption report: ${plan.stackName}`,
    "",
    `From \`${exportFile}\` (resource group \`${plan.resourceGroupName}\`, subscription \`${plan.subscriptionId}\`), written to \`${stackFile}\` (class \`${stackClassName(plan.stackName)}\`).`,
    "",
    `- ${plan.adoptions.length} resources adopted, each with an import block, and ${plan.leftOut.filter((l) => l.partOf).length} adopted as part of them; ${plan.leftOut.filter((l) => !l.partOf).length} left out (${plan.leftOut.filter((l) => l.unknownType).length} of a type this command does not know).`,
    `- ${plan.kept.length} settings kept as found where the constructs' defaults differ; ${plan.findings.length} rule-pack findings on the estate as found, each suppressed in code with "adopted as found".`,
    `- ${plan.created.length} resources the code creates that the export does not hold; ${secrets.length} secret values found in the input and written nowhere.`,
    "",
    "Next: `npx cdktf plan " + plan.stackName + "` must show the imports and no change to them; read \"Settings the export cannot show\" and \"Settings not carried over\" first, and plan from inside the network when a storage account is private (azurerm reads its queue properties through the storage data plane; or set the provider's `storage { data_plane_available = false }` feature). Keep the state in an access-controlled remote backend: importing puts the resources' keys into it. Then turn on secure defaults one at a time, each as its own change, after reading what it could break below.",
    "",
    "## Adopted",
    "",
    "| Resource | ARM type | Adopted as | Import id |",
    "| --- | --- | --- | --- |",
    ...plan.adoptions.map((a) => `| ${cell(a.resource.name)} | ${cell(a.resource.type)} | ${cell(a.asWhat)} | ${code(a.importFromId)} |`),
    "",
    "## Adopted as part of another resource",
    "",
  );
  const parts = plan.leftOut.filter((l) => l.partOf);
  const left = plan.leftOut.filter((l) => !l.partOf);
  if (parts.length) out.push("| Resource | ARM type | How |", "| --- | --- | --- |", ...parts.map((l) => `| ${cell(l.resource.name)} | ${cell(l.resource.type)} | ${cell(l.reason)} |`));
  else out.push("None.");
  out.push("", "## Left out", "");
  if (left.length) out.push("| Resource | ARM type | Why |", "| --- | --- | --- |", ...left.map((l) => `| ${cell(l.resource.name)} | ${cell(l.resource.type)} | ${l.unknownType ? "**Unknown type.** " : ""}${cell(l.reason)} |`));
  else out.push("Nothing: every resource of the export is adopted.");
  out.push("", "## Settings not carried over", "");
  if (plan.notCarriedOver.length) {
    out.push("The export holds these settings of adopted resources and nothing in the code sets them. For azapi resources (computes instances, endpoints, deployments, outbound rules) azapi leaves a property the body does not write as it is. For azurerm resources, if azurerm manages the setting, `cdktf plan` shows it as a change (or a replacement): read the plan for each before applying, and set it on the resource (`x.resource.<setting> = ...`) to keep it.", "", "| Resource | Property | Value |", "| --- | --- | --- |");
    for (const n of plan.notCarriedOver) out.push(`| ${cell(n.resource)} | \`${n.property}\` | ${code(clip(n.value, 90))} |`);
  } else out.push("None: every setting of the adopted resources in the export is read (or is state, not a setting).");
  out.push("", "## Settings kept as found", "", "Each is written in the stack after its construct, so a reviewer sees it; the construct's own value is what the library would choose.", "");
  if (plan.kept.length) {
    out.push("| Resource | Attribute | In code (as found) | The construct writes |", "| --- | --- | --- | --- |");
    for (const k of plan.kept) {
      const a = addressOf(k.step, k.accessor);
      out.push(`| ${cell(a?.resource.name ?? k.step)} | \`${k.attribute}\` | ${k.notReadBack ? "not set now (an import does not read it back): add it after the first apply" : k.action === "reset" ? (k.foundOff ? "not set (found off)" : k.computed ? "not set (Terraform keeps what Azure has)" : "not set (**not in the export**: check the plan)") : code(clip(k.value, 90))} | ${k.constructValue === undefined ? "nothing (unset)" : code(clip(camelKeys(k.constructValue), 90))} |`);
    }
  } else out.push("None: the constructs' defaults are what the estate has.");
  out.push("", "## Rule-pack findings on the estate as found", "", "Each is suppressed in the code with the reason \"adopted as found: ...\", so `applyRulePack` passes and the finding stays visible in review and in the synthesized JSON.", "");
  if (plan.findings.length) {
    for (const f of plan.findings) {
      const a = addressOf(f.step, f.accessor);
      out.push(`### ${f.ruleId} on ${a ? a.resource.name : f.address}`, "", `- Found: ${f.cause}.`, `- Turning on the secure default: ${f.fix}.`, `- Could break: ${couldBreak(f.ruleId)}`, "");
    }
  } else out.push("None.", "");
  out.push("## Created by the code", "");
  if (plan.created.length) out.push("Resources in the stack that the export does not hold (a plan shows them as to be created):", "", ...plan.created.map((c) => `- \`${c.address}\`: ${c.why}.`), "");
  else out.push("None: the code creates nothing the export does not hold.", "");
  out.push("## Settings the export cannot show", "");
  const computed = plan.unknownSettings.filter((u) => u.computed);
  const open = plan.unknownSettings.filter((u) => !u.computed && !u.assumed);
  const assumed = plan.unknownSettings.filter((u) => u.assumed);
  if (open.length) out.push("**Check these in the plan.** Left unset in the code, and azurerm does not read them back when unset: if Azure has a value, the plan shows a change. `az resource show` output given with `--details` carries them over:", "", ...open.map((u) => `- \`${u.address}\`: \`${u.attribute}\``), "");
  if (assumed.length) out.push("Settings an export never holds (they live in other APIs); the code assumes:", "", ...assumed.map((u) => `- \`${u.address}\`: \`${u.attribute}\`: ${u.assumed}`), "");
  if (computed.length) out.push("Left unset in the code; azurerm reads them from Azure when unset, so a plan keeps what Azure has:", "", ...computed.map((u) => `- \`${u.address}\`: \`${u.attribute}\``), "");
  if (!plan.unknownSettings.length) out.push("None.", "");
  out.push("## Secrets", "");
  if (secrets.length) out.push("Secret values were in the input at these places. They were removed before reading and appear nowhere in the code or this report; keep them in Key Vault:", "", ...secrets.map((s) => `- \`${s.path}\``), "");
  else out.push("No secret value was found in the input.", "");
  return out.join("\n");
}
