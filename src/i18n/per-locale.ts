import { _createCache, _createIntlFormatters } from "next-intl";

/** next-intl's Intl formatters and their cache, as `createTranslator` and `createFormatter` take them. */
export interface IntlFormatters {
  cache: ReturnType<typeof _createCache>;
  formatters: ReturnType<typeof _createIntlFormatters>;
}

/**
 * What depends only on the locale and the time zone, made once per pair for the process's lifetime
 * (src/i18n/server.ts and src/i18n/client.ts): `make` gets a fresh set of Intl formatters to build on.
 * A process sees a handful of pairs (two languages, the app's one time zone).
 */
export function perLocale<L extends string, T>(
  make: (locale: L, timeZone: string | undefined, intl: IntlFormatters) => T,
): (locale: L, timeZone: string | undefined) => T {
  const byPair = new Map<string, T>();
  return (locale, timeZone) => {
    const key = `${locale}|${timeZone ?? ""}`;
    let value = byPair.get(key);
    if (value === undefined) {
      const cache = _createCache();
      value = make(locale, timeZone, { cache, formatters: _createIntlFormatters(cache) });
      byPair.set(key, value);
    }
    return value;
  };
}
