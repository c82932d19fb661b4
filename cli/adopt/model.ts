/**
 * The adoption plan: the constructs to write, what each adopted resource is imported as, and the
 * settings kept as found. One structure is both rendered as TypeScript and built in memory, so what
 * the command checks is what it writes.
 */
import type { ExportedResource } from "./arm-export";

/** A reference to another step's construct in props: `ws` or `ws.workspaceId`. */
export interface Ref {
  readonly $ref: string;
  readonly member?: string;
}

export type Expr = string | number | boolean | undefined | Ref | readonly Expr[] | { readonly [k: string]: Expr };

export function ref(varName: string, member?: string): Ref {
  return member === undefined ? { $ref: varName } : { $ref: varName, member };
}

export function isRef(e: unknown): e is Ref {
  return typeof e === "object" && e !== null && "$ref" in e;
}

/** Where a class comes from: the package, or a provider class by its deep path. */
export type ClassModule = "cdktf-azureml" | `@cdktf/provider-azurerm/lib/${string}`;

/** One `const x = new Class(this, "Id", props)` of the stack. */
export interface Step {
  readonly varName: string;
  readonly className: string;
  readonly module: ClassModule;
  readonly id: string;
  readonly props: Expr;
  /** Made by a method of another step's construct instead of `new`: `hub.addProject("Id", props)`. */
  readonly via?: { readonly target: string; readonly method: "addProject" | "addDeployment" };
  /** A member (`resource`) to give `prevent_destroy`, where the construct has no prop for it. */
  readonly preventDestroy?: string;
  /** Comment lines above the statement. */
  readonly comment: readonly string[];
  /** The ARM resource the step is about (the first adopted one), for ordering and messages. */
  readonly about: ExportedResource;
}

/**
 * One provider resource the stack imports: which step made it and the member path from the step's
 * construct to it (`storageAccount`, `outboundRules[0].resource`, "" for a raw provider class).
 */
export interface Adoption {
  readonly resource: ExportedResource;
  readonly step: string;
  readonly accessor: string;
  /** The Terraform resource type, e.g. `azurerm_storage_account`. */
  readonly terraformType: string;
  /** The ARM id (azurerm's casing of the resource type). */
  readonly importId: string;
  /** What `importFrom` is given: the ARM id, with `?api-version=` for azapi (else azapi picks its newest known version). */
  readonly importFromId: string;
  /** What the construct is, in the report: "Workspace (its storage account)". */
  readonly asWhat: string;
}

/** A resource of the export not adopted, and why. */
export interface LeftOut {
  readonly resource: ExportedResource;
  readonly reason: string;
  /** true when the type is one this command does not know at all. */
  readonly unknownType: boolean;
  /** Part of an adopted resource (its settings are there), not left out. */
  readonly partOf?: boolean;
}

/** A setting written as found, after the construct: `x.minTlsVersion = "TLS1_0"`, `x.putNetworkRules({...})`, `x.resetQueueProperties()`. */
export interface KeptSetting {
  readonly step: string;
  readonly accessor: string;
  readonly attribute: string;
  readonly action: "set" | "put" | "reset";
  /** The value in the provider class's shape (camelCase keys for blocks); none for reset. */
  readonly value?: unknown;
  /** The value the construct would have written (for the report). */
  readonly constructValue?: unknown;
  /** A reset because the export says the setting is off (not because the export lacks it). */
  readonly foundOff?: true;
  /** For a reset the export cannot decide: whether azurerm then keeps what Azure has (Optional and Computed). */
  readonly computed?: boolean;
  /** An azapi argument an import does not read back: left out now, to add after the first apply. */
  readonly notReadBack?: true;
}

/** A rule-pack finding on the estate as found, suppressed in code with "adopted as found". */
export interface AdoptedFinding {
  readonly step: string;
  readonly accessor: string;
  readonly ruleId: string;
  readonly address: string;
  readonly cause: string;
  readonly fix: string;
}

export interface AdoptionPlan {
  readonly stackName: string;
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  readonly steps: readonly Step[];
  readonly adoptions: readonly Adoption[];
  readonly leftOut: readonly LeftOut[];
  readonly kept: readonly KeptSetting[];
  readonly findings: readonly AdoptedFinding[];
  /** Resources the code creates that were not in the export (each explained in the report). */
  readonly created: readonly { readonly address: string; readonly why: string }[];
  /** Settings of adopted resources in the export that no table reads: listed, never dropped without a word. */
  readonly notCarriedOver: readonly { readonly step: string; readonly accessor: string; readonly resource: string; readonly property: string; readonly value: unknown }[];
  /** Settings the export cannot show, left to Terraform to read from Azure. */
  readonly unknownSettings: readonly UnknownSetting[];
}

/** A setting the export cannot show. */
export interface UnknownSetting {
  readonly address: string;
  readonly attribute: string;
  /** Optional and computed in azurerm: unset, the plan keeps what Azure has. */
  readonly computed: boolean;
  /** What the code assumes instead (a setting the export never holds). */
  readonly assumed?: string;
}
