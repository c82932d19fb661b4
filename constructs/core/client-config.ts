import type { Construct } from "constructs";
import { DataAzurermClientConfig, TerraformStack, azurerm } from "./engine";

const ID = "AzureMlClientConfig";

/** One `data "azurerm_client_config"` per stack (tenant, subscription and object id Terraform runs as). */
export function stackClientConfig(scope: Construct): DataAzurermClientConfig {
  const stack = TerraformStack.of(scope);
  return (stack.node.tryFindChild(ID) as DataAzurermClientConfig | undefined) ?? new azurerm.DataAzurermClientConfig(stack, ID, {});
}
