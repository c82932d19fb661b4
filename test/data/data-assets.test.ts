import { stableJson } from "../../constructs/testing/stack-assertions";
import { CommandComponent } from "../../constructs/assets/command-component";
import { contentVersion } from "../../constructs/assets/asset-version";
import { MlRegistry } from "../../constructs/assets/ml-registry";
import { Testing, Token } from "../../constructs/core/engine";
import { BlobDatastore } from "../../constructs/data/blob-datastore";
import { Workspace } from "../../constructs/workspace/workspace";
import type { WorkspaceProps } from "../../constructs/workspace/workspace-props";
import { DataAssetsStack } from "../../examples/data-assets/main";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { referenceTo, resourcesOfType, synthStack, type SynthesizedStackJson } from "../../constructs/testing";
import { newStack, onlyResource, errorOf } from "../helpers/fixtures";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers";
const CONTAINER = `${SUB}/Microsoft.Storage/storageAccounts/stlake/blobServices/default/containers/raw`;
const SHARE = `${SUB}/Microsoft.Storage/storageAccounts/stfiles/fileServices/default/fileshares/notebooks`;
const base: WorkspaceProps = { name: "mlw", resourceGroupName: "rg-ml", location: "westeurope", publicNetworkAccessEnabled: true };

function setup() {
  const stack = newStack();
  return { stack, ws: new Workspace(stack, "ws", base) };
}

const azapiOf = (out: SynthesizedStackJson, kind: string) => resourcesOfType(out, "azapi_resource").filter((r) => r.type === `Microsoft.MachineLearningServices/${kind}@2026-05-01`);

