import { defineRule, equals } from "../../rule";

export const AML_ACR_02 = defineRule({
  id: "AML-ACR-02",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_container_registry"],
  sources: ["CKV_AZURE_139", "Azure Policy 0fdf0491", "Azure Policy d0793b48"],
  cause: "The container registry accepts traffic from public networks",
  explanation: "Public registries expose images to the internet, protected by credentials alone.",
  fix: "make the workspace private so its registry follows",
  check: (r) => equals(r.attrs.public_network_access_enabled, false),
});
