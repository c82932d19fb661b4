import { defineRule } from "../../rule";

export const AML_ACR_05 = defineRule({
  id: "AML-ACR-05",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_container_registry"],
  sources: ["Azure Policy e8eef0a8"],
  cause: "The container registry has no auto-approved private endpoint (registry)",
  explanation: "Without a private endpoint, images are pulled over public networks.",
  fix: "add privateEndpoints to the workspace",
  check: (r, stack) => stack.privateEndpointsTo(r, "registry").length > 0 ? "pass" : "fail",
});
