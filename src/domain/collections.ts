interface MapLike<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/** The value under `key`, made and stored on first use (the shape of TC39's Map.prototype.getOrInsertComputed). */
export function getOrInsert<K, V>(map: MapLike<K, V>, key: K, make: (key: K) => V): V {
  const found = map.get(key);
  if (found !== undefined || map.has(key)) return found as V;
  const made = make(key);
  map.set(key, made);
  return made;
}
