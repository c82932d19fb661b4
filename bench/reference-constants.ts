/** Ids both reference stacks use (kept apart so the raw stack loads none of the library's constructs). */
export const SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-pe";
export const COMPUTE_SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-compute";
export const MODEL = "azureml://registries/azureml/models/distilbert-base-uncased/versions/1";
export const ENVIRONMENT = "azureml://registries/azureml/environments/sklearn-1.5/versions/1";
