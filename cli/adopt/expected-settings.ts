/**
 * What each adopted ARM resource is in azurerm's terms: the Terraform attributes, with the values
 * the export holds, that a configuration must have for `terraform plan` after import to show no
 * change. One table per resource type; the command builds the constructs, compares what they
 * synthesize with this, and writes every difference as a setting kept as found.
 */
import type { ExportedResource } from "./arm-export";

/** An expected attribute: its value, and the provider's default (a construct that leaves it unset then matches). */
export interface Expected {
  readonly value: unknown;
  readonly providerDefault?: unknown;
  /** The export says the setting is off in a way azurerm expresses by leaving the attribute unset. */
  readonly unset?: true;
}

/** An attribute that must not be set: what was found is azurerm's "unset" (a policy that is disabled). */
const UNSET: Expected = { value: null, unset: true };

export type ExpectedAttributes = Record<string, Expected>;

/** The other resources of the export, for child resources (blob services of a storage account). */
export interface ExportIndex {
  childrenOf(parent: ExportedResource, childType: string): ExportedResource[];
}

type P = Record<string, any>;

const val = (value: unknown, providerDefault?: unknown): Expected => (providerDefault === undefined ? { value } : { value, providerDefault });

/** Only the entries whose value is defined. */
function attrs(entries: Record<string, Expected | undefined>): ExpectedAttributes {
  const out: ExpectedAttributes = {};
  for (const [k, e] of Object.entries(entries)) if (e !== undefined && (e.value !== undefined || e.unset)) out[k] = e;
  return out;
}

const enabled = (v: unknown) => v === undefined || v === null ? undefined : v !== "Disabled";
const placement = (r: ExportedResource, resourceGroupName: string) => ({ name: val(r.name.split("/").pop()), resource_group_name: val(resourceGroupName), location: r.location === undefined ? undefined : val(r.location), tags: val(r.tags, {}) });

function identityBlock(identity: P | undefined): Expected | undefined {
  if (!identity?.type || identity.type === "None") return undefined;
  const type = String(identity.type).replace(/\s*,\s*/, ", ");
  const ids = Object.keys(identity.userAssignedIdentities ?? {});
  return val(ids.length ? { type, identity_ids: ids } : { type });
}

const LOG_ANALYTICS_SKUS: Record<string, string> = { free: "Free", standard: "Standard", premium: "Premium", pernode: "PerNode", pergb2018: "PerGB2018", standalone: "Standalone", capacityreservation: "CapacityReservation", lacluster: "LACluster" };

function corsRules(cors: P | undefined): P[] | undefined {
  const rules = (cors?.corsRules ?? []) as P[];
  if (!rules.length) return undefined;
  return rules.map((c) => ({ allowed_headers: c.allowedHeaders, allowed_methods: c.allowedMethods, allowed_origins: c.allowedOrigins, exposed_headers: c.exposedHeaders, max_age_in_seconds: c.maxAgeInSeconds }));
}

