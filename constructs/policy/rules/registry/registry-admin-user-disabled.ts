import { defineRule, notEquals } from "../../rule";

export const AML_ACR_01 = defineRule({
  id: "AML-ACR-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_137", "Azure Policy dc921057"],
  cause: "The container registry's admin user is enabled",
  explanation: "The admin user is a shared credential; Azure ML pulls with its managed identity.",
  fix: "set admin_enabled false (the default)",
  check: (r) => notEquals(r.attrs.admin_enabled, true),
});
