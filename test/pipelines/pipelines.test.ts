import { stableJson } from "../../constructs/testing/stack-assertions";
import { WorkspaceConnection } from "../../constructs/connections/workspace-connection";
import { Testing, Token, TerraformVariable } from "../../constructs/core/engine";
import { Schedule } from "../../constructs/pipelines/schedule";
import { AiHub } from "../../constructs/workspace/ai-hub";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { AiHubStack } from "../../examples/ai-hub/main";
import { ScheduledTrainingStack } from "../../examples/scheduled-training/main";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack, type SynthesizedStackJson } from "../../constructs/testing";
import { newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers";
const ENV = "azureml://registries/azureml/environments/sklearn-1.5/versions/1";
const base: WorkspaceProps = { name: "mlw", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true };

function setup() {
  const stack = newStack();
  return { stack, ws: new Workspace(stack, "ws", base) };
}

const schedules = (out: SynthesizedStackJson) => resourcesOfType(out, "azapi_resource").filter((r) => r.type.startsWith("Microsoft.MachineLearningServices/workspaces/schedules@"));

describe("Schedule", () => {
  test("a cron command job: trigger, job, ${{...}} escaped for Terraform, compute by name, managed identity", () => {
    const { stack, ws } = setup();
    ws.addSchedule("nightly", {
      name: "nightly",
      trigger: { cron: "0 2 * * *", timeZone: "W. Europe Standard Time", startTime: "2026-12-01T00:00:00" },
      action: { type: "command", command: "python train.py --lr ${{inputs.lr}}", environment: ENV, compute: "cpu-cluster", inputs: { lr: { type: "literal", value: "0.01" } } },
    });
    const out = synthStack(stack);
    const s = schedules(out)[0];
    expect(s.parent_id).toBe(referenceTo(ws.resource));
    expect(s.body.properties.trigger).toEqual({ triggerType: "Cron", expression: "0 2 * * *", timeZone: "W. Europe Standard Time", startTime: "2026-12-01T00:00:00" });
    expect(s.body.properties.isEnabled).toBe(true);
    const job = s.body.properties.action.jobDefinition;
    expect(s.body.properties.action.actionType).toBe("CreateJob");
    expect(job).toMatchObject({
      jobType: "Command",
      command: "python train.py --lr $${{inputs.lr}}",
      environmentId: ENV,
      computeId: `${referenceTo(ws.resource)}/computes/cpu-cluster`,
      experimentName: "nightly",
      identity: { identityType: "Managed" },
      inputs: { lr: { jobInputType: "literal", value: "0.01" } },
    });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a weekly recurrence pipeline of components with step bindings", () => {
    const { stack, ws } = setup();
    const cluster = ws.addComputeCluster("c", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 2 });
    new Schedule(stack, "weekly", {
      workspace: ws,
      name: "weekly",
      trigger: { recurrence: { frequency: "Week", interval: 1, weekDays: ["Sunday"], hours: [3], minutes: [0] } },
      action: {
        type: "pipeline",
        compute: cluster,
        steps: {
          prep: { component: "azureml://registries/azureml/components/prep/versions/1", inputs: { data: { type: "uri_folder", path: "azureml://datastores/workspaceblobstore/paths/raw/" } }, outputs: { clean: { type: "uri_folder" } } },
          train: { component: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/components/train/versions/2`, inputs: { data: "${{parent.jobs.prep.outputs.clean}}" } },
        },
      },
    });
    const out = synthStack(stack);
    const s = schedules(out)[0];
    expect(s.body.properties.trigger).toEqual({ triggerType: "Recurrence", frequency: "Week", interval: 1, timeZone: "UTC", schedule: { hours: [3], minutes: [0], weekDays: ["Sunday"] } });
    const job = s.body.properties.action.jobDefinition;
    expect(job.jobType).toBe("Pipeline");
    expect(job.computeId).toBe(referenceTo(cluster.resource));
    expect(job.jobs.train).toEqual({ type: "command", componentId: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/components/train/versions/2`, inputs: { data: { job_input_type: "literal", value: "$${{parent.jobs.prep.outputs.clean}}" } } });
    expect(job.jobs.prep.inputs.data).toEqual({ job_input_type: "uri_folder", uri: "azureml://datastores/workspaceblobstore/paths/raw/" });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a batch endpoint invocation", () => {
    const { stack, ws } = setup();
    ws.addSchedule("score", {
      name: "daily-scoring",
      trigger: { cron: "30 6 * * *" },
      action: { type: "batch-endpoint", endpoint: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/batchEndpoints/churn`, invocation: { input_data: { uri: "azureml://datastores/workspaceblobstore/paths/today/" } } },
    });
    const out = synthStack(stack);
    expect(schedules(out)[0].body.properties.action).toEqual({
      actionType: "InvokeBatchEndpoint",
      endpointInvocationDefinition: { endpointId: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/batchEndpoints/churn`, input_data: { uri: "azureml://datastores/workspaceblobstore/paths/today/" } },
    });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a batch endpoint of this app is invoked by its id; a construct of another kind is refused", () => {
    const { stack, ws } = setup();
    const endpoint = ws.addBatchEndpoint("churn", { name: "churn" });
    ws.addSchedule("score", { name: "daily-scoring", trigger: { cron: "30 6 * * *" }, action: { type: "batch-endpoint", endpoint, invocation: {} } });
    expect(schedules(synthStack(stack))[0].body.properties.action.endpointInvocationDefinition.endpointId).toBe(referenceTo(endpoint.resource));
    const online = ws.addOnlineEndpoint("online", { name: "online-ep" });
    const e = errorOf(() => ws.addSchedule("bad", { name: "bad", trigger: { cron: "30 6 * * *" }, action: { type: "batch-endpoint", endpoint: online as never, invocation: {} } }));
    expect(e.problems.map((p) => [p.code, p.field])).toEqual([["INVALID_TYPE", "action.endpoint"]]);
    // A string must be a batch endpoint's ARM id (an online endpoint's, or an asset URI, is not).
    for (const wrong of [`${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/churn`, "azureml:churn:1"]) {
      const s = errorOf(() => ws.addSchedule(`s${wrong.length}`, { name: "s", trigger: { cron: "30 6 * * *" }, action: { type: "batch-endpoint", endpoint: wrong, invocation: {} } }));
      expect(s.problems.map((p) => [p.code, p.field, p.rule])).toEqual([["ARM_ID", "action.endpoint", "must be an ARM id /subscriptions/{id}/resourceGroups/{name}/providers/Microsoft.MachineLearningServices/workspaces/{name}/batchEndpoints/{name} (segments are case-sensitive)"]]);
    }
  });

  test("rejected with the field named: malformed cron, unknown time zone, times, recurrence, references", () => {
    const { ws } = setup();
    const job = { type: "command" as const, command: "python a.py", environment: ENV, compute: "cpu" };
    const cron = errorOf(() => ws.addSchedule("a", { name: "a", trigger: { cron: "0 2 * *" }, action: job }));
    expect(cron.message).toBe('test/ws/a: trigger.cron "0 2 * *" must have 5 fields (minute hour day-of-month month day-of-week), found 4 [CRON]');
    const tz = errorOf(() => ws.addSchedule("b", { name: "b", trigger: { cron: "0 2 * * *", timeZone: "Europe/Paris" }, action: job }));
    expect(tz.problems[0]).toMatchObject({ code: "TIME_ZONE", field: "trigger.timeZone" });
    const times = errorOf(() => ws.addSchedule("c", { name: "c", trigger: { cron: "0 2 * * *", startTime: "2027-01-02T00:00:00", endTime: "2027-01-01T00:00:00" }, action: job }));
    expect(times.problems[0]).toMatchObject({ code: "TIME_RANGE", field: "trigger.endTime" });
    const offset = errorOf(() => ws.addSchedule("d", { name: "d", trigger: { cron: "0 2 * * *", startTime: "2027-01-02T00:00:00Z" }, action: job }));
    expect(offset.problems[0].field).toBe("trigger.startTime");
    const rec = errorOf(() => ws.addSchedule("e", { name: "e", trigger: { recurrence: { frequency: "Day", interval: 1, weekDays: ["Monday"] } }, action: job }));
    expect(rec.problems.map((p) => p.field)).toEqual(["trigger.recurrence.weekDays", "trigger.recurrence.hours"]);
    const ref = errorOf(() => ws.addSchedule("f", { name: "f", trigger: { cron: "0 2 * * *" }, action: { ...job, environment: "sklearn:1" } }));
    expect(ref.problems[0]).toMatchObject({ code: "REFERENCE", field: "action.environment" });
    const steps = errorOf(() => ws.addSchedule("g", { name: "g", trigger: { cron: "0 2 * * *" }, action: { type: "pipeline", compute: "cpu", steps: {} } }));
    expect(steps.problems[0].field).toBe("action.steps");
  });

  test("an asset or a compute given as an object must be one of this library's, by kind, not any object with an id", () => {
    const { ws } = setup();
    const look = { id: `${SUB}/Microsoft.MachineLearningServices/workspaces/mlw/environments/sklearn/versions/1`, assetId: "x", computeId: "y" };
    const e = errorOf(() => ws.addSchedule("k", { name: "k", trigger: { cron: "0 2 * * *" }, action: { type: "command", command: "python a.py", environment: look as never, compute: look as never } }));
    expect(e.problems.map((p) => [p.code, p.field])).toEqual([
      ["INVALID_TYPE", "action.environment"],
      ["INVALID_TYPE", "action.compute"],
    ]);
    expect(e.problems[0].rule).toBe("must be a reference string or an asset version of this library (Model, Environment, DataAsset, CodeVersion, CommandComponent)");
  });

  test("tokens are not checked", () => {
    const { stack, ws } = setup();
    ws.addSchedule("t", { name: "t", trigger: { cron: Token.asString({ ref: "cron" }), timeZone: Token.asString({ ref: "tz" }) }, action: { type: "command", command: "python a.py", environment: Token.asString({ ref: "env" }), compute: "cpu" } });
    expect(schedules(synthStack(stack))).toHaveLength(1);
  });
});

describe("WorkspaceConnection", () => {
  test("Azure resources connect with Entra ID and the workspace identity: no key anywhere", () => {
    const { stack, ws } = setup();
    ws.addConnection("aoai", { name: "aoai", target: { kind: "AzureOpenAI", endpoint: "https://aoai.openai.azure.com/", resourceId: `${SUB}/Microsoft.CognitiveServices/accounts/aoai` } });
    ws.addConnection("search", { name: "search", target: { kind: "AISearch", endpoint: "https://srch.search.windows.net", resourceId: `${SUB}/Microsoft.Search/searchServices/srch` } });
    ws.addConnection("blob", { name: "blob", target: { kind: "AzureBlob", storageAccountName: "stdata", containerName: "raw" } });
    ws.addConnection("adls", { name: "adls", target: { kind: "ADLSGen2", storageAccountName: "stlake", fileSystem: "curated" } });
    ws.addConnection("acr", { name: "acr", target: { kind: "ContainerRegistry", loginServer: "crshared.azurecr.io", resourceId: `${SUB}/Microsoft.ContainerRegistry/registries/crshared` } });
    const out = synthStack(stack);
    const conns = resourcesOfType(out, "azapi_resource").filter((r) => r.type.startsWith("Microsoft.MachineLearningServices/workspaces/connections@"));
    expect(conns).toHaveLength(5);
    for (const c of conns) {
      expect(c.body.properties.authType).toBe("AAD");
      expect(c.body.properties.useWorkspaceManagedIdentity).toBe(true);
      expect(c.body.properties.isSharedToAll).toBe(false);
      expect(c.sensitive_body).toBeUndefined();
    }
    const byName = (n: string) => conns.find((c) => c.name === n)!.body.properties;
    expect(byName("aoai")).toMatchObject({ category: "AzureOpenAI", target: "https://aoai.openai.azure.com/", metadata: { ApiType: "Azure", ResourceId: `${SUB}/Microsoft.CognitiveServices/accounts/aoai` } });
    expect(byName("search").category).toBe("CognitiveSearch");
    expect(byName("blob")).toMatchObject({ category: "AzureBlob", target: "https://stdata.blob.core.windows.net/raw", metadata: { AccountName: "stdata", ContainerName: "raw" } });
    expect(byName("adls").target).toBe("https://stlake.dfs.core.windows.net/curated");
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a Git token is a reference sent write-only through sensitive_body, never a literal", () => {
    const { stack, ws } = setup();
    const token = new TerraformVariable(stack, "git_token", { type: "string", sensitive: true });
    ws.addConnection("git", { name: "git-repo", target: { kind: "Git", url: "https://github.com/contoso/repo", token: token.stringValue } });
    ws.addConnection("feed", { name: "pypi-mirror", target: { kind: "PythonFeed", url: "https://pkgs.contoso.com/simple" } });
    const out = synthStack(stack);
    const git = resourcesOfType(out, "azapi_resource").find((r) => r.name === "git-repo")!;
    expect(git.body.properties).toMatchObject({ category: "Git", authType: "PAT", target: "https://github.com/contoso/repo" });
    expect(git.body.properties.credentials).toBeUndefined();
    expect(git.sensitive_body).toEqual({ properties: { credentials: { pat: "${var.git_token}" } } });
    expect(git.sensitive_body_version).toEqual({ "properties.credentials.pat": "1" });
    expect(resourcesOfType(out, "azapi_resource").find((r) => r.name === "pypi-mirror")!.body.properties.authType).toBe("None");
    const e = errorOf(() => ws.addConnection("bad", { name: "bad-git", target: { kind: "Git", url: "https://github.com/contoso/repo", token: "ghp_supersecret123" } }));
    expect(e.problems[0]).toMatchObject({ code: "SECRET_LITERAL", field: "target.token" });
    expect(e.message).not.toContain("ghp_supersecret123");
    expect(ws.node.findAll().some((c) => c instanceof WorkspaceConnection)).toBe(true);
  });

  test("names and targets are validated", () => {
    const { ws } = setup();
    expect(errorOf(() => ws.addConnection("x", { name: "x", target: { kind: "Git", url: "https://github.com/a/b" } })).problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
    expect(errorOf(() => ws.addConnection("y", { name: "conn", target: { kind: "AzureOpenAI", endpoint: "http://insecure", resourceId: `${SUB}/Microsoft.CognitiveServices/accounts/a` } })).problems[0].field).toBe("target.endpoint");
    expect(errorOf(() => ws.addConnection("z", { name: "conn", target: { kind: "FTP" } as never })).problems[0]).toMatchObject({ code: "INVALID_VALUE", field: "target.kind" });
  });
});

describe("AI Foundry hub and projects", () => {
  test("the hub owns created, secure associated resources and a managed network; projects reference it", () => {
    const stack = newStack();
    const hub = new AiHub(stack, "hub", { name: "hub-ai", resourceGroupName: "rg-ai", location: "swedencentral", publicNetworkAccessEnabled: false });
    hub.addProject("p1", { name: "proj-one" });
    const out = synthStack(stack);
    const h = onlyResource(out, "azurerm_ai_foundry");
    expect(h).toMatchObject({
      name: "hub-ai",
      public_network_access: "Disabled",
      identity: { type: "SystemAssigned" },
      managed_network: { isolation_mode: "AllowInternetOutbound" },
      storage_account_id: referenceTo(hub.storageAccount!),
      key_vault_id: referenceTo(hub.keyVault!),
      application_insights_id: referenceTo(hub.applicationInsights!),
      container_registry_id: referenceTo(hub.containerRegistry!),
    });
    expect(onlyResource(out, "azurerm_storage_account")).toMatchObject({ shared_access_key_enabled: false, public_network_access_enabled: false });
    expect(onlyResource(out, "azurerm_key_vault").purge_protection_enabled).toBe(true);
    expect(onlyResource(out, "azurerm_ai_foundry_project")).toMatchObject({ name: "proj-one", ai_services_hub_id: referenceTo(hub.resource), location: "swedencentral", identity: { type: "SystemAssigned" } });
    expect(onlyResource(out, "azapi_update_resource").resource_id).toBe(referenceTo(hub.resource));
    expect(resourcesOfType(out, "azurerm_monitor_diagnostic_setting")).toHaveLength(2);
  });

  test("existing resources by id; an existing Application Insights needs a Log Analytics workspace", () => {
    const stack = newStack();
    const ai = `${SUB}/Microsoft.Insights/components/appi`;
    const e = errorOf(() => new AiHub(stack, "hub", { name: "hub-ai", resourceGroupName: "rg", location: "swedencentral", publicNetworkAccessEnabled: true, existing: { applicationInsightsId: ai } }));
    expect(e.problems[0]).toMatchObject({ code: "REQUIRED", field: "existing.logAnalyticsWorkspaceId" });
    expect(errorOf(() => new AiHub(stack, "hub2", { name: "hub ai", resourceGroupName: "rg", location: "x", publicNetworkAccessEnabled: true })).problems[0].code).toBe("NAME_RULE");
  });
});

describe("feature store", () => {
  test("a workspace of kind FeatureStore with its Spark runtime", () => {
    const stack = newStack();
    new Workspace(stack, "fs", { ...base, name: "fs-churn", featureStore: { sparkRuntimeVersion: "3.4", offlineConnectionName: "offline" } });
    expect(onlyResource(synthStack(stack), "azurerm_machine_learning_workspace")).toMatchObject({
      kind: "FeatureStore",
      feature_store: { computer_spark_runtime_version: "3.4", offline_connection_name: "offline" },
    });
  });
});

describe("examples", () => {
  test("scheduled-training: valid bodies, no credential value, snapshot", () => {
    const json = JSON.parse(Testing.synth(new ScheduledTrainingStack(Testing.app(), "scheduled-training"), true));
    expect(validateAllAzapiBodies(json)).toEqual([]);
    const text = JSON.stringify(json);
    expect(text).toContain('"pat":"${var.git_token}"');
    expect(text).not.toMatch(/ghp_|password|client_secret|AccountKey=/i);
    expect(stableJson(json)).toMatchSnapshot();
  });

  test("ai-hub: a hub with two projects, snapshot", () => {
    const json = JSON.parse(Testing.synth(new AiHubStack(Testing.app(), "ai-hub"), true));
    expect(Object.keys(json.resource.azurerm_ai_foundry_project)).toHaveLength(2);
    expect(validateAllAzapiBodies(json)).toEqual([]);
    expect(stableJson(json)).toMatchSnapshot();
  });
});
