import { isUnresolved } from "../core/tokens";
import { zonesNeeded, type PrivateEndpointTarget } from "../network/workspace-private-endpoints";
import type { Problem, Validator } from "../core/validation";
import { imageBuildSizeRule } from "../compute/compute-common";
import { primaryIdentityRule } from "../core/identity";
import { PRIVATE_REGISTRY_SKU_RULE } from "./workspace-container-registry";
import { nameProblem } from "../core/naming";
import type { ParsedWorkspaceProps } from "./workspace-props";

/** Checks what azurerm lets through and Azure rejects (research notes on constraints, §3.1-3.2). */
export function workspaceCrossChecks(v: Validator, p: ParsedWorkspaceProps): void {
  if (p.serverlessCompute && p.managedNetwork) {
    v.add("CONFLICT", "serverlessCompute", undefined, "cannot be set together with managedNetwork: a managed network places serverless compute itself");
  }
  if (p.managedNetwork?.firewallSku && p.managedNetwork.isolationMode !== "AllowOnlyApprovedOutbound") {
    v.add("CONFLICT", "managedNetwork.firewallSku", p.managedNetwork.firewallSku, 'applies only with isolationMode "AllowOnlyApprovedOutbound" (Azure creates no firewall otherwise): remove it, or change the isolation mode');
  }
  if (typeof p.name === "string" && isUnresolved(p.name)) {
    v.add("NAME_TOKEN", "name", p.name, "must be known at synthesis, not a reference: the names of the storage account, Key Vault, registry and monitoring resources are derived from it (a token would give names such as appi-TfToken-TOKEN-0)");
  }
  for (const [field, opt] of [
    ["storageAccount", p.storageAccount],
    ["keyVault", p.keyVault],
    ["applicationInsights", p.applicationInsights],
    ["containerRegistry", p.containerRegistry],
  ] as const) {
    if (opt?.mode === "existing") {
      if (!opt.id && !opt.resource) v.add("REQUIRED", `${field}.id`, undefined, "is required with mode \"existing\" (or give resource)");
      if (opt.id && opt.resource) v.add("CONFLICT", `${field}.resource`, undefined, `cannot be set together with ${field}.id`);
    }
  }

  const sa = p.storageAccount;
  if (sa?.mode === "existing" && sa.resource) {
    const tier = sa.resource.accountTierInput;
    const kind = sa.resource.accountKindInput;
    const hns = sa.resource.isHnsEnabledInput;
    if (tier === "Premium") v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", "account_tier=Premium", "cannot be Premium: Azure ML's default storage must be Standard");
    if (kind && ["BlobStorage", "BlockBlobStorage", "FileStorage"].includes(kind)) {
      v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", `account_kind=${kind}`, "must be StorageV2 (or Storage): Azure ML's default storage cannot be BlobStorage, BlockBlobStorage or FileStorage");
    }
    if (hns === true) v.add("UNSUPPORTED_STORAGE", "storageAccount.resource", "is_hns_enabled=true", "cannot have a hierarchical namespace: use an ADLS Gen2 account as an extra datastore instead");
  }
  const ai = p.applicationInsights;
  if (ai?.mode === "existing" && ai.resource && ai.resource.workspaceIdInput === undefined) {
    v.add("CLASSIC_APP_INSIGHTS", "applicationInsights.resource", undefined, "must be workspace-based (set workspace_id): classic Application Insights is retired");
  }

  const id = p.identity;
  if (id && id.type !== "SystemAssigned" && id.primaryIdentityId && Array.isArray(id.identityIds)) {
    const primary = primaryIdentityRule(id.identityIds, id.primaryIdentityId);
    if (primary) v.add("IDENTITY_PRIMARY", "identity.primaryIdentityId", id.primaryIdentityId, primary);
  }

  const cr = p.containerRegistry;
  if (cr?.mode === "create" && p.publicNetworkAccessEnabled === false && cr.sku !== "Premium") {
    v.add("REQUIRES_PREMIUM", "containerRegistry.sku", cr.sku, PRIVATE_REGISTRY_SKU_RULE);
  }

  const pe = p.privateEndpoints;
  if (pe && p.publicNetworkAccessEnabled === true) {
    v.add("CONFLICT", "privateEndpoints", "(set)", "cannot be combined with publicNetworkAccessEnabled: true: private endpoints are for a private workspace");
  }
  if (pe?.subnetId && isUnresolved(pe.subnetId) && pe.dnsZones?.mode === "create" && !pe.dnsZones.virtualNetworkIds) {
    v.add("REQUIRED", "privateEndpoints.dnsZones.virtualNetworkIds", undefined, "is required when subnetId is a reference: the zones are linked to virtual networks");
  }
  if (pe?.dnsZones?.mode === "existing") {
    const given = Object.keys(pe.dnsZones.zoneIds ?? {});
    const missing = zonesNeeded(privateEndpointTargets(p).flatMap((t) => t.subresources)).filter((z) => !given.includes(z));
    if (missing.length) v.add("DNS_ZONES", "privateEndpoints.dnsZones.zoneIds", given, `must include ${missing.join(", ")}`);
  }
  for (const [name, rule] of Object.entries(p.managedNetwork?.outboundRules ?? {})) {
    if (nameProblem("outboundRule", name)) v.add("NAME_RULE", `managedNetwork.outboundRules.${name}`, name, `name ${nameProblem("outboundRule", name)}`);
    if ((rule.type === "FQDN" || rule.type === "ServiceTag") && p.managedNetwork?.isolationMode === "AllowInternetOutbound") {
      v.add("RULE_NEEDS_APPROVED_OUTBOUND", `managedNetwork.outboundRules.${name}.type`, rule.type, 'needs isolationMode "AllowOnlyApprovedOutbound": with "AllowInternetOutbound" only private endpoint rules are allowed');
    }
  }

  const enc = p.encryption;
  if (enc) {
    const uai = enc.userAssignedIdentityId;
    const ids = id && id.type !== "SystemAssigned" ? id.identityIds : [];
    if (!isUnresolved(uai) && !(ids ?? []).some((x) => isUnresolved(x) || x === uai)) {
      v.add("ENCRYPTION_IDENTITY", "encryption.userAssignedIdentityId", uai, "must be one of identity.identityIds (use identity type \"SystemAssigned, UserAssigned\" or \"UserAssigned\")");
    }
    if (enc.key?.mode === "create") {
      if (p.keyVault?.mode !== "create") v.add("CONFLICT", "encryption.key.mode", "create", "needs keyVault mode \"create\": the key is created in the workspace's own vault (give an existing key otherwise)");
      else if (enc.key.keyType === "RSA-HSM" && p.keyVault.sku !== "premium") v.add("REQUIRES_PREMIUM", "keyVault.sku", p.keyVault.sku, 'must be "premium" for an RSA-HSM key (or set encryption.key.keyType to "RSA")');
    }
    const kv = p.keyVault;
    if (kv?.mode === "existing" && kv.resource && kv.resource.purgeProtectionEnabledInput !== true) {
      v.add("PURGE_PROTECTION", "keyVault.resource", "purge_protection_enabled unset or false", "must have purge protection for customer-managed keys");
    }
    if (enc.encryptStorage && p.storageAccount?.mode === "create" && p.storageAccount.sharedAccessKeyEnabled === true) {
      // Allowed, only noted: CMK does not depend on shared keys.
    }
  }

  const diag = p.diagnostics;
  if (diag?.enabled && !diag.logAnalyticsWorkspaceId && ai?.mode === "existing") {
    const fromResource = ai.resource?.workspaceIdInput;
    if (!fromResource) {
      v.add("REQUIRED", "diagnostics.logAnalyticsWorkspaceId", undefined, "is required when applicationInsights is existing (or set diagnostics.enabled to false)");
    }
  }
}

