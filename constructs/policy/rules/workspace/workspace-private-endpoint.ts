import { defineRule } from "../../rule";

export const AML_WS_02 = defineRule({
  id: "AML-WS-02",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Azure Policy 45e05259", "Azure Policy 7838fd83"],
  cause: "The workspace has no auto-approved private endpoint (amlworkspace)",
  explanation: "Without a private endpoint, clients reach the workspace over public networks.",
  fix: "add privateEndpoints: { subnetId } to the workspace",
  check: (r, stack) => stack.privateEndpointsTo(r, "amlworkspace").length > 0 ? "pass" : "fail",
});
