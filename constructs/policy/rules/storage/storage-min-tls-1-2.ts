import { defineRule, equals } from "../../rule";

export const AML_SA_05 = defineRule({
  id: "AML-SA-05",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_44", "AVD-AZU-0011", "Azure Policy fe83a0eb"],
  cause: "The storage account does not set min_tls_version TLS1_2 explicitly",
  explanation: "Older TLS versions have known weaknesses; scanners only accept an explicit TLS1_2.",
  fix: "set min_tls_version to TLS1_2 (the Workspace's default)",
  check: (r) => equals(r.attrs.min_tls_version, "TLS1_2"),
});
