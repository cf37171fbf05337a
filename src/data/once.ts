/** A value worked out on its first use and kept: how src/data reads its files only when a page asks for them. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
