import { ComputeCluster } from "../../constructs/compute/compute-cluster";
import { ComputeInstance } from "../../constructs/compute/compute-instance";
import { InferenceCluster } from "../../constructs/compute/inference-cluster";
import { Duration } from "../../constructs/core/duration";
import { Token, TerraformOutput, TerraformStack } from "../../constructs/core/engine";
import { ValidationError } from "../../constructs/core/validation";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import type { IWorkspace } from "../../constructs/workspace/workspace-reference";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack } from "../../constructs/testing";
import { newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers";
const SUBNET = `${SUB}/Microsoft.Network/virtualNetworks/vnet/subnets/snet-ml`;
const WS_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw";
const OBJECT_ID = "11111111-1111-1111-1111-111111111111";
const TENANT_ID = "22222222-2222-2222-2222-222222222222";
const wsProps: WorkspaceProps = { name: "mlw", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true };

function setup(props: Partial<WorkspaceProps> = {}): { stack: TerraformStack; ws: Workspace } {
  const stack = newStack();
  return { stack, ws: new Workspace(stack, "ws", { ...wsProps, ...props }) };
}

function managedWorkspace(stack: TerraformStack): IWorkspace {
  return Workspace.fromWorkspaceId(stack, "managed", WS_ID, { location: "westeurope", publicNetworkAccessEnabled: false, managedNetworkIsolationMode: "AllowOnlyApprovedOutbound" });
}

const codes = (e: ValidationError) => e.problems.map((p) => [p.field, p.code]);

describe("ComputeCluster", () => {
  test("defaults: scales to zero, local auth off, system identity, no SSH, in the workspace's region", () => {
    const { stack, ws } = setup();
    const cluster = ws.addComputeCluster("cpu", { name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 4 });
    const c = onlyResource(synthStack(stack), "azurerm_machine_learning_compute_cluster");
    expect(c).toEqual({
      name: "cpu-cluster",
      machine_learning_workspace_id: referenceTo(ws.resource),
      location: "westeurope",
      vm_size: "Standard_DS3_v2",
      vm_priority: "Dedicated",
      scale_settings: { min_node_count: 0, max_node_count: 4, scale_down_nodes_after_idle_duration: "PT2M" },
      identity: { type: "SystemAssigned" },
      node_public_ip_enabled: true,
      local_auth_enabled: false,
      ssh_public_access_enabled: false,
      tags: {},
    });
    expect(cluster.node.path).toBe("test/ws/cpu");
    expect(cluster.isGpu).toBe(false);
  });

  test("options: low priority, idle time as a Duration or ISO string, user identity, SSH key, subnet", () => {
    const { stack, ws } = setup();
    const uai = `${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/id-train`;
    ws.addComputeCluster("gpu", {
      name: "gpu-a100",
      vmSize: "Standard_NC24ads_A100_v4",
      vmPriority: "LowPriority",
      minNodes: 1,
      maxNodes: 8,
      scaleDownAfterIdle: Duration.minutes(90),
      identity: { type: "UserAssigned", identityIds: [uai] },
      ssh: { adminUsername: "azureuser", publicKey: "ssh-ed25519 AAAAC3Nza example" },
      subnetId: SUBNET,
    });
    ws.addComputeCluster("cpu", { name: "cpu", vmSize: "Standard_D4s_v5", maxNodes: 2, scaleDownAfterIdle: "PT5M" });
    const [gpu, cpu] = resourcesOfType(synthStack(stack), "azurerm_machine_learning_compute_cluster").sort((a, b) => b.name.localeCompare(a.name));
    expect(gpu).toMatchObject({
      vm_priority: "LowPriority",
      scale_settings: { min_node_count: 1, max_node_count: 8, scale_down_nodes_after_idle_duration: "PT1H30M" },
      identity: { type: "UserAssigned", identity_ids: [uai] },
      ssh: { admin_username: "azureuser", key_value: "ssh-ed25519 AAAAC3Nza example" },
      subnet_resource_id: SUBNET,
      node_public_ip_enabled: false,
    });
    expect(gpu.ssh.admin_password).toBeUndefined();
    expect(cpu.scale_settings.scale_down_nodes_after_idle_duration).toBe("PT5M");
  });

  test("in a managed network: no public IP and no subnet", () => {
    const stack = newStack();
    const workspace = managedWorkspace(stack);
    new ComputeCluster(stack, "c", { workspace, name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1 });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_compute_cluster").node_public_ip_enabled).toBe(false);
    const e = errorOf(() => new ComputeCluster(stack, "c2", { workspace, name: "cpu2", vmSize: "Standard_DS3_v2", maxNodes: 1, subnetId: SUBNET }));
    expect(codes(e)).toEqual([["subnetId", "SUBNET_WITH_MANAGED_NETWORK"]]);
  });

  test("validation: names, node range, durations, identity mix, public IP, VM size", () => {
    const { ws } = setup();
    const e = errorOf(() =>
      ws.addComputeCluster("bad", {
        name: "cpu-cluster-1",
        vmSize: "DS3",
        minNodes: 5,
        maxNodes: 2,
        scaleDownAfterIdle: "5 minutes",
        nodePublicIpEnabled: false,
      }),
    );
    expect(codes(e)).toEqual([
      ["name", "NAME_RULE"],
      ["vmSize", "VM_SIZE"],
      ["scaleDownAfterIdle", "DURATION"],
      ["minNodes", "NODE_RANGE"],
      ["nodePublicIpEnabled", "PUBLIC_IP_NEEDS_NETWORK"],
    ]);
    expect(e.message).toContain('test/ws/bad: name "cpu-cluster-1" must be 3-32 letters, digits or hyphens');
    expect(e.message).toContain("test/ws/bad: minNodes 5 must be ≤ maxNodes (2) [NODE_RANGE]");

    const mixed = errorOf(() => ws.addComputeCluster("mixed", { name: "mixed", vmSize: "Standard_DS3_v2", maxNodes: 1, identity: { type: "SystemAssigned, UserAssigned" } as never }));
    expect(mixed.problems[0]).toMatchObject({ code: "IDENTITY_MIXED", field: "identity.type" });
    expect(mixed.message).toContain("cannot mix system- and user-assigned identities");
  });

  test("names the provider gets wrong: 3 characters accepted, tokens not pattern-checked", () => {
    const { stack, ws } = setup();
    ws.addComputeCluster("short", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1 });
    ws.addComputeCluster("tok", { name: Token.asString({ ref: "name" }), vmSize: Token.asString({ ref: "size" }), maxNodes: 1 });
    expect(resourcesOfType(synthStack(stack), "azurerm_machine_learning_compute_cluster")).toHaveLength(2);
  });

  test("region: another region only for a public workspace without a managed network", () => {
    const { stack, ws } = setup();
    ws.addComputeCluster("far", { name: "cpu-far", vmSize: "Standard_DS3_v2", maxNodes: 1, location: "northeurope" });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_compute_cluster").location).toBe("northeurope");
    const priv = setup({ publicNetworkAccessEnabled: false });
    const e = errorOf(() => priv.ws.addComputeCluster("far", { name: "cpu-far", vmSize: "Standard_DS3_v2", maxNodes: 1, location: "northeurope" }));
    expect(e.problems[0]).toMatchObject({ code: "REGION", field: "location" });
  });

  test("works with a workspace referenced by id; needs a location when the reference has none", () => {
    const stack = newStack();
    const ref = Workspace.fromWorkspaceId(stack, "ref", WS_ID);
    const e = errorOf(() => new ComputeCluster(stack, "c", { workspace: ref, name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1 }));
    expect(e.problems[0]).toMatchObject({ code: "REQUIRED", field: "location" });
    new ComputeCluster(stack, "ok", { workspace: ref, name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1, location: "westeurope" });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_compute_cluster").machine_learning_workspace_id).toBe(WS_ID);
  });

  test("the workspace prop must be a workspace", () => {
    const e = errorOf(() => new ComputeCluster(newStack(), "c", { workspace: { id: "x" } as never, name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 1 }));
    expect(e.problems[0]).toMatchObject({ code: "INVALID_TYPE", field: "workspace", rule: "must be a Workspace or the result of Workspace.fromWorkspaceId" });
  });
});

