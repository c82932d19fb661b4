/**
 * Props tables from the source: every `*PropsSchema` (and the option shapes spread into them) with
 * each field's documentation and `@default`, read with the TypeScript compiler API. Writes
 * docs/reference/props.md (`npm run docs`); a test fails when it is stale, and when an optional
 * field has no `@default`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
export const PROPS_REFERENCE = path.join(ROOT, "docs", "reference", "props.md");

export interface PropDoc {
  name: string;
  optional: boolean;
  doc: string;
  default?: string;
}

export interface SchemaDoc {
  schema: string;
  file: string;
  props: PropDoc[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

function jsDocOf(node: ts.Node, sf: ts.SourceFile): { text: string; def?: string } {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => sf.text.slice(r.pos, r.pos + 3) === "/**").pop();
  if (!last) return { text: "" };
  const raw = sf.text
    .slice(last.pos + 3, last.end - 2)
    .split("\n")
    .map((l) => l.replace(/^\s*\*\s?/, "").trim())
    .join(" ")
    .trim();
  const m = /@default\s+(.*)$/.exec(raw);
  return { text: (m ? raw.slice(0, m.index) : raw).trim(), def: m?.[1].trim() };
}

/** Whether a property's zod expression makes it optional (`.optional()`, `.default()`, `.prefault()`). */
function isOptional(expr: ts.Expression): boolean {
  // Walk the method chain only (z.string().min(1).optional()), not into arguments.
  let e: ts.Expression = expr;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    if (["optional", "default", "prefault"].includes(e.expression.name.text)) return true;
    e = e.expression.expression;
  }
  return false;
}

/** Collects documented object literal properties, following `...shape` spreads to their declarations. */
function collectProps(obj: ts.ObjectLiteralExpression, sf: ts.SourceFile, shapes: Map<string, { node: ts.ObjectLiteralExpression; sf: ts.SourceFile }>, out: Map<string, PropDoc>): void {
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop)) {
      const name = prop.expression.getText(sf);
      const shape = shapes.get(name);
      if (shape) collectProps(shape.node, shape.sf, shapes, out);
      continue;
    }
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = prop.name.getText(sf);
    const { text, def } = jsDocOf(prop, sf);
    // A later declaration (an override after a spread) wins, but keeps documentation it lacks.
    const previous = out.get(name);
    // A field built from a named schema (`identity: IdentityOption`) is optional when documented with a default.
    const optional = isOptional(prop.initializer) || def !== undefined;
    out.set(name, { name, optional, doc: text || previous?.doc || "", default: def ?? (optional ? previous?.default : undefined) });
  }
}

/** The object literal a schema is built from: `z.object({...})` possibly followed by `.strict()` etc. */
function objectLiteralOf(expr: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n) && n.expression.getText().replace(/\s+/g, "").endsWith("z.object") && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      found = n.arguments[0];
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return found;
}

export function collectSchemaDocs(): SchemaDoc[] {
  const files = [...sourceFiles(path.join(ROOT, "constructs")), ...sourceFiles(path.join(ROOT, "stacks"))].sort();
  const parsed = files.map((f) => ({ f, sf: ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.ES2022, true) }));
  const shapes = new Map<string, { node: ts.ObjectLiteralExpression; sf: ts.SourceFile }>();
  const schemas: { name: string; init: ts.Expression; sf: ts.SourceFile; file: string }[] = [];
  for (const { f, sf } of parsed) {
    sf.forEachChild((stmt) => {
      if (!ts.isVariableStatement(stmt)) return;
      for (const d of stmt.declarationList.declarations) {
        const name = d.name.getText(sf);
        if (!d.initializer) continue;
        if (/Shape$/.test(name) && ts.isObjectLiteralExpression(d.initializer)) shapes.set(name, { node: d.initializer, sf });
        if (/PropsSchema$|ConfigSchema$|OptionsSchema$/.test(name)) schemas.push({ name, init: d.initializer, sf, file: path.relative(ROOT, f).split(path.sep).join("/") });
      }
    });
  }
  return schemas
    .map(({ name, init, sf, file }) => {
      const obj = objectLiteralOf(init);
      const props = new Map<string, PropDoc>();
      if (obj) collectProps(obj, sf, shapes, props);
      return { schema: name, file, props: [...props.values()] };
    })
    .filter((s) => s.props.length > 0)
    .sort((a, b) => a.schema.localeCompare(b.schema));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

export function renderPropsReference(): string {
  const lines = [
    "# Props reference",
    "",
    "Generated from the zod schemas and their documentation (`npm run docs`). Required props have no default.",
    "",
  ];
  for (const s of collectSchemaDocs()) {
    lines.push(`## ${s.schema.replace(/Schema$/, "")}`, "", `\`${s.file}\``, "", "| Prop | Required | Default | Description |", "|---|---|---|---|");
    for (const p of s.props) lines.push(`| \`${p.name}\` | ${p.optional ? "" : "yes"} | ${cell(p.default ?? "")} | ${cell(p.doc)} |`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(PROPS_REFERENCE), { recursive: true });
  fs.writeFileSync(PROPS_REFERENCE, renderPropsReference());
  process.stdout.write(`wrote ${path.relative(process.cwd(), PROPS_REFERENCE)}\n`);
}
