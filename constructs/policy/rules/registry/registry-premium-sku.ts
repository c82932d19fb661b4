import { defineRule, equals } from "../../rule";

export const AML_ACR_03 = defineRule({
  id: "AML-ACR-03",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["Azure Policy bd560fc0", "CKV_AZURE_165", "CKV_AZURE_233", "CKV_AZURE_237"],
  cause: "The container registry is not Premium",
  explanation: "Private link, retention, dedicated data endpoints and zone redundancy need Premium.",
  fix: "use sku Premium (the default for created registries)",
  check: (r) => equals(r.attrs.sku, "Premium"),
});
