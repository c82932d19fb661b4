import { stableJson } from "../constructs/testing/stack-assertions";
import { Testing } from "../constructs/core/engine";
import { QuickstartStack } from "../examples/quickstart/main";
import { validateAllAzapiBodies } from "./helpers/arm-schema";

describe("examples", () => {
  test("quickstart synthesizes a workspace with a created registry, valid azapi bodies, and matches its snapshot", () => {
    const stack = new QuickstartStack(Testing.app(), "quickstart");
    const json = JSON.parse(Testing.synth(stack, true));
    expect(Object.keys(json.resource.azurerm_container_registry)).toHaveLength(1);
    expect(validateAllAzapiBodies(json)).toEqual([]);
    expect(stableJson(json)).toMatchSnapshot();
  });
});
