import { defineRule } from "../../rule";

export const AML_SA_16 = defineRule({
  id: "AML-SA-16",
  tier: "A",
  severity: "error",
  resourceTypes: ["azurerm_storage_account"],
  sources: ["CKV_AZURE_43"],
  cause: "The storage account name is not 3-24 lowercase letters or digits",
  explanation: "Azure rejects other names at deploy time.",
  fix: "let the Workspace derive the name, or give a valid one",
  check: (r) => {
    const name = r.attrs.name;
    if (typeof name !== "string" || name.includes("${")) return "unknown";
    return /^[a-z0-9]{3,24}$/.test(name) ? "pass" : "fail";
  },
});
