import { stableJson } from "../../constructs/testing/stack-assertions";
import { OnlineEndpoint } from "../../constructs/endpoints/online-endpoint";
import { OnlineDeployment } from "../../constructs/endpoints/online-deployment";
import { BatchEndpoint } from "../../constructs/endpoints/batch-endpoint";
import { Testing } from "../../constructs/core/engine";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { OnlineEndpointStack } from "../../examples/online-endpoint/main";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack, type SynthesizedStackJson } from "../../constructs/testing";
import { newStack, errorOf } from "../helpers/fixtures";

const MODEL = "azureml://registries/azureml/models/churn/versions/1";
const ENV = "azureml://registries/azureml/environments/sklearn-1.5/versions/1";
const WS_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw";
const base: WorkspaceProps = { name: "mlw", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: false, privateEndpoints: undefined };

function setup(props: Partial<WorkspaceProps> = {}) {
  const stack = newStack();
  return { stack, ws: new Workspace(stack, "ws", { ...base, ...props }) };
}

const azapi = (out: SynthesizedStackJson, kind: string) => resourcesOfType(out, "azapi_resource").filter((r) => r.type === `Microsoft.MachineLearningServices/${kind}@2026-05-01`);
const updates = (out: SynthesizedStackJson) => resourcesOfType(out, "azapi_update_resource").filter((r) => r.type.includes("Endpoints@"));

