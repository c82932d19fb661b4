/**
 * Docs pages embed runnable snippets: `docs/snippets/<area>.ts` is copied into `docs/<area>.md`
 * between `<!-- snippet:start <file> -->` and `<!-- snippet:end -->` (`npm run docs`). A test runs
 * every snippet and fails when a page's copy is stale.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const DOCS_DIR = path.join(__dirname, "..");
const MARKER = /<!-- snippet:start ([^ ]+) -->\n```ts\n[\s\S]*?```\n<!-- snippet:end -->/g;

/** A page's text with every snippet block refreshed from its file. */
export function embedSnippets(page: string): string {
  return page.replace(MARKER, (_m, file: string) => {
    const code = fs.readFileSync(path.join(DOCS_DIR, "..", file), "utf8").trimEnd();
    return `<!-- snippet:start ${file} -->\n\`\`\`ts\n${code}\n\`\`\`\n<!-- snippet:end -->`;
  });
}

/** Pages under docs/ that embed snippets. */
export function pagesWithSnippets(): string[] {
  return fs
    .readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith(".md") && fs.readFileSync(path.join(DOCS_DIR, f), "utf8").includes("<!-- snippet:start"))
    .sort();
}

if (require.main === module) {
  for (const page of pagesWithSnippets()) {
    const file = path.join(DOCS_DIR, page);
    fs.writeFileSync(file, embedSnippets(fs.readFileSync(file, "utf8")));
  }
  process.stdout.write("embedded snippets in docs/*.md\n");
}
