import { defineRule, equals } from "../../rule";

export const AML_CI_01 = defineRule({
  id: "AML-CI-01",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_machine_learning_compute_instance", "azapi:Microsoft.MachineLearningServices/workspaces/computes"],
  sources: ["Azure Policy e96a9a5f"],
  cause: "The compute instance allows local authentication (keys)",
  explanation: "Keys bypass Entra ID and its conditional access and auditing.",
  fix: "keep localAuthEnabled false (the default) on the ComputeInstance",
  check: (r) => {
    if (r.type === "azapi_resource") {
      const p = r.attrs.body?.properties;
      if (p?.computeType !== "ComputeInstance") return "pass";
      return equals(p.disableLocalAuth, true);
    }
    return equals(r.attrs.local_auth_enabled, false);
  },
});
