import { defineRule, equals } from "../../rule";

export const AML_WS_04 = defineRule({
  id: "AML-WS-04",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_machine_learning_workspace"],
  sources: ["CKV2_AZURE_50"],
  cause: "A high-business-impact workspace uses a storage account open to public networks",
  explanation: "High-business-impact data must not sit in publicly reachable storage.",
  fix: "make the storage account private (publicNetworkAccessEnabled: false) or drop highBusinessImpact",
  check: (r, stack) => {
    if (r.attrs.high_business_impact !== true) return "pass";
    const storage = stack.resolveRef(r.attrs.storage_account_id);
    if (!storage) return "unknown";
    return equals(storage.attrs.public_network_access_enabled, false);
  },
});
