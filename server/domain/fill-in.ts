/**
 * Sets `added` on `target` and types the result as the two merged, `added`
 * winning: for a transform that fills in the object zod has just built for a
 * row (its own) instead of copying it.
 */
export function fillIn<T extends object, A extends object>(target: T, added: A): Merged<T, A> {
  return Object.assign(target, added) as unknown as Merged<T, A>;
}

/** T with A's fields in place of its own; unlike Omit, it keeps T's index signature (passthrough rows). */
type Merged<T, A> = { [K in keyof T as K extends keyof A ? never : K]: T[K] } & A;