function storageAccount(r: ExportedResource, rg: string, index: ExportIndex): ExpectedAttributes {
  const p = r.properties as P;
  const [tier, replication] = String((r.sku as P | undefined)?.name ?? "Standard_LRS").split("_");
  const acls = p.networkAcls as P | undefined;
  const blob = index.childrenOf(r, "blobServices")[0]?.properties as P | undefined;
  const file = index.childrenOf(r, "fileServices")[0]?.properties as P | undefined;
  const blobProperties = blob
    ? Object.fromEntries(
        Object.entries({
          cors_rule: corsRules(blob.cors),
          delete_retention_policy: blob.deleteRetentionPolicy?.enabled ? { days: blob.deleteRetentionPolicy.days } : undefined,
          container_delete_retention_policy: blob.containerDeleteRetentionPolicy?.enabled ? { days: blob.containerDeleteRetentionPolicy.days } : undefined,
          versioning_enabled: blob.isVersioningEnabled ?? false,
          change_feed_enabled: blob.changeFeed?.enabled ?? false,
          last_access_time_enabled: blob.lastAccessTimeTrackingPolicy?.enable ?? false,
        }).filter(([, v]) => v !== undefined && v !== false),
      )
    : undefined;
  const shareRetention = file?.shareDeleteRetentionPolicy?.enabled ? { retention_policy: { days: file.shareDeleteRetentionPolicy.days } } : undefined;
  return attrs({
    ...placement(r, rg),
    account_kind: val(r.kind ?? "StorageV2"),
    account_tier: val(tier),
    account_replication_type: val(replication),
    access_tier: p.accessTier === undefined ? undefined : val(p.accessTier, "Hot"),
    https_traffic_only_enabled: val(p.supportsHttpsTrafficOnly ?? true, true),
    min_tls_version: val(p.minimumTlsVersion ?? "TLS1_0"),
    allow_nested_items_to_be_public: p.allowBlobPublicAccess === undefined ? undefined : val(p.allowBlobPublicAccess, true),
    shared_access_key_enabled: val(p.allowSharedKeyAccess ?? true, true),
    public_network_access_enabled: val(enabled(p.publicNetworkAccess) ?? true, true),
    default_to_oauth_authentication: val(p.defaultToOAuthAuthentication ?? false, false),
    cross_tenant_replication_enabled: val(p.allowCrossTenantReplication ?? false, false),
    infrastructure_encryption_enabled: val(p.encryption?.requireInfrastructureEncryption ?? false, false),
    is_hns_enabled: val(p.isHnsEnabled ?? false, false),
    local_user_enabled: val(p.isLocalUserEnabled ?? true, true),
    sftp_enabled: val(p.isSftpEnabled ?? false, false),
    // These force a new account when they differ: always carried over.
    nfsv3_enabled: val(p.isNfsV3Enabled ?? false, false),
    dns_endpoint_type: val(p.dnsEndpointType ?? "Standard", "Standard"),
    queue_encryption_key_type: val(p.encryption?.services?.queue?.keyType ?? "Service", "Service"),
    table_encryption_key_type: val(p.encryption?.services?.table?.keyType ?? "Service", "Service"),
    large_file_share_enabled: p.largeFileSharesState === undefined ? undefined : val(p.largeFileSharesState === "Enabled", false),
    allowed_copy_scope: p.allowedCopyScope ? val(p.allowedCopyScope) : undefined,
    // Optional and computed in azurerm: left unset, Terraform keeps what Azure has; written when it is not Azure's default.
    network_rules: acls
      ? val(
          {
            default_action: acls.defaultAction,
            bypass: String(acls.bypass ?? "AzureServices").split(/\s*,\s*/).filter(Boolean).sort(),
            ip_rules: ((acls.ipRules ?? []) as P[]).map((x) => x.value),
            virtual_network_subnet_ids: ((acls.virtualNetworkRules ?? []) as P[]).map((x) => x.id),
          },
          { default_action: "Allow", bypass: ["AzureServices"], ip_rules: [], virtual_network_subnet_ids: [] },
        )
      : undefined,
    sas_policy: p.sasPolicy ? val({ expiration_period: p.sasPolicy.sasExpirationPeriod, expiration_action: p.sasPolicy.expirationAction ?? "Log" }) : undefined,
    blob_properties: blobProperties && Object.keys(blobProperties).length ? val(blobProperties) : undefined,
    share_properties: shareRetention ? val(shareRetention, { retention_policy: { days: 7 } }) : undefined,
  });
}

function keyVault(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const acls = p.networkAcls as P | undefined;
  return attrs({
    ...placement(r, rg),
    sku_name: val(p.sku?.name ?? "standard"),
    tenant_id: val(p.tenantId),
    purge_protection_enabled: val(p.enablePurgeProtection ?? false, false),
    soft_delete_retention_days: val(p.softDeleteRetentionInDays ?? 90, 90),
    rbac_authorization_enabled: val(p.enableRbacAuthorization ?? false, false),
    enabled_for_deployment: val(p.enabledForDeployment ?? false, false),
    enabled_for_disk_encryption: val(p.enabledForDiskEncryption ?? false, false),
    enabled_for_template_deployment: val(p.enabledForTemplateDeployment ?? false, false),
    public_network_access_enabled: val(enabled(p.publicNetworkAccess) ?? true, true),
    network_acls: acls
      ? val(
          {
            bypass: acls.bypass ?? "AzureServices",
            default_action: acls.defaultAction ?? "Allow",
            ip_rules: ((acls.ipRules ?? []) as P[]).map((x) => x.value),
            virtual_network_subnet_ids: ((acls.virtualNetworkRules ?? []) as P[]).map((x) => x.id),
          },
          { bypass: "AzureServices", default_action: "Allow", ip_rules: [], virtual_network_subnet_ids: [] },
        )
      : undefined,
  });
}

