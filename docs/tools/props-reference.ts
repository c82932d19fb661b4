/**
 * Props tables from the source: every exported props interface (`export interface XProps`, and the
 * config's) with each field's documentation and `@default`, read with the TypeScript compiler API.
 * Each interface is tied to the schema that validates it by its `true satisfies SameShape<X, z.input<
 * typeof S>>` line; the docs test parses `undefined` with each field's schema and compares the result
 * with the documented `@default`, so a default is stated once (the doc) and checked against what is
 * applied. Writes docs/reference/props.md (`npm run docs`); a test fails when it is stale.
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

export interface InterfaceDoc {
  /** The interface's name, e.g. `WorkspaceProps`. */
  name: string;
  /** The source file, relative to the project. */
  file: string;
  /** The schema tied to it by a `SameShape` check, and whether the check is on its input type. */
  schema?: { name: string; input: boolean };
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
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return { text: "" };
  const text = (ts.getTextOfJSDocComment(doc.comment) ?? "").replace(/\s+/g, " ").trim();
  const tag = doc.tags?.find((t) => t.tagName.text === "default");
  const def = tag ? (ts.getTextOfJSDocComment(tag.comment) ?? "").replace(/\s+/g, " ").trim() : undefined;
  void sf;
  return { text, def };
}

// `z.input<typeof XSchema>`, or `z.input<z.ZodObject<typeof xShape>>` for options that are a shape.
const SAME_SHAPE = /^true satisfies SameShape<(\w+), z\.(input|output)<(?:typeof (\w+)|z\.ZodObject<typeof (\w+)>)>>;$/gm;

/** Every exported interface of the library and the config whose name ends in Props, Options, Config or ConfigInput. */
export function collectInterfaceDocs(): InterfaceDoc[] {
  const files = [...sourceFiles(path.join(ROOT, "constructs")), ...sourceFiles(path.join(ROOT, "stacks"))].sort();
  type Declared = { file: string; sf: ts.SourceFile; stmt: ts.InterfaceDeclaration; schema?: InterfaceDoc["schema"] };
  const declared = new Map<string, Declared>();
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    const sf = ts.createSourceFile(f, text, ts.ScriptTarget.ES2022, true);
    const schemas = new Map([...text.matchAll(SAME_SHAPE)].map((m) => [m[1], { name: m[3] ?? m[4], input: m[2] === "input" }]));
    for (const stmt of sf.statements) {
      if (!ts.isInterfaceDeclaration(stmt) || !stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      declared.set(stmt.name.text, { file: path.relative(ROOT, f).split(path.sep).join("/"), sf, stmt, schema: schemas.get(stmt.name.text) });
    }
  }
  // An interface's props: those of the interfaces of this project it extends (`X`, or `Omit<X, "a" | "b">`
  // less the omitted ones), then its own; a prop declared again replaces the inherited one.
  const propsOf = (d: Declared): InterfaceDoc["props"] => {
    const inherited = (d.stmt.heritageClauses ?? []).flatMap((h) =>
      h.types.flatMap((t) => {
        const name = t.expression.getText(d.sf);
        if (name !== "Omit") return declared.has(name) ? propsOf(declared.get(name)!) : [];
        const [base, omitted] = t.typeArguments ?? [];
        const baseDecl = base && ts.isTypeReferenceNode(base) ? declared.get(base.typeName.getText(d.sf)) : undefined;
        const left = new Set(omitted ? [...omitted.getText(d.sf).matchAll(/"([^"]+)"/g)].map((m) => m[1]) : []);
        return baseDecl ? propsOf(baseDecl).filter((p) => !left.has(p.name)) : [];
      }),
    );
    const own = d.stmt.members.filter(ts.isPropertySignature).map((m) => {
      const { text: doc, def } = jsDocOf(m, d.sf);
      return { name: m.name.getText(d.sf), optional: m.questionToken !== undefined, doc, default: def };
    });
    const ownNames = new Set(own.map((p) => p.name));
    return [...inherited.filter((p) => !ownNames.has(p.name)), ...own];
  };
  const out: InterfaceDoc[] = [];
  for (const [name, d] of declared) {
    if (!/(Props|Options|Config|ConfigInput)$/.test(name)) continue;
    out.push({ name, file: d.file, schema: d.schema, props: propsOf(d) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

export function renderPropsReference(): string {
  const lines = [
    "# Props reference",
    "",
    "Generated from the props interfaces and their documentation (`npm run docs`). Required props have no default;",
    "a default in code font is the value applied when the prop is left out, checked by a test against what the construct does.",
    "",
  ];
  for (const s of collectInterfaceDocs()) {
    if (s.props.length === 0) continue;
    lines.push(`## ${s.name}`, "", `\`${s.file}\``, "", "| Prop | Required | Default | Description |", "|---|---|---|---|");
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
