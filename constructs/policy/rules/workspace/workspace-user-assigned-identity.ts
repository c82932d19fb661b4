import { defineRule, all, block, present } from "../../rule";

export const AML_WS_06 = defineRule({
  id: "AML-WS-06",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Azure Policy 5f0c7d88"],
  cause: "The workspace has no user-assigned primary identity",
  explanation: "A user-assigned identity survives the workspace and can be granted before it exists.",
  fix: "use identity { type: \"UserAssigned\", identityIds, primaryIdentityId }",
  check: (r) => {
    const id = block(r.attrs.identity);
    return all(present(r.attrs.primary_user_assigned_identity), String(id?.type ?? "").includes("UserAssigned") ? "pass" : "fail");
  },
});
