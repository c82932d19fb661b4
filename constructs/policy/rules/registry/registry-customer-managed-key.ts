import { defineRule, block, present } from "../../rule";

export const AML_ACR_12 = defineRule({
  id: "AML-ACR-12",
  tier: "B",
  severity: "warning",
  resourceTypes: ["azurerm_container_registry"],
  sources: ["Azure Policy 5b9159ae"],
  cause: "The container registry is not encrypted with a customer-managed key",
  explanation: "Customer-managed keys let you control and revoke access to images.",
  fix: "set the registry's encryption block",
  check: (r) => present(block(r.attrs.encryption)?.key_vault_key_id),
});
