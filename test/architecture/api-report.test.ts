import { checkApiReports, entryPoints } from "../../tools/api-report";

describe("the public API", () => {
  test("has a report per entry point of the exports map", () => {
    expect(entryPoints().map((e) => e.report)).toEqual(["cdktf-azureml.api.md", "cdktf-azureml-testing.api.md", "cdktf-azureml-testing-jest.api.md", "cdktf-azureml-stacks.api.md"]);
  });

  test("matches the committed reports in api/ (run npm run api after a deliberate change)", () => {
    const changed = checkApiReports(false).filter((r) => !r.current).map((r) => r.report);
    expect(changed).toEqual([]);
  }, 120_000);
});
