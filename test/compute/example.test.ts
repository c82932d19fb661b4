import { stableJson } from "../../constructs/testing/stack-assertions";
import { Testing } from "../../constructs/core/engine";
import { ComputeStack } from "../../examples/compute/main";
import { validateAllAzapiBodies } from "../helpers/arm-schema";
import { resourcesOfType } from "../../constructs/testing";

describe("examples/compute", () => {
  let json: any;
  beforeAll(() => {
    json = JSON.parse(Testing.synth(new ComputeStack(Testing.app(), "compute"), true));
  });

  test("every cluster scales to zero with local auth off; the image build compute is the CPU cluster", () => {
    const clusters = resourcesOfType(json, "azurerm_machine_learning_compute_cluster");
    expect(clusters).toHaveLength(2);
    for (const c of clusters) {
      expect(c.scale_settings.min_node_count).toBe(0);
      expect(c.local_auth_enabled).toBe(false);
    }
    expect(resourcesOfType(json, "azurerm_machine_learning_workspace")[0].image_build_compute_name).toBe("cpu-cluster");
  });

  test("every instance shuts down when idle, with local auth off, and its body passes the ARM schema", () => {
    const instances = resourcesOfType(json, "azapi_resource").filter((r) => r.type.startsWith("Microsoft.MachineLearningServices/workspaces/computes@"));
    expect(instances).toHaveLength(1);
    for (const i of instances) {
      expect(i.body.properties.disableLocalAuth).toBe(true);
      expect(i.body.properties.properties.idleTimeBeforeShutdown).toBe("PT30M");
    }
    expect(validateAllAzapiBodies(json)).toEqual([]);
  });

  test("matches its snapshot", () => {
    expect(stableJson(json)).toMatchSnapshot();
  });
});