describe("ComputeInstance", () => {
  test("defaults: ARM computes resource with idle shutdown, local auth off, SSH off; the body passes the ARM schema", () => {
    const { stack, ws } = setup();
    const ci = ws.addComputeInstance("alice", { name: "ci-alice", vmSize: "Standard_DS3_v2", assignedUser: { objectId: OBJECT_ID, tenantId: TENANT_ID } });
    new TerraformOutput(stack, "computeId", { value: ci.computeId });
    const out = synthStack(stack);
    const r = onlyResource(out, "azapi_resource");
    expect(r).toMatchObject({
      type: "Microsoft.MachineLearningServices/workspaces/computes@2026-05-01",
      name: "ci-alice",
      parent_id: referenceTo(ws.resource),
      location: "westeurope",
      replace_triggers_refs: ["properties"],
    });
    expect(r.body).toEqual({
      properties: {
        computeType: "ComputeInstance",
        disableLocalAuth: true,
        properties: {
          vmSize: "Standard_DS3_v2",
          idleTimeBeforeShutdown: "PT1H",
          enableNodePublicIp: true,
          applicationSharingPolicy: "Personal",
          computeInstanceAuthorizationType: "personal",
          sshSettings: { sshPublicAccess: "Disabled" },
          personalComputeInstanceSettings: { assignedUser: { objectId: OBJECT_ID, tenantId: TENANT_ID } },
        },
      },
    });
    expect(r.identity).toBeUndefined();
    expect(validateAllAzapiBodies(out)).toEqual([]);
    expect((out.output?.computeId as { value: string }).value).toBe(referenceTo(ci.resource));
  });

  test("schedules, setup scripts, SSH key, subnet, identity and a longer idle time", () => {
    const { stack, ws } = setup();
    ws.addComputeInstance("bob", {
      name: "ci-bob",
      vmSize: "Standard_DS3_v2",
      idleShutdown: Duration.hours(3),
      schedules: [
        { action: "Stop", cron: "0 19 * * 1-5", timeZone: "W. Europe Standard Time" },
        { action: "Start", recurrence: { weekDays: ["Monday", "Friday"], hours: [8], minutes: [30] } },
      ],
      setupScripts: { creation: { source: "inline", script: "#!/bin/bash\npip install -U pip\n", timeout: Duration.minutes(10) }, startup: { script: "Users/bob/start.sh", arguments: "--fast" } },
      sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2E bob@laptop",
      subnetId: SUBNET,
      identity: { type: "SystemAssigned" },
    });
    const out = synthStack(stack);
    const r = onlyResource(out, "azapi_resource");
    const props = r.body.properties.properties;
    expect(props.idleTimeBeforeShutdown).toBe("PT3H");
    expect(props.enableNodePublicIp).toBe(false);
    expect(props.subnet).toEqual({ id: SUBNET });
    expect(props.sshSettings).toEqual({ sshPublicAccess: "Enabled", adminPublicKey: "ssh-rsa AAAAB3NzaC1yc2E bob@laptop" });
    expect(props.schedules.computeStartStop).toEqual([
      { action: "Stop", triggerType: "Cron", status: "Enabled", cron: { expression: "0 19 * * 1-5", timeZone: "W. Europe Standard Time" } },
      { action: "Start", triggerType: "Recurrence", status: "Enabled", recurrence: { frequency: "Week", interval: 1, timeZone: "UTC", schedule: { weekDays: ["Monday", "Friday"], hours: [8], minutes: [30] } } },
    ]);
    expect(props.setupScripts.scripts.creationScript).toEqual({ scriptSource: "inline", scriptData: Buffer.from("#!/bin/bash\npip install -U pip\n").toString("base64"), timeout: "PT10M" });
    expect(props.setupScripts.scripts.startupScript).toEqual({ scriptSource: "workspace", scriptData: "Users/bob/start.sh", scriptArguments: "--fast" });
    expect(r.identity).toEqual([{ type: "SystemAssigned" }]);
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test('idle shutdown "never" is an explicit choice that leaves it off', () => {
    const { stack, ws } = setup();
    ws.addComputeInstance("ci", { name: "ci-always", vmSize: "Standard_DS3_v2", idleShutdown: "never" });
    expect(onlyResource(synthStack(stack), "azapi_resource").body.properties.properties.idleTimeBeforeShutdown).toBeUndefined();
  });

  test("names: Azure's rules, not the provider's (ci-01 rejected, abc accepted)", () => {
    const { stack, ws } = setup();
    const e = errorOf(() => ws.addComputeInstance("bad", { name: "ci-01", vmSize: "Standard_DS3_v2" }));
    expect(e.message).toBe(
      'test/ws/bad: name "ci-01" must be 3-24 letters, digits or hyphens, start with a letter, end with a letter or digit, and not end in a hyphen followed by digits only (Azure rejects "cpu-1") [NAME_RULE]',
    );
    expect(errorOf(() => ws.addComputeInstance("long", { name: "a".repeat(25), vmSize: "Standard_DS3_v2" })).problems[0].code).toBe("NAME_RULE");
    expect(errorOf(() => ws.addComputeInstance("dash", { name: "ci-", vmSize: "Standard_DS3_v2" })).problems[0].code).toBe("NAME_RULE");
    ws.addComputeInstance("abc", { name: "abc", vmSize: "Standard_DS3_v2" });
    expect(onlyResource(synthStack(stack), "azapi_resource").name).toBe("abc");
  });

  test("validation: idle range, schedules, user ids, region, managed network", () => {
    const { ws } = setup();
    const e = errorOf(() =>
      ws.addComputeInstance("bad", {
        name: "ci-bad",
        vmSize: "Standard_DS3_v2",
        idleShutdown: Duration.minutes(10),
        schedules: [
          { action: "Stop", cron: "0 25 * * *" },
          { action: "Start", cron: "0 8 * * 1", timeZone: "Europe/Berlin" },
          { action: "Stop", cron: "0 8 * *" },
        ],
        assignedUser: { objectId: OBJECT_ID } as never,
        location: "northeurope",
      }),
    );
    expect(codes(e)).toEqual([
      ["assignedUser.tenantId", "REQUIRED"],
      ["idleShutdown", "DURATION_RANGE"],
      ["schedules[0].cron", "CRON"],
      ["schedules[1].timeZone", "TIME_ZONE"],
      ["schedules[2].cron", "CRON"],
      ["location", "REGION"],
    ]);
    expect(e.message).toContain('schedules[0].cron "0 25 * * *" has "25" in the hour field, which must be * or values 0-23 [CRON]');
    expect(e.message).toContain("idleShutdown");
    expect(errorOf(() => ws.addComputeInstance("long", { name: "ci-long", vmSize: "Standard_DS3_v2", idleShutdown: "P4D" })).problems[0].rule).toBe("must be at most P3D");
    const five = Array.from({ length: 5 }, () => ({ action: "Stop" as const, cron: "0 19 * * *" }));
    expect(errorOf(() => ws.addComputeInstance("many", { name: "ci-many", vmSize: "Standard_DS3_v2", schedules: five })).problems[0]).toMatchObject({ field: "schedules", code: "OUT_OF_RANGE" });

    const stack = newStack();
    const managed = managedWorkspace(stack);
    const m = errorOf(() => new ComputeInstance(stack, "ci", { workspace: managed, name: "ci-m", vmSize: "Standard_DS3_v2", subnetId: SUBNET }));
    expect(codes(m)).toEqual([["subnetId", "SUBNET_WITH_MANAGED_NETWORK"]]);
    new ComputeInstance(stack, "ok", { workspace: managed, name: "ci-ok", vmSize: "Standard_DS3_v2" });
    expect(onlyResource(synthStack(stack), "azapi_resource").body.properties.properties.enableNodePublicIp).toBe(false);
  });
});

describe("attached compute", () => {
  const AKS = `${SUB}/Microsoft.ContainerService/managedClusters/aks-ml`;
  const POOL = `${SUB}/Microsoft.Synapse/workspaces/syn-ml/bigDataPools/spark1`;

  test("inference cluster: attaches AKS with DevTest purpose and a system identity", () => {
    const { stack, ws } = setup();
    ws.attachKubernetes("aks", { name: "aks-infer", kubernetesClusterId: AKS, ssl: { leafDomainLabel: "ml-scoring" } });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_inference_cluster")).toEqual({
      name: "aks-infer",
      machine_learning_workspace_id: referenceTo(ws.resource),
      kubernetes_cluster_id: AKS,
      location: "westeurope",
      cluster_purpose: "DevTest",
      identity: { type: "SystemAssigned" },
      ssl: { leaf_domain_label: "ml-scoring", overwrite_existing_domain: false },
      tags: {},
    });
  });

  test("inference cluster: Azure's 2-16 name rule, no managed network, no literal key", () => {
    const { ws } = setup();
    expect(errorOf(() => ws.attachKubernetes("a", { name: "aks-inference-prod1x", kubernetesClusterId: AKS })).problems[0].code).toBe("NAME_RULE");
    const e = errorOf(() => ws.attachKubernetes("b", { name: "aks", kubernetesClusterId: AKS, ssl: { cname: "ml.contoso.com", certificatePem: "-----BEGIN CERTIFICATE-----", keyPem: "-----BEGIN PRIVATE KEY-----" } }));
    expect(codes(e)).toEqual([
      ["ssl.certificatePem", "SECRET_LITERAL"],
      ["ssl.keyPem", "SECRET_LITERAL"],
    ]);
    expect(e.message).not.toContain("BEGIN PRIVATE KEY");
    const stack = newStack();
    const m = errorOf(() => new InferenceCluster(stack, "aks", { workspace: managedWorkspace(stack), name: "aks", kubernetesClusterId: AKS }));
    expect(m.problems[0]).toMatchObject({ code: "UNSUPPORTED_WITH_MANAGED_NETWORK", field: "workspace" });
  });

  test("inference cluster: certificate references are accepted", () => {
    const { stack, ws } = setup();
    ws.attachKubernetes("aks", { name: "aks", kubernetesClusterId: AKS, ssl: { cname: "ml.contoso.com", certificatePem: Token.asString({ ref: "cert" }), keyPem: Token.asString({ ref: "key" }) } });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_inference_cluster").ssl.cname).toBe("ml.contoso.com");
  });

  test("Synapse Spark: attached with local auth off; 2-character names fail with the provider's reason", () => {
    const { stack, ws } = setup();
    const attachment = ws.attachSynapseSpark("spark", { name: "spark1x", synapseSparkPoolId: POOL });
    expect(attachment.node.scope).toBe(ws);
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_synapse_spark")).toEqual({
      name: "spark1x",
      machine_learning_workspace_id: referenceTo(ws.resource),
      synapse_spark_pool_id: POOL,
      location: "westeurope",
      identity: { type: "SystemAssigned" },
      local_auth_enabled: false,
      tags: {},
    });
    const e = errorOf(() => ws.attachSynapseSpark("short", { name: "sp", synapseSparkPoolId: POOL }));
    expect(e.problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
    expect(e.message).toContain("azurerm 4.55 rejects 2-character Synapse names");
    expect(errorOf(() => ws.attachSynapseSpark("bad", { name: "spark", synapseSparkPoolId: `${SUB}/Microsoft.Synapse/workspaces/syn-ml` })).problems[0].code).toBe("ARM_ID");
  });
});

