// Compile-time cases of SameShape (constructs/core/same-shape.ts), type-checked by `npm test` (tsc
// --noEmit runs first): each line fails to compile when SameShape answers otherwise.
import type { SameShape } from "../../constructs/core/same-shape";

// The same fields, readonly or not, optional as `?` or `| undefined` on the schema's side.
true satisfies SameShape<{ readonly a: string; readonly b?: string }, { a: string; b?: string | undefined }>;
// An optional field only one side has: assignable both ways, and still a drift.
false satisfies SameShape<{ readonly a: string; readonly b?: string }, { a: string }>;
false satisfies SameShape<{ readonly a: string }, { a: string; b?: string }>;
// The same, one level down.
false satisfies SameShape<{ readonly n?: { readonly x: string; readonly y?: number } }, { n?: { x: string } }>;
// A type that differs.
false satisfies SameShape<{ readonly a: string }, { a: number }>;
// Records compare by value type, not by key names (a schema's z.record against a Partial<Record<K, V>>).
true satisfies SameShape<{ readonly r: Partial<Record<"p" | "q", string>> }, { r: Record<string, string> }>;
// A union's names are those of all its members together: a name only one side's members have counts.
false satisfies SameShape<{ readonly kind: "a" } | { readonly kind: "b"; readonly extra?: string }, { kind: "a" } | { kind: "b" }>;
// Objects in arrays compare by their names too.
false satisfies SameShape<{ readonly xs: { readonly a: string; readonly b?: string }[] }, { xs: { a: string }[] }>;
true satisfies SameShape<{ readonly xs: { readonly a: string; readonly b?: number }[] }, { xs: { a: string; b?: number | undefined }[] }>;
