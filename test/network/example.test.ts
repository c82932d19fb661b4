import { stableJson } from "../../constructs/testing/stack-assertions";
import { Testing } from "../../constructs/core/engine";
import { PrivateNetworkStack } from "../../examples/private-network/main";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { resourcesOfType } from "../../constructs/testing";
import { onlyResource } from "../helpers/fixtures";

/**
 * The tier-A rules of the merged security list (checkov, trivy, Azure Policy), checked on the private
 * example. Waived, with the reason: AML-ACR-06 quarantine (Azure ML could not pull the images it
 * builds), AML-ACR-08 content trust (Docker Content Trust is deprecated by Azure in favour of
 * Notation), AML-SA-03/SA-04 are met (shared keys off).
 */
describe("examples/private-network", () => {
  let json: any;
  let ws: Record<string, any>;
  let sa: Record<string, any>;
  let kv: Record<string, any>;
  let cr: Record<string, any>;
  let key: Record<string, any>;
  let pes: Record<string, any>[];
  let wsKey: string;
  let saKey: string;
  let kvKey: string;
  let crKey: string;
  beforeAll(() => {
    json = JSON.parse(Testing.synth(new PrivateNetworkStack(Testing.app(), "private-network"), true));
    ws = onlyResource(json, "azurerm_machine_learning_workspace");
    sa = onlyResource(json, "azurerm_storage_account");
    kv = onlyResource(json, "azurerm_key_vault");
    cr = onlyResource(json, "azurerm_container_registry");
    key = onlyResource(json, "azurerm_key_vault_key");
    pes = resourcesOfType(json, "azurerm_private_endpoint");
    wsKey = Object.keys(json.resource.azurerm_machine_learning_workspace)[0];
    saKey = Object.keys(json.resource.azurerm_storage_account)[0];
    kvKey = Object.keys(json.resource.azurerm_key_vault)[0];
    crKey = Object.keys(json.resource.azurerm_container_registry)[0];
  });
  const peTo = (type: string, key: string, sub: string) =>
    pes.some((p) => p.private_service_connection.private_connection_resource_id === `\${${type}.${key}.id}` && p.private_service_connection.subresource_names.includes(sub) && p.private_service_connection.is_manual_connection === false);
  const diagTo = (target: string) => resourcesOfType(json, "azurerm_monitor_diagnostic_setting").some((d) => d.target_resource_id === target && d.enabled_log?.length > 0);

  test.each([
    ["AML-WS-01 workspace not public", () => ws.public_network_access_enabled === false],
    ["AML-WS-02 workspace private endpoint", () => peTo("azurerm_machine_learning_workspace", wsKey, "amlworkspace")],
    ["AML-WS-03 workspace diagnostics", () => diagTo(`\${azurerm_machine_learning_workspace.${wsKey}.id}`)],
    ["AML-WS-04 HBI with private storage", () => ws.high_business_impact === true && sa.public_network_access_enabled === false],
    ["AML-CC-01 clusters without local auth", () => resourcesOfType(json, "azurerm_machine_learning_compute_cluster").every((c) => c.local_auth_enabled === false)],
    ["AML-CC-02 clusters in a subnet", () => resourcesOfType(json, "azurerm_machine_learning_compute_cluster").every((c) => typeof c.subnet_resource_id === "string")],
    ["AML-CC-03 clusters scale to zero", () => resourcesOfType(json, "azurerm_machine_learning_compute_cluster").every((c) => c.scale_settings.min_node_count === 0)],
    ["AML-SA-01 storage not public", () => sa.public_network_access_enabled === false],
    ["AML-SA-02 no public nested items", () => sa.allow_nested_items_to_be_public === false],
    ["AML-SA-03 shared keys off", () => sa.shared_access_key_enabled === false],
    ["AML-SA-05 TLS1_2", () => sa.min_tls_version === "TLS1_2"],
    ["AML-SA-06 HTTPS only", () => sa.https_traffic_only_enabled === true],
    ["AML-SA-07 network deny", () => sa.network_rules.default_action === "Deny"],
    ["AML-SA-08 no IP rules", () => !sa.network_rules.ip_rules],
    ["AML-SA-09 Azure services bypass", () => sa.network_rules.bypass.includes("AzureServices")],
    ["AML-SA-10 storage private endpoints (blob and file)", () => peTo("azurerm_storage_account", saKey, "blob") && peTo("azurerm_storage_account", saKey, "file")],
    ["AML-SA-11 infrastructure encryption", () => sa.infrastructure_encryption_enabled === true],
    ["AML-SA-12 geo-redundant", () => sa.account_replication_type === "GZRS"],
    ["AML-SA-13 blob soft delete", () => sa.blob_properties.delete_retention_policy.days > 0],
    ["AML-SA-14 queue logging", () => sa.queue_properties.logging.read && sa.queue_properties.logging.write && sa.queue_properties.logging.delete],
    ["AML-SA-15 local users off", () => sa.local_user_enabled === false],
    ["AML-SA-17 storage customer-managed key", () => typeof sa.customer_managed_key.key_vault_key_id === "string"],
    ["AML-SA-18 queue and table with the account key", () => sa.queue_encryption_key_type === "Account" && sa.table_encryption_key_type === "Account"],
    ["AML-KV-01 purge protection", () => kv.purge_protection_enabled === true],
    ["AML-KV-02 retention set", () => kv.soft_delete_retention_days === 90],
    ["AML-KV-03 firewall deny", () => kv.network_acls.default_action === "Deny"],
    ["AML-KV-04 vault not public", () => kv.public_network_access_enabled === false],
    ["AML-KV-05 vault private endpoint", () => peTo("azurerm_key_vault", kvKey, "vault")],
    ["AML-KV-06 RBAC", () => kv.rbac_authorization_enabled === true],
    ["AML-KV-07 vault diagnostics", () => diagTo(`\${azurerm_key_vault.${kvKey}.id}`)],
    ["AML-KVK-01 key expiry", () => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(key.expiration_date)],
    ["AML-KVK-02 HSM key", () => key.key_type === "RSA-HSM" && kv.sku_name === "premium"],
    ["AML-ACR-01 admin off", () => cr.admin_enabled === false],
    ["AML-ACR-02 registry not public", () => cr.public_network_access_enabled === false],
    ["AML-ACR-03 Premium", () => cr.sku === "Premium"],
    ["AML-ACR-04 anonymous pull off", () => cr.anonymous_pull_enabled === false],
    ["AML-ACR-05 registry private endpoint", () => peTo("azurerm_container_registry", crKey, "registry")],
    ["AML-ACR-07 retention", () => cr.retention_policy_in_days === 7],
    ["AML-ACR-09 dedicated data endpoint", () => cr.data_endpoint_enabled === true],
    ["AML-ACR-10 zone redundancy", () => cr.zone_redundancy_enabled === true],
    ["AML-WS-05 workspace customer-managed key", () => typeof ws.encryption.key_id === "string"],
  ])("%s", (_rule, holds) => {
    expect(holds()).toBe(true);
  });

  test("images are built on the CPU cluster in the network", () => {
    expect(ws.image_build_compute_name).toBe("cpu-build");
  });

  test("azapi bodies pass the ARM schema, and the stack matches its snapshot", () => {
    expect(validateAllAzapiBodies(json)).toEqual([]);
    expect(stableJson(json)).toMatchSnapshot();
  });
});
