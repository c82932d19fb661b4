import { defineRule, block, equals } from "../../rule";

export const AML_WS_07 = defineRule({
  id: "AML-WS-07",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Azure Policy 6ddb1705"],
  cause: "The workspace's managed network does not restrict outbound traffic to approved destinations",
  explanation: "Approved-only outbound stops exfiltration from compute.",
  fix: "set managedNetwork: { isolationMode: \"AllowOnlyApprovedOutbound\" }",
  check: (r) => equals(block(r.attrs.managed_network)?.isolation_mode, "AllowOnlyApprovedOutbound"),
});
