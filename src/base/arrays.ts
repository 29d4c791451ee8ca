// `to.push(...from)` passes every element as an argument, and past about 100,000 elements (the
// claims of one large claims file, the input errors of a large corpus) that overflows the stack:
// "Maximum call stack size exceeded". Appending goes through here instead.

/** Appends every element of `from` to `to`, for any length. */
export function pushAll<T>(to: T[], from: Iterable<T>): void {
  for (const x of from) to.push(x);
}
