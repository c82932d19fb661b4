import { ComputeCluster } from "../../constructs/compute/compute-cluster";
import { ComputeInstance } from "../../constructs/compute/compute-instance";
import { OnlineEndpoint } from "../../constructs/endpoints/online-endpoint";
import { STUDIO_CORS_ORIGINS } from "../../constructs/workspace/workspace-storage";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { referenceTo, resourcesOfType, synthStack, type SynthesizedStackJson } from "../../constructs/testing";
import type { TerraformStack } from "../../constructs/core/engine";
import { errorOf, newStack, onlyResource } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers";
const SUBNET = `${SUB}/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-pe`;
const COMPUTE_SUBNET = `${SUB}/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-compute`;
const base: WorkspaceProps = { name: "mlw-private", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: false };

describe("ordering in a private workspace (as Azure's quickstarts order it)", () => {
  let stack: TerraformStack;
  let ws: Workspace;
  let cluster: ComputeCluster;
  let instance: ComputeInstance;
  let endpoint: OnlineEndpoint;
  let out: SynthesizedStackJson;
  beforeAll(() => {
    stack = newStack();
    ws = new Workspace(stack, "ws", { ...base, privateEndpoints: { subnetId: SUBNET }, containerRegistry: { mode: "create" }, imageBuildComputeName: "cpu-build" });
    cluster = new ComputeCluster(stack, "cpu", { workspace: ws, name: "cpu-build", vmSize: "Standard_DS3_v2", maxNodes: 2, subnetId: COMPUTE_SUBNET });
    instance = new ComputeInstance(stack, "ci", { workspace: ws, name: "ci-alice", vmSize: "Standard_DS3_v2", subnetId: COMPUTE_SUBNET });
    endpoint = new OnlineEndpoint(stack, "ep", { workspace: ws, name: "ep-private" });
    out = synthStack(stack);
  });
  const pe = (key: string) => ws.privateEndpoints!.byTarget[key].map((e) => referenceTo(e.resource, "").replace(/\.\}$/, "").replace(/^\$\{/, ""));

  test("the workspace waits for the private endpoints of its Key Vault, storage (blob and file) and registry", () => {
    const dependsOn = onlyResource(out, "azurerm_machine_learning_workspace").depends_on as string[];
    for (const key of ["vault", "storage", "registry"]) for (const address of pe(key)) expect(dependsOn).toContain(address);
    expect(pe("storage")).toHaveLength(2);
    for (const address of pe("workspace")) expect(dependsOn).not.toContain(address);
  });

  test("compute and endpoints wait for the workspace's own private endpoint", () => {
    const wsEndpoint = pe("workspace");
    expect(wsEndpoint).toHaveLength(1);
    for (const r of [cluster.resource, instance.resource, endpoint.resource]) {
      expect([r.terraformResourceType, out.resource![r.terraformResourceType][stack.getLogicalId(r)].depends_on]).toEqual([r.terraformResourceType, wsEndpoint]);
    }
  });

  test("a public workspace adds no such dependency", () => {
    const s = newStack();
    const w = new Workspace(s, "ws", { ...base, publicNetworkAccessEnabled: true });
    new ComputeCluster(s, "cpu", { workspace: w, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2 });
    const json = synthStack(s);
    expect(onlyResource(json, "azurerm_machine_learning_compute_cluster").depends_on).toBeUndefined();
    expect(w.readyForDependents).toEqual([]);
  });
});

