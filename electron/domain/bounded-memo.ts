/**
 * What `compute` gave for each key seen so far, remembered for up to `limit` keys and
 * then forgotten all at once: the same few hundred dates, units or nouns recur through a
 * comparison of every series or through a text, and an app left running for weeks must
 * not keep every one it ever saw. A key whose computation throws is not remembered.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
