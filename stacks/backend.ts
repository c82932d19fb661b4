import type { Construct } from "constructs";
import { AzurermBackend } from "../constructs/core/engine";
import { addLocalBackend } from "../constructs/app/local-backend";
import type { AzureMlConfig } from "./config/schema";

/**
 * The backend of one stack: local (relative path, the same on every machine), or an azurerm backend
 * with Entra ID auth (no access key in the output) and the key `<keyPrefix>/<stack>.tfstate`.
 */
export function addBackend(stack: Construct, stackName: string, state: AzureMlConfig["state"]): void {
  if (state.backend === "local") {
    addLocalBackend(stack, stackName);
    return;
  }
  new AzurermBackend(stack, {
    resourceGroupName: state.resourceGroupName,
    storageAccountName: state.storageAccountName,
    containerName: state.containerName,
    key: `${state.keyPrefix}/${stackName}.tfstate`,
    subscriptionId: state.subscriptionId,
    useAzureadAuth: true,
  });
}
