import { PrivateMonitoring } from "../../constructs/network/private-monitoring";
import { PRIVATE_DNS_ZONES } from "../../constructs/network/private-dns-zones";
import { Workspace } from "../../constructs/workspace/workspace";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { errorOf, newStack, onlyResource } from "../helpers/fixtures";

const NET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network";
const zones = Object.fromEntries(PRIVATE_DNS_ZONES.azuremonitor.map((z) => [z, `${NET}/privateDnsZones/${z}`]));

describe("PrivateMonitoring (Azure Monitor Private Link Scope)", () => {
  test("a private-only scope with its scoped resources and the azuremonitor endpoint in all five zones", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { name: "mlw-private", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: false, applicationInsights: { mode: "create", publicIngestionAndQueryEnabled: false } });
    const monitoring = new PrivateMonitoring(stack, "monitoring", {
      name: "ampls-ml",
      resourceGroupName: "rg-ml",
      location: "westeurope",
      subnetId: `${NET}/virtualNetworks/vnet/subnets/snet-pe`,
      privateDnsZoneIds: zones,
      scopedResources: { "log-analytics": ws.logAnalyticsWorkspaceId!, appi: ws.applicationInsightsId },
    });
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_monitor_private_link_scope")).toMatchObject({ name: "ampls-ml", ingestion_access_mode: "PrivateOnly", query_access_mode: "PrivateOnly" });
    expect(resourcesOfType(out, "azurerm_monitor_private_link_scoped_service").map((s) => [s.name, s.linked_resource_id, s.scope_name]).sort()).toEqual(
      [
        ["appi", referenceTo(ws.applicationInsights!), referenceTo(monitoring.resource, "name")],
        ["log-analytics", referenceTo(ws.logAnalyticsWorkspace!), referenceTo(monitoring.resource, "name")],
      ].sort(),
    );
    const pe = resourcesOfType(out, "azurerm_private_endpoint").find((e) => e.private_service_connection.subresource_names[0] === "azuremonitor")!;
    expect(pe.private_service_connection.private_connection_resource_id).toBe(referenceTo(monitoring.resource));
    expect(pe.private_dns_zone_group.private_dns_zone_ids).toEqual(PRIVATE_DNS_ZONES.azuremonitor.map((z) => zones[z]));
    expect(onlyResource(out, "azurerm_application_insights")).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
    expect(onlyResource(out, "azurerm_log_analytics_workspace")).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
  });

  test("every zone is required; public ingestion stays on by default (no scope, no lost telemetry)", () => {
    const e = errorOf(() => new PrivateMonitoring(newStack(), "m", { name: "ampls", resourceGroupName: "rg", location: "westeurope", subnetId: `${NET}/virtualNetworks/vnet/subnets/snet`, privateDnsZoneIds: { "privatelink.monitor.azure.com": "x" } }));
    expect(e.problems[0]).toMatchObject({ code: "DNS_ZONES", field: "privateDnsZoneIds" });
    expect(e.message).toContain("privatelink.oms.opinsights.azure.com");
    const stack = newStack();
    new Workspace(stack, "ws", { name: "mlw-public", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: true });
    expect(onlyResource(synthStack(stack), "azurerm_application_insights")).toMatchObject({ internet_ingestion_enabled: true, internet_query_enabled: true });
  });
});
