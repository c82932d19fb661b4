import { defineRule, block, present } from "../../rule";

export const AML_CC_02 = defineRule({
  id: "AML-CC-02",
  tier: "A",
  severity: "warning",
  networkIsolation: true,
  resourceTypes: ["azurerm_machine_learning_compute_cluster"],
  sources: ["Azure Policy 7804b5c7"],
  cause: "The compute cluster is not in a virtual network",
  explanation: "Compute outside a virtual network (or a managed network) reaches data over public networks.",
  fix: "give the ComputeCluster a subnetId, or use a workspace managed network",
  check: (r, stack) => {
    if (present(r.attrs.subnet_resource_id) === "pass") return "pass";
    const ws = stack.resolveRef(r.attrs.machine_learning_workspace_id);
    const mode = block(ws?.attrs.managed_network)?.isolation_mode;
    return mode === "AllowInternetOutbound" || mode === "AllowOnlyApprovedOutbound" ? "pass" : "fail";
  },
});
