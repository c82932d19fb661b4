import { defineRule, equals } from "../../rule";

export const AML_WS_01 = defineRule({
  id: "AML-WS-01",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["CKV_AZURE_144", "CKV2_AZURE_49", "Azure Policy 438c38d2"],
  cause: "The workspace accepts traffic from public networks",
  explanation: "A public workspace exposes the studio and its APIs to the internet; private endpoints keep access inside your network.",
  fix: "set publicNetworkAccessEnabled: false with privateEndpoints (or suppress for a sandbox, with the reason)",
  check: (r) => equals(r.attrs.public_network_access_enabled, false),
});
