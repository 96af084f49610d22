/**
 * A pure function's answers remembered per isolate, keyed by `key`, at most
 * `max` of them: when full it starts over, so no mail (a flood of made-up zone
 * names, say) can grow it without bound. For lookups that repeat across mails
 * and cost far more than a Map: Intl, windows-iana, a zone's yearly changes.
 */
export function remember<P extends [unknown] | [unknown, unknown], T>(max: number, key: (...p: P) => string, lookup: (...p: P) => T): (...p: P) => T {
  const seen = new Map<string, T>();
  const k2 = key as (a: unknown, b: unknown) => string;
  const f2 = lookup as (a: unknown, b: unknown) => T;
  // Two fixed parameters, not a rest array: the name cache sits on a hot path.
  return ((a: unknown, b: unknown) => {
    const k = k2(a, b);
    let value = seen.get(k);
    if (value === undefined && !seen.has(k)) {
      value = f2(a, b);
      if (seen.size >= max) seen.clear();
      seen.set(k, value);
    }
    return value as T;
  }) as (...p: P) => T;
}
