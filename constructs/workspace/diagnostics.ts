import type { Construct } from "constructs";
import { MonitorDiagnosticSetting, azurerm } from "../core/engine";

/** What a diagnostic setting sends to Log Analytics. */
export interface LogAnalyticsDiagnosticsOptions {
  /** The resource whose logs and metrics are sent (a storage sub-service id for blob or file). */
  readonly targetResourceId: string;
  readonly logAnalyticsWorkspaceId: string;
  /** Log category groups, e.g. `["audit", "allLogs"]`; none for a resource without logs (a storage account). */
  readonly logCategoryGroups: readonly string[];
}

/**
 * A diagnostic setting named `send-to-log-analytics` with the given log category groups and all
 * metrics: what workspaces and hubs create for themselves, their Key Vault and their storage
 * (Azure Policy afe0c3be, cf820ca0).
 * @internal
 */
export function sendToLogAnalytics(scope: Construct, id: string, options: LogAnalyticsDiagnosticsOptions): MonitorDiagnosticSetting {
  return new azurerm.MonitorDiagnosticSetting(scope, id, {
    name: "send-to-log-analytics",
    targetResourceId: options.targetResourceId,
    logAnalyticsWorkspaceId: options.logAnalyticsWorkspaceId,
    enabledLog: options.logCategoryGroups.length ? options.logCategoryGroups.map((categoryGroup) => ({ categoryGroup })) : undefined,
    enabledMetric: [{ category: "AllMetrics" }],
  });
}
