import { Construct } from "constructs";
import * as z from "zod";
import { isUnresolved, pattern } from "../core/tokens";
import type { AzapiResource } from "../azapi/resource";
import { requireProviders } from "../core/provider-checks";
import { Validator } from "../core/validation";
import { workspaceSchema } from "../workspace/workspace-reference";
import {checkRefs, type Ref, refSchema, refString } from "./asset-reference";
import { assetVersionShape, createAssetVersion } from "./asset-version";
import type { SameShape } from "../core/same-shape";
import type { IWorkspace } from "../workspace/workspace-reference";
import { markKind } from "../core/kind";

const identifier = pattern(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be an identifier (letters, digits, underscores)");

const componentInput = z
  .object({
    type: z.enum(["uri_file", "uri_folder", "mltable", "custom_model", "mlflow_model", "string", "integer", "number", "boolean"]),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    optional: z.boolean().default(false),
    description: z.string().optional(),
  })
  .strict();

/** @internal */
export const CommandComponentPropsSchema = z
  .object({
    workspace: workspaceSchema,
    ...assetVersionShape,
    command: z.string().min(1),
    environment: refSchema,
    code: refSchema.optional(),
    inputs: z.record(identifier, componentInput).default({}),
    outputs: z.record(identifier, z.object({ type: z.enum(["uri_file", "uri_folder", "mltable", "custom_model", "mlflow_model"]) }).strict()).default({}),
    displayName: z.string().max(255).optional(),
  })
  .strict();

export interface CommandComponentProps {
  /**
   * The command; reference inputs and outputs as Azure ML does, `${{inputs.data}}`, `${{outputs.model}}`.
   */
  readonly command: string;
  /** Environment version (ARM id, registry URI, or an Environment construct). */
  readonly environment: Ref;
  /** Asset name: 1-255 letters, digits, hyphens or underscores. */
  readonly name: string;
  readonly workspace: IWorkspace;
  /**
   * Code version holding the scripts (ARM id or a CodeVersion construct).
   * @default - none
   */
  readonly code?: Ref;
  /** @default {} */
  readonly inputs?: Record<string, {
    readonly type: "string" | "number" | "boolean" | "uri_file" | "uri_folder" | "mltable" | "custom_model" | "mlflow_model" | "integer";
    /** @default - none (required input) */
    readonly default?: boolean | string | number;
    /** @default false */
    readonly optional?: boolean;
    /** @default - none */
    readonly description?: string;
  }>;
  /** @default {} */
  readonly outputs?: Record<string, {
    readonly type: "uri_file" | "uri_folder" | "mltable" | "custom_model" | "mlflow_model";
  }>;
  /** @default - the name */
  readonly displayName?: string;
  /**
   * Version. Versions are immutable in Azure: when none is given, the version is derived from the
   * content (a hash of the synthesized body), so a content change makes a new version instead of an
   * in-place update Azure rejects.
   * @default - derived from the content
   */
  readonly version?: string;
  /** @default - none */
  readonly description?: string;
  /** @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * A command component version (`workspaces/components/versions` through azapi), the step of a
 * pipeline: command, environment, code, typed inputs and outputs. Azure ML's `${{...}}` reaches
 * Azure as written. The command must use only declared inputs and outputs (checked at synth).
 */
export class CommandComponent extends Construct {
  /** The component version (construct id `Resource`). */
  public readonly resource: AzapiResource;
  public readonly assetId: string;

  constructor(scope: Construct, id: string, props: CommandComponentProps) {
    super(scope, id);
    const p = Validator.props(this, CommandComponentPropsSchema, props, (p, v) => {
      checkRefs(v, [["environment", p.environment], ["code", p.code]]);
      for (const m of p.command.matchAll(/\$\{\{\s*(inputs|outputs)\.([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g)) {
        const declared = m[1] === "inputs" ? p.inputs : p.outputs;
        if (!(m[2] in declared)) v.add("UNDECLARED", "command", m[0], `uses ${m[1]}.${m[2]}, which is not declared in ${m[1]}`);
      }
    });
    requireProviders(this, { azapi: true });

    // The component format names ARM ids as `azureml:<id>`; registry URIs and short forms stay as they are.
    const specRef = (ref: Ref): string => {
      const s = refString(ref);
      return typeof ref !== "string" || s.startsWith("/subscriptions/") || isUnresolved(s) ? `azureml:${s}` : s;
    };
    const componentSpec = {
      $schema: "https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json",
      name: p.name,
      version: p.version,
      display_name: p.displayName ?? p.name,
      type: "command",
      command: p.command,
      environment: specRef(p.environment),
      code: p.code ? specRef(p.code) : undefined,
      inputs: Object.keys(p.inputs).length ? p.inputs : undefined,
      outputs: Object.keys(p.outputs).length ? p.outputs : undefined,
    };
    this.resource = createAssetVersion(this, {
      workspace: p.workspace,
      kind: "components",
      name: p.name,
      version: p.version,
      body: { properties: { componentSpec, description: p.description, tags: Object.keys(p.tags).length ? p.tags : undefined } },
    });
    this.assetId = this.resource.id;
    markKind(this, "AssetVersion");
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<CommandComponentProps, z.input<typeof CommandComponentPropsSchema>>;