function applicationInsights(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  return attrs({
    ...placement(r, rg),
    application_type: val(p.Application_Type ?? "web"),
    workspace_id: p.WorkspaceResourceId === undefined ? undefined : val(p.WorkspaceResourceId),
    retention_in_days: val(p.RetentionInDays ?? 90, 90),
    internet_ingestion_enabled: val(enabled(p.publicNetworkAccessForIngestion) ?? true, true),
    internet_query_enabled: val(enabled(p.publicNetworkAccessForQuery) ?? true, true),
    local_authentication_disabled: val(p.DisableLocalAuth ?? false, false),
    disable_ip_masking: val(p.DisableIpMasking ?? false, false),
    sampling_percentage: p.SamplingPercentage === undefined ? undefined : val(p.SamplingPercentage, 100),
  });
}

function logAnalytics(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const sku = String(p.sku?.name ?? "PerGB2018");
  return attrs({
    ...placement(r, rg),
    sku: val(LOG_ANALYTICS_SKUS[sku.toLowerCase()] ?? sku),
    retention_in_days: val(p.retentionInDays ?? 30),
    internet_ingestion_enabled: val(enabled(p.publicNetworkAccessForIngestion) ?? true, true),
    internet_query_enabled: val(enabled(p.publicNetworkAccessForQuery) ?? true, true),
    daily_quota_gb: val(p.workspaceCapping?.dailyQuotaGb ?? -1, -1),
    local_authentication_enabled: val(!(p.features?.disableLocalAuth ?? false), true),
    allow_resource_only_permissions: val(p.features?.enableLogAccessUsingOnlyResourcePermissions ?? true, true),
  });
}

function containerRegistry(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const policies = (p.policies ?? {}) as P;
  const retention = policies.retentionPolicy as P | undefined;
  return attrs({
    ...placement(r, rg),
    sku: val((r.sku as P | undefined)?.name ?? "Basic"),
    admin_enabled: val(p.adminUserEnabled ?? false, false),
    public_network_access_enabled: val(enabled(p.publicNetworkAccess) ?? true, true),
    anonymous_pull_enabled: val(p.anonymousPullEnabled ?? false, false),
    data_endpoint_enabled: val(p.dataEndpointEnabled ?? false, false),
    zone_redundancy_enabled: val(p.zoneRedundancy === "Enabled", false),
    network_rule_bypass_option: val(p.networkRuleBypassOptions ?? "AzureServices", "AzureServices"),
    retention_policy_in_days: retention?.status === "enabled" ? val(retention.days) : retention ? UNSET : undefined,
    trust_policy_enabled: val(policies.trustPolicy?.status === "enabled", false),
    quarantine_policy_enabled: val(policies.quarantinePolicy?.status === "enabled", false),
    export_policy_enabled: val(policies.exportPolicy?.status !== "disabled", true),
  });
}

