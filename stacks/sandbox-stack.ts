import type { Construct } from "constructs";
import { addAzureProviders } from "../constructs/core/providers";
import { ResourceGroup, TerraformStack } from "../constructs/core/engine";
import { Workspace } from "../constructs/workspace/workspace";
import { addLocalBackend } from "./local-backend";

export interface SandboxStackProps {
  readonly location: string;
  readonly workspaceName: string;
  readonly tags?: Record<string, string>;
}

/**
 * A sandbox: one resource group and one workspace with created, secure dependencies. Public network
 * access is on, explicitly: this is the stack for trying things out, not for production data.
 */
export class SandboxStack extends TerraformStack {
  public readonly workspace: Workspace;
  public readonly resourceGroup: ResourceGroup;

  constructor(scope: Construct, id: string, props: SandboxStackProps) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    this.resourceGroup = new ResourceGroup(this, "ResourceGroup", { name: `rg-${props.workspaceName}`, location: props.location, tags: props.tags });
    this.workspace = new Workspace(this, "Workspace", {
      name: props.workspaceName,
      resourceGroupName: this.resourceGroup.name,
      location: props.location,
      publicNetworkAccessEnabled: true,
      tags: props.tags,
    });
  }
}
