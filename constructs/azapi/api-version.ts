/** The Machine Learning REST api-version every azapi body in this library is shaped after. */
export const ML_API_VERSION = "2026-05-01";

/** `Microsoft.MachineLearningServices/<path>@2026-05-01`. */
export function mlType(path: string): string {
  return `Microsoft.MachineLearningServices/${path}@${ML_API_VERSION}`;
}
