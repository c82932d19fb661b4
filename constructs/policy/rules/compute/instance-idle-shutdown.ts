import { defineRule, present } from "../../rule";

export const AML_CI_03 = defineRule({
  id: "AML-CI-03",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_machine_learning_compute_instance", "azapi:Microsoft.MachineLearningServices/workspaces/computes"],
  sources: ["Azure Policy 679ddf89"],
  cause: "The compute instance does not shut down when idle",
  explanation: "An idle instance costs money and stays reachable.",
  fix: "use ComputeInstance (idle shutdown after 60 minutes by default); azurerm's compute instance cannot set it",
  check: (r) => {
    if (r.type !== "azapi_resource") return "fail";
    const p = r.attrs.body?.properties;
    if (p?.computeType !== "ComputeInstance") return "pass";
    return present(p.properties?.idleTimeBeforeShutdown);
  },
});
