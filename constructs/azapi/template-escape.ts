/**
 * Terraform reads `${...}` and `%{...}` in every string as a template, in HCL and in Terraform JSON
 * alike. Azure ML syntax such as `${{inputs.learning_rate}}` must reach Azure as written, so literal
 * sequences are escaped (`$${`, `%%{`). cdktf's own token markers (`${TfToken[...]}`) are left alone:
 * they become real references at synthesis.
 */
export function escapeTerraformTemplate(value: string): string {
  return value.replace(/\$\{(?!TfToken\[)/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * Escapes every string (and object key) in a JSON-like value; see `escapeTerraformTemplate`.
 * Keys whose value is undefined are dropped, so optional parts of a body can be written inline.
 */
export function escapeTemplatesDeep<T>(value: T): T {
  if (typeof value === "string") return escapeTerraformTemplate(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeTemplatesDeep(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[escapeTerraformTemplate(k)] = escapeTemplatesDeep(v);
    }
    return out as T;
  }
  return value;
}