function workspace(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const isolation = p.managedNetwork?.isolationMode as string | undefined;
  const serverless = p.serverlessComputeSettings as P | undefined;
  const fs = p.featureStoreSettings as P | undefined;
  return attrs({
    ...placement(r, rg),
    kind: val(r.kind ?? "Default"),
    sku_name: val((r.sku as P | undefined)?.name ?? "Basic"),
    friendly_name: p.friendlyName === undefined ? undefined : val(p.friendlyName),
    description: p.description ? val(p.description) : undefined,
    high_business_impact: val(p.hbiWorkspace ?? false, false),
    public_network_access_enabled: val(enabled(p.publicNetworkAccess) ?? true, true),
    storage_account_id: val(p.storageAccount),
    key_vault_id: val(p.keyVault),
    application_insights_id: val(p.applicationInsights),
    container_registry_id: p.containerRegistry ? val(p.containerRegistry) : undefined,
    image_build_compute_name: p.imageBuildCompute ? val(p.imageBuildCompute) : undefined,
    v1_legacy_mode_enabled: val(p.v1LegacyMode ?? false, false),
    // Customer-managed keys force a new workspace when they differ: always carried over.
    encryption:
      p.encryption?.status === "Enabled"
        ? val(Object.fromEntries(Object.entries({ key_vault_id: p.encryption.keyVaultProperties?.keyVaultArmId, key_id: p.encryption.keyVaultProperties?.keyIdentifier, user_assigned_identity_id: p.encryption.identity?.userAssignedIdentity }).filter(([, v]) => v !== undefined)))
        : undefined,
    identity: identityBlock(r.identity as P | undefined),
    primary_user_assigned_identity: p.primaryUserAssignedIdentity ? val(p.primaryUserAssignedIdentity) : undefined,
    // provision_on_creation_enabled is read from provisionNetworkNow (and forces a new workspace when it differs).
    managed_network: isolation && isolation !== "Disabled" ? val({ isolation_mode: isolation, provision_on_creation_enabled: p.provisionNetworkNow ?? false }) : undefined,
    // azurerm reads the block whenever Azure returns the settings, subnet or not.
    serverless_compute: serverless && Object.keys(serverless).length
      ? val(Object.fromEntries(Object.entries({ subnet_id: serverless.serverlessComputeCustomSubnet, public_ip_enabled: !(serverless.serverlessComputeNoPublicIP ?? true) }).filter(([, v]) => v !== undefined)))
      : undefined,
    feature_store: fs
      ? val(Object.fromEntries(Object.entries({ computer_spark_runtime_version: fs.computeRuntime?.sparkRuntimeVersion, offline_connection_name: fs.offlineStoreConnectionName, online_connection_name: fs.onlineStoreConnectionName }).filter(([, v]) => v !== undefined)))
      : undefined,
  });
}

function aiHub(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  return attrs({
    ...placement(r, rg),
    friendly_name: p.friendlyName === undefined ? undefined : val(p.friendlyName),
    description: p.description ? val(p.description) : undefined,
    high_business_impact_enabled: val(p.hbiWorkspace ?? false, false),
    public_network_access: val(p.publicNetworkAccess ?? "Enabled", "Enabled"),
    storage_account_id: val(p.storageAccount),
    key_vault_id: val(p.keyVault),
    application_insights_id: p.applicationInsights ? val(p.applicationInsights) : undefined,
    container_registry_id: p.containerRegistry ? val(p.containerRegistry) : undefined,
    identity: identityBlock(r.identity as P | undefined),
    primary_user_assigned_identity: p.primaryUserAssignedIdentity ? val(p.primaryUserAssignedIdentity) : undefined,
    managed_network: val({ isolation_mode: p.managedNetwork?.isolationMode ?? "Disabled" }),
  });
}

function aiProject(r: ExportedResource): ExpectedAttributes {
  const p = r.properties as P;
  return attrs({
    name: val(r.name),
    location: val(r.location),
    tags: val(r.tags, {}),
    ai_services_hub_id: val(p.hubResourceId),
    friendly_name: p.friendlyName === undefined ? undefined : val(p.friendlyName),
    description: p.description ? val(p.description) : undefined,
    high_business_impact_enabled: val(p.hbiWorkspace ?? false, false),
    identity: identityBlock(r.identity as P | undefined),
    primary_user_assigned_identity: p.primaryUserAssignedIdentity ? val(p.primaryUserAssignedIdentity) : undefined,
  });
}

function privateEndpoint(r: ExportedResource, rg: string, index: ExportIndex): ExpectedAttributes {
  const p = r.properties as P;
  const manual = ((p.manualPrivateLinkServiceConnections ?? []) as P[])[0];
  const conn = (((p.privateLinkServiceConnections ?? []) as P[])[0] ?? manual) as P | undefined;
  const group = index.childrenOf(r, "privateDnsZoneGroups")[0];
  return attrs({
    ...placement(r, rg),
    subnet_id: val(p.subnet?.id),
    custom_network_interface_name: p.customNetworkInterfaceName ? val(p.customNetworkInterfaceName) : undefined,
    private_service_connection: conn
      ? val({
          name: conn.name,
          private_connection_resource_id: conn.properties?.privateLinkServiceId,
          subresource_names: conn.properties?.groupIds ?? [],
          is_manual_connection: conn === manual,
          ...(conn === manual && conn.properties?.requestMessage ? { request_message: conn.properties.requestMessage } : {}),
        })
      : undefined,
    private_dns_zone_group: group
      ? val({ name: group.name.split("/").pop(), private_dns_zone_ids: ((group.properties.privateDnsZoneConfigs ?? []) as P[]).map((c) => c.properties?.privateDnsZoneId) })
      : undefined,
  });
}