/** What the workspace's private endpoints reach: the workspace and the resources it creates. */
export function privateEndpointTargets(p: ParsedWorkspaceProps): { key: "workspace" | "storage" | "vault" | "registry"; subresources: PrivateEndpointTarget["subresources"] }[] {
  const out: { key: "workspace" | "storage" | "vault" | "registry"; subresources: PrivateEndpointTarget["subresources"] }[] = [{ key: "workspace", subresources: ["amlworkspace"] }];
  if (p.storageAccount?.mode === "create") out.push({ key: "storage", subresources: ["blob", "file"] });
  if (p.keyVault?.mode === "create") out.push({ key: "vault", subresources: ["vault"] });
  if (p.containerRegistry?.mode === "create") out.push({ key: "registry", subresources: ["registry"] });
  return out;
}

/**
 * The rules of a workspace's image build compute, checked at synthesis: a private workspace with its
 * own registry needs one (serverless builds cannot reach a network-restricted registry), and a
 * cluster of this app it names must have a CPU size. `vmSizeOf` finds the cluster of that name.
 */
export function imageBuildComputeProblems(
  path: string,
  w: { readonly name: string | undefined; readonly privateWithOwnRegistry: boolean; readonly vmSizeOf: (name: string) => string | undefined },
): Problem[] {
  const problems: Problem[] = [];
  const at = (code: string, value: unknown, rule: string) => problems.push({ code, path, field: "imageBuildComputeName", value, rule });
  if (w.privateWithOwnRegistry && !w.name) {
    at(
      "IMAGE_BUILD_COMPUTE",
      undefined,
      "is required when the workspace is private and has its own registry: a network-restricted registry cannot be reached by serverless image builds (name a CPU compute cluster, or call useImageBuildCompute(cluster))",
    );
  }
  if (w.name && !isUnresolved(w.name)) {
    const vmSize = w.vmSizeOf(w.name);
    const size = vmSize ? imageBuildSizeRule(vmSize) : undefined;
    if (size) at("IMAGE_BUILD_GPU", w.name, `names cluster "${w.name}", whose vmSize ${size}`);
  }
  return problems;
}