describe("brought resources in a private workspace", () => {
  test("existing storage, Key Vault and registry get a warning that privateEndpoints does not cover them", () => {
    const stack = newStack();
    const id = (type: string, name: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/${type}/${name}`;
    const ws = new Workspace(stack, "ws", {
      ...base,
      privateEndpoints: { subnetId: SUBNET },
      storageAccount: { mode: "existing", id: id("Microsoft.Storage/storageAccounts", "stexisting") },
      keyVault: { mode: "existing", id: id("Microsoft.KeyVault/vaults", "kv-existing") },
    });
    const warnings = ws.node.metadata.filter((m) => m.type === "@cdktf/warn" && String(m.data).startsWith("privateEndpoints")).map((m) => String(m.data));
    expect(warnings).toEqual(["privateEndpoints creates no private endpoint for the existing storageAccount, keyVault: give them private endpoints where they are managed, or the workspace reaches them over public networks."]);
    expect(resourcesOfType(synthStack(stack), "azurerm_private_endpoint").map((e) => e.private_service_connection.subresource_names[0])).toEqual(["amlworkspace"]);
  });
});

describe("storage details Azure ML relies on", () => {
  test("the studio's CORS rules on blob, and Logging and Metrics in the network rules' bypass", () => {
    const stack = newStack();
    new Workspace(stack, "ws", base);
    const sa = onlyResource(synthStack(stack), "azurerm_storage_account");
    expect(sa.network_rules.bypass).toEqual(["AzureServices", "Logging", "Metrics"]);
    expect(sa.blob_properties.cors_rule).toEqual([
      { allowed_origins: [...STUDIO_CORS_ORIGINS], allowed_methods: ["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PATCH"], allowed_headers: ["*"], exposed_headers: ["*"], max_age_in_seconds: 1800 },
    ]);
    expect(STUDIO_CORS_ORIGINS).toContain("https://ml.azure.com");
  });

  test("studioCorsEnabled: false leaves CORS out (an explicit choice)", () => {
    const stack = newStack();
    new Workspace(stack, "ws", { ...base, storageAccount: { mode: "create", studioCorsEnabled: false } });
    expect(onlyResource(synthStack(stack), "azurerm_storage_account").blob_properties.cors_rule).toBeUndefined();
  });
});

describe("managed network options", () => {
  const managedBase: WorkspaceProps = { ...base, managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound", outboundRules: { pypi: { type: "FQDN", destination: "pypi.org" } } } };

  test("firewallSku sets the managed network's firewall SKU; sparkReady provisions it with Spark after the rules", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { ...managedBase, managedNetwork: { ...managedBase.managedNetwork!, firewallSku: "Basic", sparkReady: true } });
    const out = synthStack(stack);
    expect(resourcesOfType(out, "azapi_update_resource").map((u) => u.body)).toContainEqual({ properties: { managedNetwork: { firewallSku: "Basic" } } });
    const [action] = resourcesOfType(out, "azapi_resource_action");
    expect(action).toMatchObject({ type: "Microsoft.MachineLearningServices/workspaces@2026-05-01", resource_id: referenceTo(ws.resource), action: "provisionManagedNetwork", method: "POST", body: { includeSpark: true } });
    expect(action.depends_on).toEqual(ws.outboundRules.map((r) => referenceTo(r.resource, "").replace(/^\$\{/, "").replace(/\.\}$/, "")));
  });

  test("by default neither is set (Azure's Standard firewall, no Spark provisioning)", () => {
    const stack = newStack();
    new Workspace(stack, "ws", managedBase);
    const out = synthStack(stack);
    expect(resourcesOfType(out, "azapi_resource_action")).toEqual([]);
    expect(resourcesOfType(out, "azapi_update_resource").some((u) => JSON.stringify(u.body).includes("firewallSku"))).toBe(false);
  });

  test("firewallSku without AllowOnlyApprovedOutbound is a conflict naming both", () => {
    const e = errorOf(() => new Workspace(newStack(), "ws", { ...base, managedNetwork: { isolationMode: "AllowInternetOutbound", firewallSku: "Standard" } }));
    expect(e.problems.map((p) => [p.code, p.field])).toEqual([["CONFLICT", "managedNetwork.firewallSku"]]);
    expect(e.message).toContain('applies only with isolationMode "AllowOnlyApprovedOutbound"');
  });
});

describe("serverless compute in your network", () => {
  test("serverlessCompute puts serverless nodes in a subnet without public IPs; not with a managed network", () => {
    const stack = newStack();
    new Workspace(stack, "ws", { ...base, privateEndpoints: { subnetId: SUBNET }, serverlessCompute: { subnetId: COMPUTE_SUBNET } });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_workspace").serverless_compute).toEqual({ subnet_id: COMPUTE_SUBNET, public_ip_enabled: false });
    const e = errorOf(() => new Workspace(newStack(), "ws", { ...base, serverlessCompute: { subnetId: COMPUTE_SUBNET }, managedNetwork: { isolationMode: "AllowInternetOutbound" } }));
    expect(e.problems.map((p) => [p.code, p.field])).toEqual([["CONFLICT", "serverlessCompute"]]);
  });
});
