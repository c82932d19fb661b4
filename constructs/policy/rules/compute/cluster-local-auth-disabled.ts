import { defineRule, equals } from "../../rule";

export const AML_CC_01 = defineRule({
  id: "AML-CC-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_machine_learning_compute_cluster"],
  sources: ["CKV_AZURE_142", "Azure Policy e96a9a5f"],
  cause: "The compute cluster allows local authentication (keys)",
  explanation: "Keys bypass Entra ID and its conditional access and auditing.",
  fix: "keep localAuthEnabled false (the default) on the ComputeCluster",
  check: (r) => equals(r.attrs.local_auth_enabled, false),
});
