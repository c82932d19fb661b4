// cdktf-azureml/stacks: team stacks from a validated config (JSON or YAML), and the backends they use.
// The config's JSON Schema ships as cdktf-azureml/stacks/team-config.schema.json. This file only re-exports.
export { addStacksFromConfigFile, addTeamStacks } from "./app";
export { addBackend } from "./backend";
export { addLocalBackend } from "../constructs/app/local-backend";
export { PlatformStack, type PlatformStackProps } from "./platform-stack";
export { TeamStack, type TeamStackProps } from "./team-stack";
export { deploymentEnvironmentsOf, loadConfig, parseConfig, platformStackName, resolveDeploymentEnvironment, teamStackName, workspaceName, type ResolvedDeploymentEnvironment } from "./config/load";
export { configJsonSchema, type AzureMlConfig, type AzureMlConfigInput, type ComputeConfig, type DeploymentEnvironmentConfig, type TeamConfig } from "./config/schema";
