import { knownResourceTypes, validateAzapiBody, validatePartialBody } from "../helpers/arm-schema";

const ENDPOINT = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2026-05-01";

describe("the ARM schema check used on every azapi body", () => {
  test("knows the ML resource types at 2026-05-01", () => {
    const types = knownResourceTypes();
    for (const t of ["workspaces/onlineEndpoints", "workspaces/onlineEndpoints/deployments", "workspaces/batchEndpoints", "workspaces/models/versions", "workspaces/environments/versions", "workspaces/data/versions", "workspaces/components/versions", "workspaces/schedules", "workspaces/computes", "registries"]) {
      expect(types).toContain(`Microsoft.MachineLearningServices/${t}@2026-05-01`);
    }
  });

  test("accepts a valid body", () => {
    expect(validateAzapiBody(ENDPOINT, { kind: "Managed", properties: { authMode: "AMLToken", publicNetworkAccess: "Disabled" } }, { location: "westeurope", identity: [{ type: "SystemAssigned" }] })).toEqual([]);
  });

  test("rejects unknown, read-only and missing required properties", () => {
    const errors = validateAzapiBody(ENDPOINT, { properties: { authMode: "AMLToken", scoringUri: "https://x", bogus: 1 } });
    expect(errors).toEqual(expect.arrayContaining(["properties.scoringUri: read-only property", "properties.bogus: unknown property", "location: required property missing"]));
  });

  test("rejects enum values outside the definition (stricter than azapi for open enums: Azure rejects them) and wrong types", () => {
    const errors = validateAzapiBody(ENDPOINT, { properties: { authMode: "Password", mirrorTraffic: { blue: "ten" } } }, { location: "westeurope" });
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^properties\.authMode: "Password" is not one of "AMLToken", "Key", "AADToken"/), "properties.mirrorTraffic.blue: expected an integer, got \"ten\""]));
  });

  test("follows discriminators (compute types)", () => {
    const COMPUTE = "Microsoft.MachineLearningServices/workspaces/computes@2026-05-01";
    expect(validateAzapiBody(COMPUTE, { properties: { computeType: "ComputeInstance", properties: { vmSize: "Standard_DS3_v2", idleTimeBeforeShutdown: "PT30M" } } }, { location: "westeurope" })).toEqual([]);
    expect(validateAzapiBody(COMPUTE, { properties: { computeType: "Quantum" } }, { location: "westeurope" })[0]).toMatch(/^properties\.computeType: "Quantum" is not one of/);
  });

  test("Terraform references are accepted wherever a value is expected", () => {
    expect(validateAzapiBody(ENDPOINT, { properties: { authMode: "${var.auth_mode}" } }, { location: "${var.location}" })).toEqual([]);
  });

  test("partial bodies (azapi_update_resource) skip required checks but keep the rest", () => {
    expect(validatePartialBody(ENDPOINT, { properties: { traffic: { blue: 100 } } })).toEqual([]);
    expect(validatePartialBody(ENDPOINT, { properties: { provisioningState: "Succeeded" } })).toEqual(["properties.provisioningState: read-only property"]);
  });

  test("an unknown resource type is reported", () => {
    expect(validateAzapiBody("Microsoft.MachineLearningServices/nope@2026-05-01", {})).toEqual(["Microsoft.MachineLearningServices/nope@2026-05-01: not a resource type of the fixture"]);
  });
});
