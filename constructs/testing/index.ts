// cdktf-azureml/testing: helpers for users' own tests (any runner). This file only re-exports.
export {
  azureMlMatchers,
  matchesProperties,
  referenceTo,
  resourcesCreatedBy,
  resourcesOfType,
  stableJson,
  stableSnapshot,
  synthStack,
  type SynthesizedStackJson,
} from "./stack-assertions";
