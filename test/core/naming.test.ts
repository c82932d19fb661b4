import { Token } from "../../constructs/core/engine";
import { NAME_RULES, deriveName, nameProblem, uniqueSuffix, type NameKind } from "../../constructs/core/naming";

/** Valid and invalid names per resource type, after Azure's rules (research notes, constraints §1). */
const cases: Record<NameKind, { valid: string[]; invalid: string[] }> = {
  resourceGroup: { valid: ["rg-ml", "rg_(ml).1", "a".repeat(90)], invalid: ["", "rg.", "rg ml", "a".repeat(91)] },
  workspace: { valid: ["mlw", "mlw-team_a-dev", "a".repeat(33), "mlw-"], invalid: ["ml", "-mlw", "_mlw", "mlw.dev", "a".repeat(34)] },
  storageAccount: { valid: ["stabc", "st123", "a".repeat(24)], invalid: ["st", "My_SA", "st-abc", "a".repeat(25)] },
  keyVault: { valid: ["kv1", "kv-team-a", "a".repeat(24)], invalid: ["1kv", "kv--a", "kv-", "kv", "a".repeat(25), "kv_a"] },
  containerRegistry: { valid: ["crabc", "CrTeamA01", "a".repeat(50)], invalid: ["cr1", "cr-team", "a".repeat(51)] },
  logAnalyticsWorkspace: { valid: ["log1", "log-team-a"], invalid: ["log", "-log", "log-", "log_a", "a".repeat(64)] },
  applicationInsights: { valid: ["appi", "appi team a", "a"], invalid: ["", "appi/x", "appi?", "appi.", "appi ", "a".repeat(261)] },
  userAssignedIdentity: { valid: ["id-ml", "id_ml"], invalid: ["id", "-id", "a".repeat(129)] },
  computeInstance: { valid: ["abc", "ci-alice", "ci-dev-a1", "a".repeat(24)], invalid: ["ab", "1ci", "ci-", "ci-01", "ci-dev-1", "ci_a", "a".repeat(25)] },
  computeCluster: { valid: ["cpu", "cpu-cluster", "gpu-a100x", "a".repeat(32)], invalid: ["cp", "cpu-cluster-1", "cpu-", "9cpu", "a".repeat(33)] },
  attachedCompute: { valid: ["ak", "aks-inference", "a".repeat(16)], invalid: ["a", "aks-1", "a".repeat(17), "-aks"] },
  datastore: { valid: ["blob", "team_a_data", "a".repeat(255)], invalid: ["", "_data", "data.set", "a".repeat(256)] },
  asset: { valid: ["model", "my-model_v2"], invalid: ["", "-model", "my model"] },
  assetVersion: { valid: ["1", "2026.11.22", "v1-rc_2"], invalid: ["", ".1", "1/2"] },
  endpoint: { valid: ["ept", "my-endpoint-1", "a".repeat(32)], invalid: ["ep", "1ep", "ep-", "ep_1", "a".repeat(33)] },
  mlRegistry: { valid: ["reg", "ml-registry_1"], invalid: ["re", "-reg", "a".repeat(34)] },
  connection: { valid: ["conn"], invalid: ["c", "-conn"] },
  outboundRule: { valid: ["allow-pypi"], invalid: ["ab", "rule with space"] },
  privateEndpoint: { valid: ["pe", "pe-ws.amlworkspace", "pe_"], invalid: ["p", "-pe", "pe-", "a".repeat(65)] },
  storageContainer: { valid: ["abc", "training-data", "a".repeat(63)], invalid: ["ab", "Data", "my--data", "data-", "-data", "a".repeat(64)] },
  fileShare: { valid: ["share", "code-share"], invalid: ["sh", "share-", "my--share"] },
  schedule: { valid: ["nightly", "nightly_retrain-1"], invalid: ["", "-nightly"] },
};

describe("name rules", () => {
  for (const [kind, { valid, invalid }] of Object.entries(cases) as [NameKind, { valid: string[]; invalid: string[] }][]) {
    test(`${kind}: accepts ${valid.length} valid and rejects ${invalid.length} invalid names`, () => {
      for (const name of valid) expect([name, nameProblem(kind, name)]).toEqual([name, undefined]);
      for (const name of invalid) expect([name, nameProblem(kind, name)]).toEqual([name, NAME_RULES[kind].rule]);
    });
  }

  test("every rule kind has cases", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(NAME_RULES).sort());
  });

  test("unresolved tokens are never pattern-checked", () => {
    for (const kind of Object.keys(NAME_RULES) as NameKind[]) expect(nameProblem(kind, Token.asString({ ref: kind }))).toBeUndefined();
  });
});

describe("derived names", () => {
  test("unique suffixes are deterministic lowercase alphanumerics", () => {
    expect(uniqueSuffix("seed")).toBe(uniqueSuffix("seed"));
    expect(uniqueSuffix("seed")).toMatch(/^[a-z0-9]{6}$/);
    expect(uniqueSuffix("seed")).not.toBe(uniqueSuffix("seed2"));
    expect(uniqueSuffix("seed", 10)).toHaveLength(10);
  });

  test.each(["a", "mlw", "mlw-team-a-dev", "Team_A__Workspace-With-A-Very-Long-Name-01", "a".repeat(33), "9_-_9"])("derived from %p, every name is valid", (base) => {
    for (const kind of ["storageAccount", "keyVault", "containerRegistry", "logAnalyticsWorkspace", "applicationInsights"] as const) {
      const name = deriveName(kind, base, "seed");
      expect([kind, name, nameProblem(kind, name)]).toEqual([kind, name, undefined]);
    }
  });

  test("abbreviations follow the Cloud Adoption Framework", () => {
    expect(deriveName("storageAccount", "mlw-a", "s")).toMatch(/^stmlwa/);
    expect(deriveName("keyVault", "mlw-a", "s")).toMatch(/^kvmlwa/);
    expect(deriveName("containerRegistry", "mlw-a", "s")).toMatch(/^crmlwa/);
    expect(deriveName("logAnalyticsWorkspace", "mlw_a", "s")).toBe("log-mlw-a");
    expect(deriveName("applicationInsights", "mlw-a", "s")).toBe("appi-mlw-a");
  });
});
