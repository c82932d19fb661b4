import { defineRule, equals } from "../../rule";

export const AML_ACR_09 = defineRule({
  id: "AML-ACR-09",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_237"],
  cause: "The container registry has no dedicated data endpoint",
  explanation: "Dedicated data endpoints let firewalls allow the registry precisely.",
  fix: "set data_endpoint_enabled true (dedicated data endpoints need the Premium SKU; the created registry has them by default)",
  check: (r) => equals(r.attrs.data_endpoint_enabled, true),
});
