import * as path from "node:path";
import { formatProblem, runApp } from "../constructs";
import { addStacksFromConfigFile } from "./app";
import { DEFAULT_CONFIG } from "./default-config";

// The root app: the team config at AZUREML_CONFIG (default: stacks/config/example.json) becomes one
// platform stack per environment and one stack per team and environment. Atomic: a config problem,
// a construct's validation or a rule-pack error anywhere writes nothing, and an earlier output stays.
const file = path.resolve(process.env.AZUREML_CONFIG ?? DEFAULT_CONFIG);
runApp((app) => addStacksFromConfigFile(app, file).problems.map(formatProblem));