function dnsZoneLink(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const [zone, link] = r.name.split("/");
  return attrs({
    name: val(link),
    resource_group_name: val(rg),
    tags: val(r.tags, {}),
    private_dns_zone_name: val(zone),
    virtual_network_id: val(p.virtualNetwork?.id),
    registration_enabled: val(p.registrationEnabled ?? false, false),
    resolution_policy: p.resolutionPolicy && p.resolutionPolicy !== "Default" ? val(p.resolutionPolicy) : undefined,
  });
}

function computeCluster(r: ExportedResource, workspaceId: string): ExpectedAttributes {
  const outer = r.properties as P;
  const p = (outer.properties ?? {}) as P;
  const scale = (p.scaleSettings ?? {}) as P;
  return attrs({
    name: val(r.name.split("/").pop()),
    location: val(r.location),
    tags: val(r.tags, {}),
    machine_learning_workspace_id: val(workspaceId),
    vm_size: val(p.vmSize),
    vm_priority: val(p.vmPriority ?? "Dedicated"),
    scale_settings: val({ min_node_count: scale.minNodeCount ?? 0, max_node_count: scale.maxNodeCount, scale_down_nodes_after_idle_duration: scale.nodeIdleTimeBeforeScaleDown ?? "PT2M" }),
    local_auth_enabled: val(!(outer.disableLocalAuth ?? false), true),
    node_public_ip_enabled: val(p.enableNodePublicIp ?? true, true),
    ssh_public_access_enabled: val(p.remoteLoginPortPublicAccess === "Enabled", false),
    subnet_resource_id: p.subnet?.id ? val(p.subnet.id) : undefined,
    identity: identityBlock(r.identity as P | undefined),
    description: outer.description ? val(outer.description) : undefined,
  });
}

function blobDatastore(r: ExportedResource, workspaceId: string, subscriptionId: string, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const container = `/subscriptions/${p.subscriptionId ?? subscriptionId}/resourceGroups/${p.resourceGroup ?? rg}/providers/Microsoft.Storage/storageAccounts/${p.accountName}/blobServices/default/containers/${p.containerName}`;
  return attrs({
    name: val(r.name.split("/").pop()),
    workspace_id: val(workspaceId),
    storage_container_id: val(container),
    service_data_auth_identity: val(p.serviceDataAccessAuthIdentity ?? "None", "None"),
    description: p.description ? val(p.description) : undefined,
    is_default: val(p.isDefault ?? false, false),
    tags: val(p.tags ?? {}, {}),
  });
}

function cognitiveAccount(r: ExportedResource, rg: string): ExpectedAttributes {
  const p = r.properties as P;
  const acls = p.networkAcls as P | undefined;
  return attrs({
    ...placement(r, rg),
    kind: val(r.kind),
    sku_name: val((r.sku as P | undefined)?.name),
    custom_subdomain_name: p.customSubDomainName ? val(p.customSubDomainName) : undefined,
    local_auth_enabled: val(!(p.disableLocalAuth ?? false), true),
    public_network_access_enabled: val(enabled(p.publicNetworkAccess) ?? true, true),
    outbound_network_access_restricted: val(p.restrictOutboundNetworkAccess ?? false, false),
    fqdns: p.allowedFqdnList?.length ? val(p.allowedFqdnList) : undefined,
    dynamic_throttling_enabled: val(p.dynamicThrottlingEnabled ?? false, false),
    identity: identityBlock(r.identity as P | undefined),
    network_acls: acls
      ? val(
          Object.fromEntries(
            Object.entries({
              default_action: acls.defaultAction ?? "Allow",
              ip_rules: ((acls.ipRules ?? []) as P[]).map((x) => x.value),
              virtual_network_rules: ((acls.virtualNetworkRules ?? []) as P[]).map((x) => ({ subnet_id: x.id, ignore_missing_vnet_service_endpoint: x.ignoreMissingVnetServiceEndpoint ?? false })),
              bypass: acls.bypass,
            }).filter(([, v]) => v !== undefined),
          ),
        )
      : undefined,
    // Optional, not computed: unset, a plan would remove it. Changing it replaces the account.
    project_management_enabled: val(p.allowProjectManagement ?? false, false),
  });
}

