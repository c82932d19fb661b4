import { defineRule, block, equals } from "../../rule";

export const AML_CC_03 = defineRule({
  id: "AML-CC-03",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_machine_learning_compute_cluster"],
  sources: ["CKV_AZURE_150"],
  cause: "The compute cluster keeps nodes running when idle",
  explanation: "A cluster that does not scale to zero costs money and keeps an attack surface up when unused.",
  fix: "set minNodes: 0 (the default)",
  check: (r) => equals(block(r.attrs.scale_settings)?.min_node_count, 0),
});