describe("Duration", () => {
  test.each([
    [Duration.minutes(30), "PT30M"],
    [Duration.seconds(120), "PT2M"],
    [Duration.hours(1), "PT1H"],
    [Duration.days(3), "P3D"],
    [Duration.seconds(0), "PT0S"],
    [Duration.seconds(3 * 86400 + 3600 + 61), "P3DT1H1M1S"],
    [Duration.parse("PT90M"), "PT1H30M"],
  ])("%s renders as %s", (d, iso) => {
    expect(d.toIsoString()).toBe(iso);
  });

  test.each(["", "P", "PT", "30m", "P1Y", "PT1.5H", "-PT1M"])("rejects %p", (iso) => {
    expect(() => Duration.parse(iso)).toThrow(/ISO 8601 duration/);
  });
});

describe("instances and clusters together", () => {
  test("a workspace with both keeps them as its children and references", () => {
    const { stack, ws } = setup();
    const cluster = ws.addComputeCluster("cpu", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 2 });
    const ci = ws.addComputeInstance("ci", { name: "ci-dev", vmSize: "Standard_DS3_v2" });
    expect([cluster.node.scope, ci.node.scope]).toEqual([ws, ws]);
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_machine_learning_compute_cluster").machine_learning_workspace_id).toBe(onlyResource(out, "azapi_resource").parent_id);
  });
});