/** The expected attributes of one adopted azurerm resource; `context` holds ids the child resources need. */
export function expectedAttributes(terraformType: string, r: ExportedResource, index: ExportIndex, context: { subscriptionId: string; resourceGroupName: string; workspaceId?: string }): ExpectedAttributes {
  const rg = context.resourceGroupName;
  switch (terraformType) {
    case "azurerm_storage_account":
      return storageAccount(r, rg, index);
    case "azurerm_key_vault":
      return keyVault(r, rg);
    case "azurerm_application_insights":
      return applicationInsights(r, rg);
    case "azurerm_log_analytics_workspace":
      return logAnalytics(r, rg);
    case "azurerm_container_registry":
      return containerRegistry(r, rg);
    case "azurerm_machine_learning_workspace":
      return workspace(r, rg);
    case "azurerm_ai_foundry":
      return aiHub(r, rg);
    case "azurerm_ai_foundry_project":
      return aiProject(r);
    case "azurerm_cognitive_account":
      return cognitiveAccount(r, rg);
    case "azurerm_user_assigned_identity":
      return attrs(placement(r, rg));
    case "azurerm_private_dns_zone":
      return attrs({ name: val(r.name), resource_group_name: val(rg), tags: val(r.tags, {}) });
    case "azurerm_private_dns_zone_virtual_network_link":
      return dnsZoneLink(r, rg);
    case "azurerm_private_endpoint":
      return privateEndpoint(r, rg, index);
    case "azurerm_machine_learning_compute_cluster":
      return computeCluster(r, context.workspaceId!);
    case "azurerm_machine_learning_datastore_blobstorage":
      return blobDatastore(r, context.workspaceId!, context.subscriptionId, rg);
    default:
      throw new Error(`no expected settings for ${terraformType}`);
  }
}

/**
 * The ARM properties each table reads, and those an export holds that are not settings (state,
 * endpoints, timestamps, what Azure ML manages). Any other property with a value is listed in the
 * report as not carried over: never dropped without a word.
 */
