/**
 * The adoption plan as a TypeScript stack file: the constructs with the names and settings found,
 * an `importFrom` per adopted resource, each setting kept as found after its construct, and a
 * rule-pack suppression "adopted as found" per finding.
 */
import { clip, keptMember, pascalName } from "./names";
import { adoptedReason } from "./reconcile";
import { isRef, type AdoptionPlan, type Expr } from "./model";
import { byCodePoint } from "../../constructs/core/order";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript literal; objects over several lines when they do not fit on one. */
export function literal(v: unknown, indent: string): string {
  if (v === undefined) return "undefined";
  if (isRef(v)) return v.member ? `${v.$ref}.${v.member}` : v.$ref;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    const parts = v.map((x) => literal(x, inner));
    const one = `[${parts.join(", ")}]`;
    return one.length + indent.length <= 110 && !one.includes("\n") ? one : `[\n${parts.map((p) => `${inner}${p},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (!entries.length) return "{}";
  const parts = entries.map(([k, x]) => `${IDENT.test(k) ? k : JSON.stringify(k)}: ${literal(x, inner)}`);
  const one = `{ ${parts.join(", ")} }`;
  return one.length + indent.length <= 110 && !one.includes("\n") ? one : `{\n${parts.map((p) => `${inner}${p},`).join("\n")}\n${indent}}`;
}

/** The stack's class: "rg-churn-dev" → "RgChurnDevStack" (stack names start with a letter). */
export function stackClassName(stackName: string): string {
  return `${pascalName(stackName)}Stack`;
}

function target(step: string, accessor: string): string {
  return accessor ? `${step}.${accessor}` : step;
}

const short = (v: unknown) => clip(v === undefined ? undefined : JSON.stringify(v), 60);

export function renderStack(plan: AdoptionPlan, exportFile: string): string {
  const I = "    ";
  const libNames = new Set(["addAzureProviders", "addLocalBackend", "applyRulePack", "runApp"]);
  if (plan.findings.length) libNames.add("suppressRule");
  const providerImports = new Map<string, string>();
  for (const s of plan.steps) {
    if (s.module === "cdktf-azureml") {
      if (!s.via) libNames.add(s.className);
    } else providerImports.set(s.className, s.module);
  }
  const out: string[] = [];
  out.push(
    "/**",
    ` * Adopted by \`cdktf-azureml adopt\` from ${exportFile}: resource group ${plan.resourceGroupName},`,
    ` * subscription ${plan.subscriptionId}. Each resource below is imported (Terraform import blocks),`,
    " * with the names and settings found, so `cdktf plan` shows the imports and no change to them;",
    " * adoption-report.md lists what else a plan can show (settings updates the constructs write,",
    " * settings the export cannot show) and what to check before the first apply.",
    " *",
    " * Settings weaker than the library's defaults are kept as found, each next to its construct and each",
    ' * rule-pack finding suppressed with "adopted as found". adoption-report.md says what turning on each',
    " * secure default would change and what it could break. Nothing is hardened here: that is your choice.",
    " */",
    'import { TerraformStack } from "cdktf";',
    'import type { Construct } from "constructs";',
    `import { ${[...libNames].sort(byCodePoint).join(", ")} } from "cdktf-azureml";`,
  );
  for (const [cls, mod] of [...providerImports].sort(([a], [b]) => byCodePoint(a, b))) out.push(`import { ${cls} } from "${mod}";`);
  const cls = stackClassName(plan.stackName);
  out.push(
    "",
    `export class ${cls} extends TerraformStack {`,
    `  constructor(scope: Construct, id = ${JSON.stringify(plan.stackName)}) {`,
    `${I}super(scope, id);`,
    `${I}// Replace with your remote backend: importing puts the resources' keys (storage account keys,`,
    `${I}// Application Insights keys, registry passwords) into the state. Keep it access-controlled, never in git.`,
    `${I}addLocalBackend(this, id);`,
    `${I}addAzureProviders(this, { subscriptionId: ${JSON.stringify(plan.subscriptionId)} });`,
    `${I}applyRulePack(this);`,
  );
  for (const s of plan.steps) {
    out.push("");
    for (const c of s.comment) out.push(`${I}// ${c}`);
    const props = literal(s.props as Expr, I);
    out.push(s.via ? `${I}const ${s.varName} = ${s.via.target}.${s.via.method}(${JSON.stringify(s.id)}, ${props});` : `${I}const ${s.varName} = new ${s.className}(this, ${JSON.stringify(s.id)}, ${props});`);
    for (const a of plan.adoptions.filter((x) => x.step === s.varName)) out.push(`${I}${target(a.step, a.accessor)}.importFrom(${JSON.stringify(a.importFromId)});`);
    if (s.preventDestroy) out.push(`${I}${target(s.varName, s.preventDestroy)}.lifecycle = { preventDestroy: true }; // adopted: ${s.className === "ComputeInstance" ? "any change replaces an instance, and a replacement would lose its disk" : "a replacement fails instead of recreating it"}`);
    const notCarried = plan.notCarriedOver.filter((n) => n.step === s.varName);
    const azapi = new Set(plan.adoptions.filter((a) => a.terraformType === "azapi_resource").map((a) => a.resource.name));
    if (notCarried.length) out.push(`${I}// NOT carried over (nothing here sets them; see the report): ${notCarried.map((n) => `${n.resource} ${n.property}${azapi.has(n.resource) ? " (azapi leaves it as it is until the body is next written)" : ""}`).join(", ")}`);

    const kept = plan.kept.filter((k) => k.step === s.varName);
    if (kept.length) out.push(`${I}// Kept as found (the construct writes otherwise):`);
    for (const k of kept) {
      const t = target(k.step, k.accessor);
      if (k.action === "reset") {
        const why = k.foundOff ? "found off" : k.computed ? "not in the export: Terraform keeps what Azure has" : "NOT in the export: unset here, a plan shows a change if Azure has one (adopt again with --details)";
        out.push(`${I}${t}.${keptMember(k)}(); // ${why} (the construct writes ${short(k.constructValue)})`);
      }
      else if (k.action === "put") out.push(`${I}${t}.${keptMember(k)}(${literal(k.value, I)});`);
      else if (k.notReadBack) out.push(`${I}${t}.${keptMember(k)} = undefined; // an import does not read it back (a plan would show it): add it after the first apply (the construct writes ${short(k.constructValue)})`);
      else out.push(`${I}${t}.${keptMember(k)} = ${literal(k.value, I)};${k.attribute === "body" ? "" : k.constructValue === undefined ? " // the construct leaves it unset" : ` // the construct writes ${short(k.constructValue)}`}`);
    }
    for (const f of plan.findings.filter((x) => x.step === s.varName)) out.push(`${I}suppressRule(${target(f.step, f.accessor)}, ${JSON.stringify(f.ruleId)}, ${JSON.stringify(adoptedReason(f.ruleId, f.cause))});`);
  }
  out.push("  }", "}", "", "if (require.main === module) {", `  runApp((app) => {`, `    new ${cls}(app);`, "  });", "}", "");
  return out.join("\n");
}