describe("datastores", () => {
  test("blob and ADLS Gen2 datastores are identity-based by default: no key, no SAS", () => {
    const { stack, ws } = setup();
    ws.addBlobDatastore("blob", { name: "raw", storageContainerId: CONTAINER });
    ws.addDataLakeGen2Datastore("lake", { name: "lake", storageContainerId: CONTAINER });
    const out = synthStack(stack);
    const blob = onlyResource(out, "azurerm_machine_learning_datastore_blobstorage");
    expect(blob).toEqual({ name: "raw", workspace_id: referenceTo(ws.resource), storage_container_id: CONTAINER, service_data_auth_identity: "WorkspaceSystemAssignedIdentity", tags: {} });
    const lake = onlyResource(out, "azurerm_machine_learning_datastore_datalake_gen2");
    expect(lake).toMatchObject({ service_data_identity: "WorkspaceSystemAssignedIdentity" });
    expect(lake.client_secret).toBeUndefined();
  });

  test("a container created in the workspace's storage is referenced by its ARM id", () => {
    const { stack, ws } = setup();
    const cd = ws.addContainerDatastore("training", { containerName: "training-data" });
    const out = synthStack(stack);
    expect(onlyResource(out, "azurerm_storage_container")).toEqual({ name: "training-data", storage_account_id: referenceTo(ws.storageAccount!), container_access_type: "private" });
    expect(onlyResource(out, "azurerm_machine_learning_datastore_blobstorage")).toMatchObject({ name: "training_data", storage_container_id: referenceTo(cd.container) });
  });

  test("a data-plane URL instead of the ARM id is refused with the reason", () => {
    const { ws } = setup();
    const e = errorOf(() => ws.addBlobDatastore("b", { name: "raw", storageContainerId: "https://stlake.blob.core.windows.net/raw" }));
    expect(e.problems[0]).toMatchObject({ code: "DATA_PLANE_URL", field: "storageContainerId" });
    expect(errorOf(() => ws.addBlobDatastore("c", { name: "raw", storageContainerId: `${SUB}/Microsoft.Storage/storageAccounts/stlake` })).problems[0].code).toBe("ARM_ID");
    expect(errorOf(() => ws.addFileShareDatastore("f", { name: "nb", storageFileShareId: "https://stfiles.file.core.windows.net/notebooks", credential: { accountKey: Token.asString({ ref: "k" }) } })).problems[0].code).toBe("DATA_PLANE_URL");
  });

  test("keys: only as references, only without an identity; a literal never reaches the output or the message", () => {
    const { stack, ws } = setup();
    const key = Token.asString({ ref: "kv-secret" });
    ws.addBlobDatastore("keyed", { name: "keyed", storageContainerId: CONTAINER, serviceDataIdentity: "None", credential: { sharedAccessSignature: key } });
    ws.addFileShareDatastore("share", { name: "notebooks", storageFileShareId: SHARE, credential: { accountKey: key } });
    expect(resourcesOfType(synthStack(stack), "azurerm_machine_learning_datastore_fileshare")).toHaveLength(1);

    const literal = errorOf(() => ws.addBlobDatastore("lit", { name: "lit", storageContainerId: CONTAINER, serviceDataIdentity: "None", credential: { accountKey: "c2VjcmV0a2V5MTIz==" } }));
    expect(literal.problems[0]).toMatchObject({ code: "SECRET_LITERAL", field: "credential.accountKey" });
    expect(literal.message).not.toContain("c2VjcmV0a2V5MTIz");
    expect(errorOf(() => ws.addBlobDatastore("both", { name: "both", storageContainerId: CONTAINER, credential: { accountKey: key } })).problems[0].code).toBe("CONFLICT");
    expect(errorOf(() => ws.addBlobDatastore("none", { name: "none", storageContainerId: CONTAINER, serviceDataIdentity: "None" })).problems[0].code).toBe("REQUIRED");
    expect(errorOf(() => ws.addFileShareDatastore("fs", { name: "fs", storageFileShareId: SHARE, credential: { accountKey: "literal-key-value" } })).problems[0].code).toBe("SECRET_LITERAL");
    expect(errorOf(() => ws.addDataLakeGen2Datastore("sp", { name: "sp", storageContainerId: CONTAINER, serviceDataIdentity: "None", servicePrincipal: { tenantId: "11111111-1111-1111-1111-111111111111", clientId: "22222222-2222-2222-2222-222222222222", clientSecret: "s3cr3t" } })).problems[0].code).toBe("SECRET_LITERAL");
  });

  test("datastore names follow Azure's rule", () => {
    const { ws } = setup();
    expect(errorOf(() => new BlobDatastore(ws, "n", { workspace: ws, name: "raw data", storageContainerId: CONTAINER })).problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
  });
});

describe("assets", () => {
  test("model, data asset and environment bodies pass the ARM schema; versions are parented on the workspace", () => {
    const { stack, ws } = setup();
    ws.addModel("m", { name: "churn", version: "3", type: "mlflow_model", path: "azureml://datastores/workspaceblobstore/paths/models/churn/" });
    ws.addDataAsset("d", { name: "churn-data", version: "1", type: "mltable", path: "azureml://datastores/workspaceblobstore/paths/churn/" });
    ws.addEnvironment("e", { name: "sklearn", version: "1", source: { image: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest", condaFile: "name: x\n" } });
    const out = synthStack(stack);
    const model = azapiOf(out, "workspaces/models/versions")[0];
    expect(model).toMatchObject({ name: "3", parent_id: `${referenceTo(ws.resource)}/models/churn`, body: { properties: { modelType: "mlflow_model", modelUri: "azureml://datastores/workspaceblobstore/paths/models/churn/" } } });
    expect(azapiOf(out, "workspaces/data/versions")[0].body.properties).toEqual({ dataType: "mltable", dataUri: "azureml://datastores/workspaceblobstore/paths/churn/" });
    expect(azapiOf(out, "workspaces/environments/versions")[0].body.properties).toEqual({
      image: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest",
      condaFile: "name: x\n",
      osType: "Linux",
      autoRebuild: "Disabled",
    });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("without an explicit version, the version is a hash of the content: same content, same version; changed content, new version", () => {
    const versionOf = (image: string) => {
      const { stack, ws } = setup();
      ws.addEnvironment("e", { name: "sklearn", source: { image, condaFile: "name: x\n" } });
      return azapiOf(synthStack(stack), "workspaces/environments/versions")[0].name as string;
    };
    const a = versionOf("mcr.microsoft.com/azureml/base:1");
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOf("mcr.microsoft.com/azureml/base:1")).toBe(a);
    expect(versionOf("mcr.microsoft.com/azureml/base:2")).not.toBe(a);
    expect(contentVersion({ b: 1, a: 2 })).toBe(contentVersion({ a: 2, b: 1 }));
  });

  test("a command component keeps ${{...}} for Azure ML and checks inputs and outputs the command uses", () => {
    const { stack, ws } = setup();
    const env = ws.addEnvironment("e", { name: "sklearn", version: "1", source: { image: "mcr.microsoft.com/azureml/base:1" } });
    new CommandComponent(ws, "c", {
      workspace: ws,
      name: "train",
      version: "1",
      command: "python train.py --data ${{inputs.data}} --out ${{outputs.model}}",
      environment: env,
      inputs: { data: { type: "uri_folder" } },
      outputs: { model: { type: "mlflow_model" } },
    });
    const out = synthStack(stack);
    const spec = azapiOf(out, "workspaces/components/versions")[0].body.properties.componentSpec;
    expect(spec).toMatchObject({ name: "train", type: "command", command: "python train.py --data $${{inputs.data}} --out $${{outputs.model}}", inputs: { data: { type: "uri_folder", optional: false } } });
    expect(spec.environment).toBe(`azureml:${referenceTo(env.resource)}`);
    expect(validateAllAzapiBodies(out)).toEqual([]);
    const e = errorOf(() => new CommandComponent(ws, "bad", { workspace: ws, name: "bad", command: "python a.py ${{inputs.missing}}", environment: "azureml:sklearn:1" }));
    expect(e.problems[0]).toMatchObject({ code: "UNDECLARED", field: "command" });
  });

  test("registry assets are accepted wherever an asset is", () => {
    const stack = newStack();
    const reg = new MlRegistry(stack, "reg", { name: "contoso-reg", resourceGroupId: `${SUB.replace("/providers", "")}`, location: "westeurope", publicNetworkAccessEnabled: false });
    const ws = new Workspace(stack, "ws", base);
    ws.addModel("m", { name: "bert", version: "1", path: reg.assetUri("models", "bert", "1") });
    const out = synthStack(stack);
    expect(azapiOf(out, "workspaces/models/versions")[0].body.properties.modelUri).toBe("azureml://registries/contoso-reg/models/bert/versions/1");
    const r = azapiOf(out, "registries")[0];
    expect(r.body.properties.publicNetworkAccess).toBe("Disabled");
    expect(r.body.properties.regionDetails[0].storageAccountDetails[0].systemCreatedStorageAccount).toEqual({ storageAccountType: "Standard_ZRS", storageAccountHnsEnabled: false, allowBlobPublicAccess: false });
    expect(validateAllAzapiBodies(out)).toEqual([]);
  });

  test("validation: names, paths, folder paths, image references, registry regions", () => {
    const { ws } = setup();
    expect(errorOf(() => ws.addModel("a", { name: "my model", path: "azureml://x" })).problems[0]).toMatchObject({ code: "NAME_RULE", field: "name" });
    expect(errorOf(() => ws.addModel("b", { name: "m", path: "/local/model.pkl" })).problems[0]).toMatchObject({ code: "REFERENCE", field: "path" });
    expect(errorOf(() => ws.addDataAsset("c", { name: "d", type: "uri_folder", path: "azureml://datastores/ds/paths/folder" })).problems[0].code).toBe("FOLDER_PATH");
    expect(errorOf(() => ws.addEnvironment("d", { name: "e", source: { image: "not an image" } })).problems[0].field).toBe("source.image");
    expect(errorOf(() => ws.addModel("e", { name: "m", version: ".bad", path: "azureml://x" })).problems[0].field).toBe("version");
    const stack = newStack();
    expect(errorOf(() => new MlRegistry(stack, "r", { name: "reg", resourceGroupId: "/subscriptions/x/resourceGroups/rg", location: "westeurope", regions: [{ location: "northeurope" }], publicNetworkAccessEnabled: true })).problems[0].code).toBe("REGION");
  });
});

describe("examples/data-assets", () => {
  const json = (props = {}) => JSON.parse(Testing.synth(new DataAssetsStack(Testing.app(), "data-assets", props), true));

  test("synthesizes with valid bodies and no key, SAS token or password in the output", () => {
    const out = json();
    expect(validateAllAzapiBodies(out)).toEqual([]);
    expect(JSON.stringify(out)).not.toMatch(/account_key|shared_access_signature|client_secret|password|sig=/i);
    expect(stableJson(out)).toMatchSnapshot();
  });

  test("changing the environment's image gives a new version, not an in-place change", () => {
    const version = (out: { resource: { azapi_resource: Record<string, { type: string; name: string }> } }) =>
      Object.values(out.resource.azapi_resource).find((r) => r.type.includes("environments/versions"))!.name;
    const before = version(json());
    const after = version(json({ baseImage: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20241201.v1" }));
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    expect(after).not.toBe(before);
  });

  test("the same code synthesizes the same versions in a fresh app", () => {
    const a = JSON.stringify(json());
    expect(JSON.stringify(json())).toBe(a);
  });
});