const KNOWN_PROPERTIES: Record<string, readonly string[]> = {
  azurerm_storage_account: ["accessTier", "supportsHttpsTrafficOnly", "minimumTlsVersion", "allowBlobPublicAccess", "allowSharedKeyAccess", "publicNetworkAccess", "defaultToOAuthAuthentication", "allowCrossTenantReplication", "encryption", "isHnsEnabled", "isLocalUserEnabled", "isSftpEnabled", "isNfsV3Enabled", "dnsEndpointType", "largeFileSharesState", "allowedCopyScope", "networkAcls", "sasPolicy", "provisioningState", "creationTime", "primaryEndpoints", "secondaryEndpoints", "primaryLocation", "secondaryLocation", "statusOfPrimary", "statusOfSecondary", "keyCreationTime", "privateEndpointConnections", "geoReplicationStats", "lastGeoFailoverTime", "immutableStorageWithVersioning"],
  azurerm_key_vault: ["sku", "tenantId", "accessPolicies", "enablePurgeProtection", "enableSoftDelete", "softDeleteRetentionInDays", "enableRbacAuthorization", "enabledForDeployment", "enabledForDiskEncryption", "enabledForTemplateDeployment", "publicNetworkAccess", "networkAcls", "vaultUri", "provisioningState", "privateEndpointConnections", "hsmPoolResourceId"],
  azurerm_application_insights: ["Application_Type", "Flow_Type", "Request_Source", "RetentionInDays", "WorkspaceResourceId", "IngestionMode", "publicNetworkAccessForIngestion", "publicNetworkAccessForQuery", "DisableLocalAuth", "DisableIpMasking", "SamplingPercentage", "AppId", "ApplicationId", "CreationDate", "TenantId", "provisioningState", "Ver", "HockeyAppId", "HockeyAppToken", "LaMigrationDate", "Name", "InstrumentationKey", "ConnectionString"],
  azurerm_log_analytics_workspace: ["sku", "retentionInDays", "features", "workspaceCapping", "publicNetworkAccessForIngestion", "publicNetworkAccessForQuery", "customerId", "provisioningState", "createdDate", "modifiedDate", "source"],
  azurerm_container_registry: ["adminUserEnabled", "publicNetworkAccess", "anonymousPullEnabled", "dataEndpointEnabled", "zoneRedundancy", "networkRuleBypassOptions", "policies", "networkRuleSet", "encryption", "loginServer", "creationDate", "provisioningState", "status", "privateEndpointConnections", "dataEndpointHostNames"],
  azurerm_machine_learning_workspace: ["friendlyName", "description", "hbiWorkspace", "publicNetworkAccess", "storageAccount", "keyVault", "applicationInsights", "containerRegistry", "imageBuildCompute", "v1LegacyMode", "primaryUserAssignedIdentity", "managedNetwork", "serverlessComputeSettings", "featureStoreSettings", "encryption", "systemDatastoresAuthMode", "discoveryUrl", "workspaceId", "provisioningState", "mlFlowTrackingUri", "notebookInfo", "privateLinkCount", "serviceProvisionedResourceGroup", "tenantId", "storageHnsEnabled", "creationTime", "privateEndpointConnections", "ipAllowlist", "enableDataIsolation"],
  azurerm_ai_foundry: ["friendlyName", "description", "hbiWorkspace", "publicNetworkAccess", "storageAccount", "keyVault", "applicationInsights", "containerRegistry", "primaryUserAssignedIdentity", "managedNetwork", "systemDatastoresAuthMode", "workspaceHubConfig", "v1LegacyMode", "discoveryUrl", "workspaceId", "provisioningState", "mlFlowTrackingUri", "notebookInfo", "tenantId", "creationTime", "privateEndpointConnections", "ipAllowlist", "enableDataIsolation"],
  azurerm_ai_foundry_project: ["friendlyName", "description", "hbiWorkspace", "hubResourceId", "primaryUserAssignedIdentity", "publicNetworkAccess", "storageAccount", "keyVault", "applicationInsights", "containerRegistry", "v1LegacyMode", "discoveryUrl", "workspaceId", "provisioningState", "tenantId", "creationTime"],
  azurerm_user_assigned_identity: ["principalId", "clientId", "tenantId", "isolationScope"],
  azurerm_cognitive_account: ["customSubDomainName", "publicNetworkAccess", "disableLocalAuth", "networkAcls", "restrictOutboundNetworkAccess", "allowedFqdnList", "dynamicThrottlingEnabled", "endpoint", "endpoints", "provisioningState", "internalId", "dateCreated", "callRateLimit", "capabilities", "quotaLimit", "isMigrated", "skuChangeInfo", "privateEndpointConnections", "apiProperties", "allowProjectManagement", "associatedProjects", "defaultProject"],
  azurerm_private_dns_zone: ["maxNumberOfRecordSets", "maxNumberOfVirtualNetworkLinks", "maxNumberOfVirtualNetworkLinksWithRegistration", "numberOfRecordSets", "numberOfVirtualNetworkLinks", "numberOfVirtualNetworkLinksWithRegistration", "provisioningState", "internalId"],
  azurerm_private_dns_zone_virtual_network_link: ["virtualNetwork", "registrationEnabled", "resolutionPolicy", "virtualNetworkLinkState", "provisioningState"],
  azurerm_private_endpoint: ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections", "subnet", "customNetworkInterfaceName", "ipConfigurations", "customDnsConfigs", "networkInterfaces", "provisioningState", "applicationSecurityGroups"],
  azurerm_machine_learning_compute_cluster: ["computeType", "computeLocation", "description", "disableLocalAuth", "properties", "provisioningState", "createdOn", "modifiedOn", "isAttachedCompute", "provisioningErrors", "resourceId"],
  azurerm_machine_learning_datastore_blobstorage: ["credentials", "datastoreType", "accountName", "containerName", "endpoint", "protocol", "serviceDataAccessAuthIdentity", "subscriptionId", "resourceGroup", "description", "tags", "isDefault", "properties"],
};

