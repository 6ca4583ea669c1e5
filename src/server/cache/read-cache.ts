import "server-only";
import { cache } from "react";
import { db } from "../db";
import { serverEnv } from "../env";
import { Lru } from "./lru";

// The read cache of the dashboard's, the report's, the KPI pages' and the board's opening data
// (docs/architecture.md, "Read cache"). Each app instance keeps, in memory, the DTOs those queries
// return, under their parameters AND the stamp of the data they were read from: one row of the
// database ("DataVersion") that a deferred trigger changes in every transaction writing a table
// these pages read, whichever instance, script or psql session writes it. Every cached read first reads the stamp (one cheap
// query); an entry of another stamp is never served. So a write is visible on the next read on
// every instance, and nothing depends on a notification arriving (a LISTEN connection may be down).
//
// Only data that is the same for every reader allowed to read it is cached: callers check the
// permission BEFORE they ask the cache, and a key must name whatever else makes a result differ.
// One named exception: the board's list of what awaits the viewer's sign-off differs by side, and
// its key names the side (every marketing signer sees the same list; src/server/queries/board-page.ts).

interface Entry {
  stamp: string;
  /** The clock the result was read for (see `asOf`), "" when it does not depend on it. */
  asOf: string;
  /** Shared by concurrent readers of the same key and stamp (one database read for all of them), frozen. */
  value: Promise<unknown>;
}

/**
 * `value` with every object and array in it frozen, so that the readers who share it can read it and
 * not change it (a change throws a TypeError: modules run in strict mode). Freezing once costs less
 * than copying the entry for every reader, which took about 1 ms of each report at 10,000 initiatives.
 * Plain objects and arrays only: read DTOs hold no Map, Set or Date, whose contents freezing does not
 * protect.
 */
export function deepFreeze<T>(value: T): T {
  // A typed array cannot be frozen (and no read DTO holds one).
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// One cache per database client: tests point db() at databases of their own.
const caches = new WeakMap<object, Lru<Entry>>();

function cacheFor(client: object, maxEntries: number): Lru<Entry> {
  let cache = caches.get(client);
  if (!cache || cache.maxEntries !== maxEntries) {
    cache = new Lru(maxEntries);
    caches.set(client, cache);
  }
  return cache;
}

/** The stamp of the data now (null when the table is missing its row: then nothing is cached). */
export async function dataStamp(): Promise<string | null> {
  const rows = await db().$queryRaw<{ stamp: string }[]>`SELECT stamp::text AS stamp FROM "DataVersion" WHERE id = 1`;
  return rows[0]?.stamp ?? null;
}

/**
 * This render's stamp, read once per server-component render (React's `cache()` keeps one slot per
 * render): a page whose parts ask the cache for several keys reads it once, and the session check
 * reads it in its own statement (`shareRenderStamp`), so a page's cached reads usually cost no query
 * at all. Outside a render (a server action, a route handler, a test) React keeps nothing: every
 * call reads the stamp anew, and what is shared is dropped. A page rendered after an action's write,
 * in the same request, is a render of its own, begun after that write. A render does not write the
 * tables the stamp covers.
 */
const renderStampSlot = cache((): { stamp?: Promise<string | null> } => ({}));

function renderStamp(): Promise<string | null> {
  const slot = renderStampSlot();
  return (slot.stamp ??= dataStamp());
}

/** Gives this render the stamp another query of it read already (the session check's); the first one read stays. */
export function shareRenderStamp(stamp: string | null): void {
  renderStampSlot().stamp ??= Promise.resolve(stamp);
}

/** Whether the read cache is on (LEVERS_READ_CACHE, default on). */
export function readCacheEnabled(): boolean {
  return serverEnv().LEVERS_READ_CACHE === "on";
}

/** Reads through the cache under one stamp (see `cachedRead`); what `cachedReads` hands its callback. */
export type CachedReader = <T>(
  key: readonly (string | number | null)[],
  load: () => Promise<T>,
  asOf?: string | number,
) => Promise<T>;

// Frozen too, so that a page behaves the same with the cache off (a change throws either way).
const uncached: CachedReader = (_key, load) => load().then(deepFreeze);

/**
 * Several cached reads under ONE stamp: one query for all of them on a hit (see `cachedRead`); in a
 * render, every cached read shares the render's stamp (`renderStamp`).
 * `reads` gets a reader to call once per key, e.g. in a `Promise.all`.
 */
export async function cachedReads<R>(reads: (read: CachedReader) => Promise<R>): Promise<R> {
  if (!readCacheEnabled()) return reads(uncached);
  const stamp = await renderStamp();
  if (stamp === null) return reads(uncached);
  const cache = cacheFor(db(), serverEnv().LEVERS_READ_CACHE_ENTRIES);
  return reads(async (key, load, asOf = "") => {
    const name = JSON.stringify(key);
    const clock = String(asOf);
    let entry = cache.get(name);
    if (!entry || entry.stamp !== stamp || entry.asOf !== clock) {
      const fresh: Entry = { stamp, asOf: clock, value: load().then(deepFreeze) };
      entry = fresh;
      cache.set(name, fresh);
      fresh.value.catch(() => cache.drop(name, fresh));
    }
    return (await entry.value) as Awaited<ReturnType<typeof load>>;
  });
}

/**
 * `load()`'s result for `key`, read again only when the data changed since it was cached (or when
 * it fell out of the LRU). Costs one query (the stamp) on a hit. Callers share the result, frozen
 * (`deepFreeze`), so nobody can change what the next reader gets. `key` must name every parameter
 * of `load` (periods, dates, ids…) and anything else its result depends on; never a permission
 * (check it before).
 * `asOf` is for results that also depend on the clock (e.g. the minute, `minuteOf(now)`): an entry
 * read for another `asOf` is replaced, not kept beside it, so a key holds one entry whatever the time.
 */
export function cachedRead<T>(
  key: readonly (string | number | null)[],
  load: () => Promise<T>,
  asOf: string | number = "",
): Promise<T> {
  return cachedReads((read) => read(key, load, asOf));
}

/** How many entries this instance holds for the current database (for tests and diagnostics). */
export function readCacheSize(): number {
  return caches.get(db())?.size ?? 0;
}

/** A minute of the clock, as `asOf` of data that depends on the time beyond the date (see callers). */
export const minuteOf = (now: Date) => Math.floor(now.getTime() / 60_000);
