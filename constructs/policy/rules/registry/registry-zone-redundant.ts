import { defineRule, all, equals } from "../../rule";

export const AML_ACR_10 = defineRule({
  id: "AML-ACR-10",
  tier: "A",
  severity: "warning",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_233"],
  cause: "The container registry is not zone redundant",
  explanation: "A zone outage would stop image pulls. A warning: not every region has availability zones.",
  fix: "set zoneRedundancyEnabled in regions with zones",
  check: (r) => {
    const reps = Array.isArray(r.attrs.georeplications) ? r.attrs.georeplications : [];
    return all(equals(r.attrs.zone_redundancy_enabled, true), ...reps.map((g: { zone_redundancy_enabled?: unknown }) => equals(g.zone_redundancy_enabled, true)));
  },
});