/** What the cluster table reads of a compute cluster's inner properties, and what is state. */
const CLUSTER_PROPERTIES = ["vmSize", "vmPriority", "scaleSettings", "remoteLoginPortPublicAccess", "osType", "enableNodePublicIp", "isolatedNetwork", "subnet", "allocationState", "allocationStateTransitionTime", "currentNodeCount", "targetNodeCount", "nodeStateCounts", "errors", "propertyBag"];

/** Values that say nothing was set: not worth a line in the report. */
function unset(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === "" || v === "None" || v === "Disabled") return true;
  if (Array.isArray(v)) return v.every(unset);
  if (typeof v === "object") return Object.values(v as object).every(unset);
  return false;
}

/**
 * The settings of an adopted resource that no table reads: ARM properties not known (with a value),
 * a customer-managed key on a storage account or registry, a firewall SKU, and resource fields
 * beyond sku, kind, identity, tags and location.
 */
export function settingsNotCarriedOver(terraformType: string, r: ExportedResource): { property: string; value: unknown }[] {
  const known = KNOWN_PROPERTIES[terraformType];
  if (!known) return [];
  const p = r.properties as P;
  const out: { property: string; value: unknown }[] = [];
  for (const [k, v] of Object.entries(p)) if (!known.includes(k) && !unset(v)) out.push({ property: `properties.${k}`, value: v });
  for (const [k, v] of Object.entries(r.otherFields)) if (!unset(v)) out.push({ property: k, value: v });
  if (terraformType === "azurerm_storage_account" && p.encryption?.keySource && p.encryption.keySource !== "Microsoft.Storage") out.push({ property: "properties.encryption.keySource", value: p.encryption.keySource });
  if (terraformType === "azurerm_container_registry" && p.encryption?.status === "enabled") out.push({ property: "properties.encryption", value: p.encryption });
  if ((terraformType === "azurerm_machine_learning_workspace" || terraformType === "azurerm_ai_foundry") && p.managedNetwork?.firewallSku) out.push({ property: "properties.managedNetwork.firewallSku", value: p.managedNetwork.firewallSku });
  if (terraformType === "azurerm_ai_foundry" && p.encryption?.status === "Enabled") out.push({ property: "properties.encryption", value: p.encryption });
  if (terraformType === "azurerm_machine_learning_compute_cluster") {
    // The cluster's own properties: SSH credentials (the ssh block forces a new cluster) or a custom image are not carried over.
    for (const [k, v] of Object.entries((p.properties ?? {}) as P)) if (!CLUSTER_PROPERTIES.includes(k) && !unset(v)) out.push({ property: `properties.properties.${k}`, value: v });
  }
  return out;
}

/**
 * Attributes that are Optional and Computed in azurerm 4.55 (checked in its source): left unset, a
 * plan keeps what Azure has. Any other attribute left unset gets azurerm's default or, where it has
 * none and cannot remove a value (`sas_policy`), shows a change when Azure has one.
 */
const COMPUTED: Record<string, readonly string[]> = {
  azurerm_storage_account: ["network_rules", "blob_properties", "queue_properties", "share_properties", "access_tier"],
  azurerm_key_vault: ["network_acls", "access_policy"],
  azurerm_container_registry: ["network_rule_set"],
  azurerm_machine_learning_workspace: ["managed_network"],
  azurerm_ai_foundry: ["managed_network"],
};

export function isComputed(terraformType: string, attribute: string): boolean {
  return COMPUTED[terraformType]?.includes(attribute) ?? false;
}

/** Settings with a default that an export never shows (they live in other APIs): what the code assumes. */
export const NEVER_EXPORTED: Record<string, readonly { attribute: string; assumed: string }[]> = {
  azurerm_application_insights: [
    { attribute: "daily_data_cap_in_gb", assumed: "azurerm's default, 100 GB (the cap is in the billing API, not the export)" },
    { attribute: "daily_data_cap_notifications_disabled", assumed: "azurerm's default, false" },
  ],
};
