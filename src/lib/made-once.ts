const made = new WeakMap<object, Map<string, unknown>>();

/**
 * `make()`, made once for `data` and `variant` while `data` lives. For what depends on a frozen read
 * DTO (the read cache hands every request the same object until the data changes) and on nothing but
 * `variant`, which must name the rest: what is made (a list, a table's cells, a shortened list), the
 * language, the time zone. It is then made again only after a change. Data that is not frozen could
 * change under the result: it is made every time.
 */
export function madeOnce<V>(data: object, variant: string, make: () => V): V {
  if (!Object.isFrozen(data)) return make();
  let byVariant = made.get(data);
  if (!byVariant) made.set(data, (byVariant = new Map()));
  if (!byVariant.has(variant)) byVariant.set(variant, make());
  return byVariant.get(variant) as V;
}
