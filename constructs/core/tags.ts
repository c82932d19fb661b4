import { isUnresolved } from "./tokens";

/** Azure's limits on tags (Azure Resource Manager; storage accounts allow shorter keys, 128). */
export const TAG_LIMITS = { count: 50, keyLength: 512, valueLength: 256, forbiddenKeyCharacters: "<>%&\\?/" } as const;

/** One broken tag rule: the key it is about (none for the count), a stable code and the rule. */
export interface TagProblem {
  readonly key?: string;
  readonly code: string;
  readonly value: unknown;
  readonly rule: string;
}

/**
 * The tag rules both layers apply (every construct's `tags`, and the team config's tags, merged or
 * not): at most 50 tags, keys 1-512 characters without `< > % & \ ? /`, values at most 256 characters.
 * Unresolved tokens are not checked.
 */
export function tagProblems(tags: Readonly<Record<string, string>>): TagProblem[] {
  const out: TagProblem[] = [];
  const keys = Object.keys(tags);
  if (keys.length > TAG_LIMITS.count) out.push({ code: "TAGS_LIMIT", value: keys.length, rule: `must have at most ${TAG_LIMITS.count} tags (Azure's limit), has ${keys.length}` });
  for (const key of keys) {
    const value = tags[key];
    if (!isUnresolved(key)) {
      if (key.trim().length === 0) out.push({ key, code: "TAG_KEY", value: key, rule: "has a name Azure refuses: tag names must not be empty" });
      else if (key.length > TAG_LIMITS.keyLength) out.push({ key, code: "TAG_KEY", value: key, rule: `has a name Azure refuses: tag names are at most ${TAG_LIMITS.keyLength} characters (this one has ${key.length})` });
      else if ([...TAG_LIMITS.forbiddenKeyCharacters].some((c) => key.includes(c))) out.push({ key, code: "TAG_KEY", value: key, rule: "has a name Azure refuses: tag names cannot contain < > % & \\ ? /" });
    }
    if (typeof value === "string" && !isUnresolved(value) && value.length > TAG_LIMITS.valueLength) {
      out.push({ key, code: "TAG_VALUE", value, rule: `must be at most ${TAG_LIMITS.valueLength} characters (Azure's limit for tag values; this one has ${value.length})` });
    }
  }
  return out;
}
