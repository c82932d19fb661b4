/**
 * `true` when A and B are assignable to each other and have the same property names, at the top
 * level and in nested objects and array elements (two levels down); a union's names are those of all
 * its members together (a name moved from one member to another is not seen). Each construct writes its props out as an interface
 * (what users read in the IDE and in the API reference) and validates them with a zod schema inside;
 * `true satisfies SameShape<Props, z.input<typeof Schema>>` fails to compile when the two drift
 * apart. Assignability alone misses an optional field that one side has and the other lacks.
 * @internal
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B, [1, 1]> : false) : false;

/** Every property name of every member of a union. */
type Keys<T> = T extends unknown ? keyof T : never;
/** The type of property K in whichever members of T have it. */
type At<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** The elements of an array type; any other type as it is. */
type Elem<T> = NonNullable<T> extends readonly (infer U)[] ? U : T;
/** Object types to compare by their names (an array's elements): not functions, primitives or records (whose keys are any string). */
type Plain<T> = NonNullable<Elem<T>> extends readonly unknown[] | ((...args: never[]) => unknown) | string | number | boolean ? never : string extends Keys<NonNullable<Elem<T>>> ? never : NonNullable<Elem<T>>;

type SameKeys<A, B, Depth extends unknown[]> = [Exclude<Keys<A>, Keys<B>>, Exclude<Keys<B>, Keys<A>>] extends [never, never]
  ? Depth extends [unknown, ...infer Rest]
    ? false extends { [K in Keys<A> & Keys<B>]: [Plain<At<A, K>> | Plain<At<B, K>>] extends [never] ? true : [Plain<At<A, K>>] extends [never] ? true : [Plain<At<B, K>>] extends [never] ? true : SameKeys<Plain<At<A, K>>, Plain<At<B, K>>, Rest> }[Keys<A> & Keys<B>]
      ? false
      : true
    : true
  : false;
