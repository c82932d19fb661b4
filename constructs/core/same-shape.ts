/**
 * `true` when A and B are assignable to each other. Each construct writes its props out as an
 * interface (what users read in the IDE and in the API reference) and validates them with a zod
 * schema inside; `true satisfies SameShape<Props, z.input<typeof Schema>>` fails to compile when the
 * two drift apart.
 * @internal
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
