import { Construct } from "constructs";
import * as z from "zod";
import { placementShape } from "../core/common-props";
import { ApplicationInsights, LogAnalyticsWorkspace, azurerm } from "../core/engine";
import { armId } from "../core/arm-id";
import { LOG_ANALYTICS_WORKSPACE_TYPE } from "../core/resource-types";
import { azureName } from "../core/naming";
import { Validator } from "../core/validation";
import type { SameShape } from "../core/same-shape";


/**
 * What can be chosen for a workspace's monitoring when it is created.
 * @internal
 */
export const workspaceMonitoringOptionsShape = {
  applicationInsightsName: azureName("applicationInsights").optional(),
  logAnalyticsWorkspaceName: azureName("logAnalyticsWorkspace").optional(),
  existingLogAnalyticsWorkspaceId: armId(LOG_ANALYTICS_WORKSPACE_TYPE).optional(),
  retentionInDays: z.number().int().min(30).max(730).default(30),
  publicIngestionAndQueryEnabled: z.boolean().default(true),
};

/** @internal */
export const WorkspaceMonitoringPropsSchema = z
  .object({
    ...placementShape,
    ...workspaceMonitoringOptionsShape,
    applicationInsightsName: azureName("applicationInsights"),
    logAnalyticsWorkspaceName: azureName("logAnalyticsWorkspace"),
  })
  .strict();

export interface WorkspaceMonitoringProps {
  readonly applicationInsightsName: string;
  readonly logAnalyticsWorkspaceName: string;
  /** Resource group the resources are created in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * An existing Log Analytics workspace (e.g. a platform team's shared one) to put Application
   * Insights and the diagnostic settings on, instead of creating one.
   * @default - a Log Analytics workspace is created
   */
  readonly existingLogAnalyticsWorkspaceId?: string;
  /**
   * Days logs are kept in the created Log Analytics workspace.
   * @default 30
   */
  readonly retentionInDays?: number;
  /**
   * Whether Application Insights (and a created Log Analytics workspace) accept telemetry and
   * queries from public networks. Turn it off only with an Azure Monitor Private Link Scope that
   * covers them (PrivateMonitoring; the private team stacks do): without one, telemetry is lost.
   * @default true
   */
  readonly publicIngestionAndQueryEnabled?: boolean;
  /**
   * Tags applied to every resource created.
   * @default {}
   */
  readonly tags?: Record<string, string>;
}

/**
 * Monitoring for an Azure ML workspace: a workspace-based Application Insights (classic is retired;
 * without a Log Analytics workspace Azure would create a managed one in a new resource group) on a
 * created or existing Log Analytics workspace.
 */
export class WorkspaceMonitoring extends Construct {
  /** The created Log Analytics workspace, if one was created. */
  public readonly logAnalyticsWorkspace?: LogAnalyticsWorkspace;
  /** The Application Insights component (construct id `Resource`). */
  public readonly resource: ApplicationInsights;
  /** The id of the Log Analytics workspace in use, created or existing. */
  public readonly logAnalyticsWorkspaceId: string;

  constructor(scope: Construct, id: string, props: WorkspaceMonitoringProps) {
    super(scope, id);
    const p = Validator.props(this, WorkspaceMonitoringPropsSchema, props);

    if (p.existingLogAnalyticsWorkspaceId) {
      this.logAnalyticsWorkspaceId = p.existingLogAnalyticsWorkspaceId;
    } else {
      this.logAnalyticsWorkspace = new azurerm.LogAnalyticsWorkspace(this, "LogAnalytics", {
        name: p.logAnalyticsWorkspaceName,
        resourceGroupName: p.resourceGroupName,
        location: p.location,
        sku: "PerGB2018",
        retentionInDays: p.retentionInDays,
        internetIngestionEnabled: p.publicIngestionAndQueryEnabled,
        internetQueryEnabled: p.publicIngestionAndQueryEnabled,
        tags: p.tags,
      });
      this.logAnalyticsWorkspaceId = this.logAnalyticsWorkspace.id;
    }
    this.resource = new azurerm.ApplicationInsights(this, "Resource", {
      name: p.applicationInsightsName,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      applicationType: "web",
      workspaceId: this.logAnalyticsWorkspaceId,
      internetIngestionEnabled: p.publicIngestionAndQueryEnabled,
      internetQueryEnabled: p.publicIngestionAndQueryEnabled,
      tags: p.tags,
    });
  }
}

// The written-out types above and their schemas cannot drift: these lines fail to compile when they differ.
true satisfies SameShape<WorkspaceMonitoringProps, z.input<typeof WorkspaceMonitoringPropsSchema>>;
