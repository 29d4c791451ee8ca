/** Maps of kept values by a scope (a lexicon, a folder): a WeakMap or a Map. */
interface Scopes<S, K, V> {
  get(scope: S): Map<K, V> | undefined;
  set(scope: S, kept: Map<K, V>): unknown;
}

/**
 * The value kept for `key` in `scope`, made by `make` the first time it is asked. A scope's map
 * starts over once it holds more than `max` values, so memory stays bounded however many keys a
 * run meets.
 */
export function keptOrMade<S, K, V>(scopes: Scopes<S, K, V>, scope: S, key: K, max: number, make: () => V): V {
  let kept = scopes.get(scope);
  if (kept === undefined || kept.size > max) {
    kept = new Map();
    scopes.set(scope, kept);
  }
  let value = kept.get(key);
  if (value === undefined) {
    value = make();
    kept.set(key, value);
  }
  return value;
}
