/**
 * `cdktf-azureml adopt`: from an export of a resource group to a stack file of this library's
 * constructs that imports every adopted resource with the settings found, and its report. The same
 * export gives byte-identical files; a bad input writes nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { AdoptError, parseExport } from "./arm-export";
import { settingsNotCarriedOver } from "./expected-settings";
import type { AdoptionPlan } from "./model";
import { planEstate } from "./plan-estate";
import { reconcile } from "./reconcile";
import { renderReport } from "./report";
import { renderStack } from "./render";

export interface AdoptOptions {
  /** The text of the export (`az group export --name <rg>`). */
  readonly exportText: string;
  /** Its file name, for messages and the header of the code. */
  readonly exportFile: string;
  /** `az resource show` output for settings the export leaves out. @default - none */
  readonly detailsText?: string;
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  /** @default - the resource group name */
  readonly stackName?: string;
}

export interface AdoptResult {
  readonly plan: AdoptionPlan;
  /** File name → content: the stack file and adoption-report.md. */
  readonly files: Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function adopt(o: AdoptOptions): AdoptResult {
  if (!UUID.test(o.subscriptionId)) throw new AdoptError(`--subscription must be a subscription id (a GUID), got "${o.subscriptionId}"`);
  if (!/^[-\w._()]{1,90}$/.test(o.resourceGroupName) || o.resourceGroupName.endsWith(".")) throw new AdoptError(`--resource-group must be a resource group name (1-90 letters, digits, - _ . ( )), got "${o.resourceGroupName}"`);
  const stackName = o.stackName ?? o.resourceGroupName.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(stackName)) throw new AdoptError(`--stack must start with a letter and hold letters, digits and -, got "${stackName}"`);
  const scope = { subscriptionId: o.subscriptionId.toLowerCase(), resourceGroupName: o.resourceGroupName };
  const parsed = parseExport(o.exportText, scope, o.exportFile, o.detailsText);
  const estate = planEstate(parsed.resources, scope);
  const base = { stackName, subscriptionId: scope.subscriptionId, resourceGroupName: scope.resourceGroupName, steps: estate.steps, adoptions: estate.adoptions };
  const r = reconcile(base, estate, scope);
  const notCarriedOver = [...estate.adoptions.flatMap((a) => settingsNotCarriedOver(a.terraformType, a.resource).map((n) => ({ step: a.step, accessor: a.accessor, resource: a.resource.name, ...n }))), ...r.bodyNotCarriedOver];
  const plan: AdoptionPlan = { ...base, leftOut: estate.leftOut, kept: r.kept, findings: r.findings, created: r.created, unknownSettings: r.unknownSettings, notCarriedOver };
  const stackFile = `${stackName}.ts`;
  return { plan, files: { [stackFile]: renderStack(plan, path.basename(o.exportFile)), "adoption-report.md": renderReport(plan, path.basename(o.exportFile), stackFile, parsed.secrets) } };
}

/** Writes the files into `dir`, all or none: an existing file is not overwritten. */
export function writeAdoption(dir: string, files: Record<string, string>): string[] {
  const targets = Object.keys(files).map((f) => path.join(dir, f));
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length) throw new AdoptError(`not overwriting ${existing.join(", ")}: remove it or choose another --out`);
  fs.mkdirSync(dir, { recursive: true });
  const staged = targets.map((t) => `${t}.${process.pid}.tmp`);
  try {
    Object.values(files).forEach((content, i) => fs.writeFileSync(staged[i], content));
    staged.forEach((s, i) => fs.renameSync(s, targets[i]));
  } catch (e) {
    for (const s of staged) fs.rmSync(s, { force: true });
    throw e;
  }
  return targets;
}
