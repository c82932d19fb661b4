import { defineRule, block, present } from "../../rule";

export const AML_CI_02 = defineRule({
  id: "AML-CI-02",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_machine_learning_compute_instance", "azapi:Microsoft.MachineLearningServices/workspaces/computes"],
  sources: ["Azure Policy 7804b5c7"],
  cause: "The compute instance is not in a virtual network",
  explanation: "Compute outside a virtual network (or a managed network) reaches data over public networks.",
  fix: "give the ComputeInstance a subnetId, or use a workspace managed network",
  check: (r, stack) => {
    let subnet: unknown;
    let workspaceRef: unknown;
    if (r.type === "azapi_resource") {
      const p = r.attrs.body?.properties;
      if (p?.computeType !== "ComputeInstance") return "pass";
      subnet = p.properties?.subnet?.id;
      workspaceRef = r.attrs.parent_id;
    } else {
      subnet = r.attrs.subnet_resource_id;
      workspaceRef = r.attrs.machine_learning_workspace_id;
    }
    if (present(subnet) === "pass") return "pass";
    const mode = block(stack.resolveRef(workspaceRef)?.attrs.managed_network)?.isolation_mode;
    return mode === "AllowInternetOutbound" || mode === "AllowOnlyApprovedOutbound" ? "pass" : "fail";
  },
});