describe("OnlineEndpoint", () => {
  test("defaults: Entra ID tokens, private like its workspace, system identity, traffic kept on endpoint updates, URIs exported", () => {
    const { stack, ws } = setup();
    const ep = ws.addOnlineEndpoint("ep", { name: "churn-online" });
    const out = synthStack(stack);
    const [e] = azapi(out, "workspaces/onlineEndpoints");
    expect(e).toMatchObject({
      name: "churn-online",
      parent_id: referenceTo(ws.resource),
      location: "westeurope",
      identity: [{ type: "SystemAssigned" }],
      body: { kind: "Managed", properties: { authMode: "AADToken", publicNetworkAccess: "Disabled", traffic: {} } },
      ignore_body_changes: ["properties.traffic"],
      response_export_values: { scoringUri: "properties.scoringUri", swaggerUri: "properties.swaggerUri" },
    });
    expect(e.timeouts.create).toBe("60m");
    expect(updates(out)).toHaveLength(0);
    expect(ep.scoringUri).toMatch(/TfToken/);
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("ordering: endpoint, then deployments (parent), then traffic (depends on every deployment, locked on the endpoint)", () => {
    const { stack, ws } = setup();
    const ep = ws.addOnlineEndpoint("ep", { name: "churn-online", traffic: { blue: 90, green: 10 } });
    const blue = ep.addDeployment("blue", { name: "blue", model: MODEL, environment: ENV, code: { code: `${WS_ID}/codes/score/versions/1`, scoringScript: "score.py" } });
    const green = ep.addDeployment("green", { name: "green", model: MODEL });
    const out = synthStack(stack);
    const deployments = azapi(out, "workspaces/onlineEndpoints/deployments");
    expect(deployments).toHaveLength(2);
    for (const d of deployments) {
      expect(d.parent_id).toBe(referenceTo(ep.resource));
      expect(d.locks).toEqual([referenceTo(ep.resource)]);
    }
    const [traffic] = updates(out);
    expect(traffic.resource_id).toBe(referenceTo(ep.resource));
    expect(traffic.body).toEqual({ properties: { traffic: { blue: 90, green: 10 } } });
    expect(traffic.depends_on.sort()).toEqual([referenceTo(blue.resource).slice(2, -4), referenceTo(green.resource).slice(2, -4)].sort());
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("deployment defaults: sku capacity, Default scaling, request settings, App Insights, egress like the endpoint, long timeouts", () => {
    const { stack, ws } = setup();
    ws.addOnlineEndpoint("ep", { name: "churn-online" }).addDeployment("d", { name: "blue", model: MODEL, instanceCount: 3 });
    const [d] = azapi(synthStack(stack), "workspaces/onlineEndpoints/deployments");
    expect(d.body).toEqual({
      kind: "Managed",
      sku: { name: "Default", capacity: 3 },
      properties: {
        endpointComputeType: "Managed",
        model: MODEL,
        instanceType: "Standard_DS3_v2",
        scaleSettings: { scaleType: "Default" },
        requestSettings: { requestTimeout: "PT5S", maxConcurrentRequestsPerInstance: 1 },
        appInsightsEnabled: true,
        egressPublicNetworkAccess: "Disabled",
      },
    });
    expect(d.timeouts).toEqual({ create: "90m", update: "90m", delete: "60m" });
  });

  test("scale settings, probes and environment variables are typed", () => {
    const { stack, ws } = setup({ publicNetworkAccessEnabled: true });
    ws.addOnlineEndpoint("ep", { name: "ep-one", authMode: "Key" }).addDeployment("d", {
      name: "blue",
      model: MODEL,
      environment: ENV,
      scale: { type: "TargetUtilization", minInstances: 1, maxInstances: 5 },
      livenessProbe: { period: "PT30S" },
      environmentVariables: { WORKERS: "2" },
    });
    const out = synthStack(stack);
    const [d] = azapi(out, "workspaces/onlineEndpoints/deployments");
    expect(d.body.properties.scaleSettings).toEqual({ scaleType: "TargetUtilization", minInstances: 1, maxInstances: 5, targetUtilizationPercentage: 70, pollingInterval: "PT30S" });
    expect(d.body.properties.livenessProbe).toEqual({ initialDelay: "PT10S", period: "PT30S", timeout: "PT2S", failureThreshold: 30, successThreshold: 1 });
    expect(d.body.properties.egressPublicNetworkAccess).toBe("Enabled");
    expect(azapi(out, "workspaces/onlineEndpoints")[0].body.properties.authMode).toBe("Key");
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("traffic naming a missing deployment, or not summing to 100, fails at synth with the field", () => {
    const { stack, ws } = setup();
    const ep = ws.addOnlineEndpoint("ep", { name: "churn-online", traffic: { blue: 80, red: 10 } });
    ep.addDeployment("blue", { name: "blue", model: MODEL });
    expect(() => synthStack(stack)).toThrow(/test\/ws\/ep: traffic\.red 10 names no deployment of this endpoint: deployments are "blue" \[UNKNOWN_DEPLOYMENT\]/);
    expect(() => synthStack(stack)).toThrow(/test\/ws\/ep: traffic .* must sum to 100, sums to 90 \[TRAFFIC_SUM\]/);
  });

  test("mirror traffic: at most 50, to existing deployments without live traffic", () => {
    const { stack, ws } = setup();
    const ep = ws.addOnlineEndpoint("ep", { name: "churn-online", traffic: { blue: 100 }, mirrorTraffic: { blue: 10, green: 60 } });
    ep.addDeployment("blue", { name: "blue", model: MODEL });
    ep.addDeployment("green", { name: "green", model: MODEL });
    expect(() => synthStack(stack)).toThrow(/mirrorTraffic .* must be at most 50 in total, is 70/);
    expect(() => synthStack(stack)).toThrow(/mirrorTraffic\.blue 10 cannot mirror to a deployment that takes live traffic/);
    const ok = setup();
    const ep2 = ok.ws.addOnlineEndpoint("ep", { name: "churn-online" });
    ep2.addDeployment("blue", { name: "blue", model: MODEL });
    ep2.addDeployment("green", { name: "green", model: MODEL });
    ep2.setTraffic({ blue: 100 });
    ep2.setMirrorTraffic({ green: 20 });
    expect(updates(synthStack(ok.stack))[0].body).toEqual({ properties: { traffic: { blue: 100 }, mirrorTraffic: { green: 20 } } });
  });

  test("names and references are validated", () => {
    const { ws } = setup();
    expect(errorOf(() => ws.addOnlineEndpoint("a", { name: "ep" })).problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
    expect(errorOf(() => ws.addOnlineEndpoint("b", { name: "ep-" })).problems[0].code).toBe("NAME_RULE");
    expect(errorOf(() => ws.addOnlineEndpoint("c", { name: "1-endpoint" })).problems[0].code).toBe("NAME_RULE");
    const ep = ws.addOnlineEndpoint("d", { name: "valid-ep" });
    expect(errorOf(() => ep.addDeployment("x", { name: "blue", model: "churn:1" })).problems[0]).toMatchObject({ code: "REFERENCE", field: "model" });
    expect(errorOf(() => ep.addDeployment("y", { name: "blue", model: MODEL, code: { code: `${WS_ID}/codes/c/versions/1`, scoringScript: "score.py" } })).problems[0]).toMatchObject({ code: "REQUIRED", field: "environment" });
    expect(errorOf(() => ep.addDeployment("z", { name: "blue", model: MODEL, scale: { type: "TargetUtilization", minInstances: 5, maxInstances: 2 } })).problems[0].code).toBe("INSTANCE_RANGE");
    expect(errorOf(() => ep.addDeployment("w", { name: "blue", model: MODEL, requestSettings: { requestTimeout: "PT5M" } })).problems[0].field).toBe("requestSettings.requestTimeout");
  });

  test("works with a workspace referenced by id (location then required)", () => {
    const stack = newStack();
    const ref = Workspace.fromWorkspaceId(stack, "ref", WS_ID);
    expect(errorOf(() => new OnlineEndpoint(stack, "e", { workspace: ref, name: "churn-online" })).problems[0]).toMatchObject({ code: "REQUIRED", field: "location" });
    new OnlineEndpoint(stack, "ok", { workspace: ref, name: "churn-online", location: "westeurope" });
    expect(azapi(synthStack(stack), "workspaces/onlineEndpoints")[0].parent_id).toBe(WS_ID);
  });
});

describe("BatchEndpoint", () => {
  test("a model deployment on a cluster; the default deployment is set after it exists", () => {
    const { stack, ws } = setup();
    const cluster = ws.addComputeCluster("c", { name: "cpu", vmSize: "Standard_DS3_v2", maxNodes: 2 });
    const be = ws.addBatchEndpoint("be", { name: "churn-batch", defaultDeployment: "nightly" });
    const d = be.addDeployment("d", { name: "nightly", deployment: { type: "model", model: MODEL, compute: cluster, environment: ENV, code: { code: `${WS_ID}/codes/c/versions/1`, scoringScript: "batch.py" } } });
    const out = synthStack(stack);
    const [endpoint] = azapi(out, "workspaces/batchEndpoints");
    expect(endpoint.body).toEqual({ properties: { authMode: "AADToken", defaults: {} } });
    expect(endpoint.ignore_body_changes).toEqual(["properties.defaults"]);
    const [dep] = azapi(out, "workspaces/batchEndpoints/deployments");
    expect(dep.body.properties).toMatchObject({
      compute: referenceTo(cluster.resource),
      model: { referenceType: "Id", assetId: MODEL },
      resources: { instanceCount: 1 },
      miniBatchSize: 10,
      errorThreshold: -1,
      retrySettings: { maxRetries: 3, timeout: "PT30S" },
      outputAction: "AppendRow",
      outputFileName: "predictions.csv",
      loggingLevel: "Info",
    });
    const [def] = updates(out);
    expect(def.body).toEqual({ properties: { defaults: { deploymentName: "nightly" } } });
    expect(def.depends_on).toEqual([referenceTo(d.resource).slice(2, -4)]);
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a pipeline component deployment", () => {
    const { stack, ws } = setup();
    ws.addBatchEndpoint("be", { name: "churn-batch" }).addDeployment("d", { name: "pipeline", deployment: { type: "pipeline-component", component: `${WS_ID}/components/score/versions/1`, compute: "cpu" } });
    const out = synthStack(stack);
    expect(azapi(out, "workspaces/batchEndpoints/deployments")[0].body.properties.deploymentConfiguration).toEqual({
      deploymentConfigurationType: "PipelineComponent",
      componentId: { referenceType: "Id", assetId: `${WS_ID}/components/score/versions/1` },
      settings: { default_compute: `${referenceTo(ws.resource)}/computes/cpu` },
    });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("a default deployment that does not exist fails at synth", () => {
    const { stack, ws } = setup();
    ws.addBatchEndpoint("be", { name: "churn-batch", defaultDeployment: "missing" });
    expect(() => synthStack(stack)).toThrow(/test\/ws\/be: defaultDeployment "missing" names no deployment of this endpoint/);
  });
});

describe("examples/online-endpoint", () => {
  let json: any;
  beforeAll(() => {
    json = JSON.parse(Testing.synth(new OnlineEndpointStack(Testing.app(), "online-endpoint"), true));
  });

  test("endpoint → deployments → traffic update, 90/10, bodies valid", () => {
    const endpoint = Object.entries(json.resource.azapi_resource as Record<string, any>).find(([, r]) => r.type.endsWith("/onlineEndpoints@2026-05-01"))!;
    const deployments = Object.entries(json.resource.azapi_resource as Record<string, any>).filter(([, r]) => r.type.includes("onlineEndpoints/deployments"));
    for (const [, d] of deployments) expect(d.parent_id).toBe(`\${azapi_resource.${endpoint[0]}.id}`);
    const traffic = Object.values(json.resource.azapi_update_resource as Record<string, any>).find((u) => u.body.properties.traffic)!;
    expect(traffic.body.properties.traffic).toEqual({ blue: 90, green: 10 });
    expect(traffic.depends_on.sort()).toEqual(deployments.map(([k]) => `azapi_resource.${k}`).sort());
    expect(validateAllAzapiBodies(json)).toEqual([]);
    expect(json.output.scoring_uri.value).toBe(`\${azapi_resource.${endpoint[0]}.output.scoringUri}`);
    expect(stableJson(json)).toMatchSnapshot();
  });
});

describe("endpoint references are checked by kind, not by shape", () => {
  test("a deployment needs an OnlineEndpoint (or BatchEndpoint) of this library, not any object with an endpointId", () => {
    const stack = newStack();
    const ws = new Workspace(stack, "ws", { name: "mlw-kind", resourceGroupName: "rg", location: "westeurope", publicNetworkAccessEnabled: true });
    const online = ws.addOnlineEndpoint("online", { name: "ep-online" });
    const batch = ws.addBatchEndpoint("batch", { name: "ep-batch" });
    expect([OnlineEndpoint.isOnlineEndpoint(online), OnlineEndpoint.isOnlineEndpoint(batch), BatchEndpoint.isBatchEndpoint(batch), BatchEndpoint.isBatchEndpoint({ endpointId: "x" })]).toEqual([true, false, true, false]);
    const fake = { endpointId: online.endpointId, endpointName: "ep", location: "westeurope", workspace: ws, publicNetworkAccessEnabled: true };
    const e = errorOf(() => new OnlineDeployment(stack, "d", { endpoint: fake, name: "blue", model: "azureml:m:1", instanceType: "Standard_DS3_v2" }));
    expect(e.problems.map((p) => [p.code, p.field, p.rule])).toEqual([["INVALID_TYPE", "endpoint", "must be an OnlineEndpoint"]]);
  });
});
