import { defineRule } from "../../rule";

export const AML_WS_08 = defineRule({
  id: "AML-WS-08",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["Microsoft guidance: identity-based workspace storage"],
  cause: "The workspace reaches its system datastores with account keys",
  explanation: "Identity-based access lets the storage account turn shared keys off.",
  fix: "keep the storage account's shared keys off (the default): the Workspace then sets systemDatastoresAuthMode Identity",
  check: (r, stack) => {
    const update = stack.resources.find((u) => u.type === "azapi_update_resource" && u.attrs.resource_id === r.idRef && u.attrs.body?.properties?.systemDatastoresAuthMode === "Identity");
    return update ? "pass" : "fail";
  },
});
