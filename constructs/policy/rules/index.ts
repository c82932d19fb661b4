/** Every rule of the pack, in the order of the merged security list. */
import type { Rule } from "../rule";
import { AML_WS_01 } from "./workspace/workspace-no-public-network";
import { AML_WS_02 } from "./workspace/workspace-private-endpoint";
import { AML_WS_03 } from "./workspace/workspace-diagnostic-logs";
import { AML_WS_04 } from "./workspace/workspace-high-business-impact-private-storage";
import { AML_WS_05 } from "./workspace/workspace-customer-managed-key";
import { AML_WS_06 } from "./workspace/workspace-user-assigned-identity";
import { AML_WS_07 } from "./workspace/workspace-managed-network-approved-outbound";
import { AML_WS_08 } from "./workspace/workspace-identity-based-system-datastores";
import { AML_CC_01 } from "./compute/cluster-local-auth-disabled";
import { AML_CI_01 } from "./compute/instance-local-auth-disabled";
import { AML_CC_02 } from "./compute/cluster-in-virtual-network";
import { AML_CI_02 } from "./compute/instance-in-virtual-network";
import { AML_CC_03 } from "./compute/cluster-scales-to-zero";
import { AML_CI_03 } from "./compute/instance-idle-shutdown";
import { AML_SA_01 } from "./storage/storage-no-public-network";
import { AML_SA_02 } from "./storage/storage-no-public-blob-access";
import { AML_SA_03 } from "./storage/storage-shared-keys-disabled";
import { AML_SA_04 } from "./storage/storage-sas-expiration";
import { AML_SA_05 } from "./storage/storage-min-tls-1-2";
import { AML_SA_06 } from "./storage/storage-https-only";
import { AML_SA_07 } from "./storage/storage-firewall-denies-by-default";
import { AML_SA_08 } from "./storage/storage-firewall-no-ip-rules";
import { AML_SA_09 } from "./storage/storage-firewall-azure-services-bypass";
import { AML_SA_10 } from "./storage/storage-private-endpoint";
import { AML_SA_11 } from "./storage/storage-infrastructure-encryption";
import { AML_SA_12 } from "./storage/storage-geo-redundant";
import { AML_SA_13 } from "./storage/storage-blob-soft-delete";
import { AML_SA_14 } from "./storage/storage-queue-logging";
import { AML_SA_15 } from "./storage/storage-local-users-disabled";
import { AML_SA_16 } from "./storage/storage-account-name";
import { AML_SA_17 } from "./storage/storage-customer-managed-key";
import { AML_SA_18 } from "./storage/storage-queue-table-account-key-encryption";
import { AML_SC_01 } from "./storage/container-no-anonymous-access";
import { AML_KV_01 } from "./keyvault/vault-purge-protection";
import { AML_KV_02 } from "./keyvault/vault-soft-delete-retention-explicit";
import { AML_KV_03 } from "./keyvault/vault-firewall-denies-by-default";
import { AML_KV_04 } from "./keyvault/vault-no-public-network";
import { AML_KV_05 } from "./keyvault/vault-private-endpoint";
import { AML_KV_06 } from "./keyvault/vault-rbac-authorization";
import { AML_KV_07 } from "./keyvault/vault-diagnostic-logs";
import { AML_KVK_01 } from "./keyvault/key-expiration-date";
import { AML_KVK_02 } from "./keyvault/key-hsm-backed";
import { AML_KVS_01 } from "./keyvault/secret-expiration-date";
import { AML_KVS_02 } from "./keyvault/secret-content-type";
import { AML_ACR_01 } from "./registry/registry-admin-user-disabled";
import { AML_ACR_02 } from "./registry/registry-no-public-network";
import { AML_ACR_03 } from "./registry/registry-premium-sku";
import { AML_ACR_04 } from "./registry/registry-no-anonymous-pull";
import { AML_ACR_05 } from "./registry/registry-private-endpoint";
import { AML_ACR_06 } from "./registry/registry-quarantine-policy";
import { AML_ACR_07 } from "./registry/registry-untagged-retention";
import { AML_ACR_08 } from "./registry/registry-content-trust";
import { AML_ACR_09 } from "./registry/registry-dedicated-data-endpoint";
import { AML_ACR_10 } from "./registry/registry-zone-redundant";
import { AML_ACR_11 } from "./registry/registry-geo-replicated";
import { AML_ACR_12 } from "./registry/registry-customer-managed-key";
import { AML_AI_01 } from "./monitoring/app-insights-no-public-network";
import { AML_AI_02 } from "./monitoring/app-insights-local-auth-disabled";
import { AML_LA_01 } from "./monitoring/log-analytics-no-public-network";
import { AML_LA_02 } from "./monitoring/log-analytics-cmk-for-queries";

export const ALL_RULES: readonly Rule[] = [
  AML_WS_01,
  AML_WS_02,
  AML_WS_03,
  AML_WS_04,
  AML_WS_05,
  AML_WS_06,
  AML_WS_07,
  AML_WS_08,
  AML_CC_01,
  AML_CI_01,
  AML_CC_02,
  AML_CI_02,
  AML_CC_03,
  AML_CI_03,
  AML_SA_01,
  AML_SA_02,
  AML_SA_03,
  AML_SA_04,
  AML_SA_05,
  AML_SA_06,
  AML_SA_07,
  AML_SA_08,
  AML_SA_09,
  AML_SA_10,
  AML_SA_11,
  AML_SA_12,
  AML_SA_13,
  AML_SA_14,
  AML_SA_15,
  AML_SA_16,
  AML_SA_17,
  AML_SA_18,
  AML_SC_01,
  AML_KV_01,
  AML_KV_02,
  AML_KV_03,
  AML_KV_04,
  AML_KV_05,
  AML_KV_06,
  AML_KV_07,
  AML_KVK_01,
  AML_KVK_02,
  AML_KVS_01,
  AML_KVS_02,
  AML_ACR_01,
  AML_ACR_02,
  AML_ACR_03,
  AML_ACR_04,
  AML_ACR_05,
  AML_ACR_06,
  AML_ACR_07,
  AML_ACR_08,
  AML_ACR_09,
  AML_ACR_10,
  AML_ACR_11,
  AML_ACR_12,
  AML_AI_01,
  AML_AI_02,
  AML_LA_01,
  AML_LA_02,
];
