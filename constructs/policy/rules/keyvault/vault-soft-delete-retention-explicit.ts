import { defineRule } from "../../rule";

export const AML_KV_02 = defineRule({
  id: "AML-KV-02",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_key_vault"],
  sources: ["AVD-AZU-0016"],
  cause: "The Key Vault does not set its soft-delete retention explicitly (7-90 days)",
  explanation: "Scanners do not assume the provider default.",
  fix: "set soft_delete_retention_days (90 is the Workspace's default)",
  check: (r) => {
    const d = r.attrs.soft_delete_retention_days;
    if (typeof d !== "number") return "fail";
    return d >= 7 && d <= 90 ? "pass" : "fail";
  },
});
