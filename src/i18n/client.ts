import { createFormatter, createTranslator, useLocale, useMessages, useTimeZone, type Locale } from "next-intl";
import { FORMATS } from "./formats";
import { perLocale, type IntlFormatters } from "./per-locale";

// next-intl's `useTranslations` and `useFormatter` for client components, with next-intl's API and
// types. next-intl's own make their Intl formatters anew under every provider, and on the server a
// client component's provider is rendered anew for every request: each page of the board built a
// date, two number formats and plural rules per request (about 0.45 ms of CPU in a profile of
// `next start`), and a translator per row. Here the formatters live per locale and time zone for the
// process's lifetime (on the server: every request; in the browser: the page), and a translator
// per catalogue object and namespace: the providers' catalogues are parsed once per process
// (src/components/messages-provider.tsx), so requests share their translators too. What they hold
// depends only on the locale, the time zone, the catalogue and the options asked for.
// eslint.config.mjs keeps components from importing next-intl's own two, and any provider but
// src/components/messages-provider.tsx. One difference: without a catalogue in the provider, these
// throw (useMessages) where next-intl's would show each key; every page's provider has one.

type Translator = ReturnType<typeof createTranslator>;
type Formatter = ReturnType<typeof createFormatter>;
type Messages = ReturnType<typeof useMessages>;

interface Shared extends IntlFormatters {
  formatter: Formatter;
  translators: WeakMap<Messages, Map<string, Translator>>;
}

const sharedFor = perLocale<Locale, Shared>((locale, timeZone, intl) => ({
  ...intl,
  formatter: createFormatter({ locale, timeZone, formats: FORMATS, _formatters: intl.formatters }),
  translators: new WeakMap(),
}));

/** next-intl's `useTranslations(namespace?)`, with formatters and translators shared as above. */
export const useTranslations = ((namespace?: string) => {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const messages = useMessages();
  const shared = sharedFor(locale, timeZone);
  let byNamespace = shared.translators.get(messages);
  if (!byNamespace) shared.translators.set(messages, (byNamespace = new Map()));
  const key = namespace ?? "";
  let translator = byNamespace.get(key);
  if (!translator) {
    translator = createTranslator({
      locale,
      messages,
      namespace: namespace as never,
      timeZone,
      formats: FORMATS,
      _cache: shared.cache,
      _formatters: shared.formatters,
    });
    byNamespace.set(key, translator);
  }
  return translator;
}) as unknown as typeof import("next-intl").useTranslations;

/** next-intl's `useFormatter()`, with formatters shared as above (no provider sets a `now`). */
export function useFormatter(): Formatter {
  return sharedFor(useLocale(), useTimeZone()).formatter;
}

/**
 * What a component makes from its translator alone (the words every row of a list repeats), made once
 * per translator: once per language for the server's lifetime, once per page in the browser.
 */
export function perTranslator<T extends object, R>(make: (t: T) => R): (t: T) => R {
  const made = new WeakMap<T, R>();
  return (t) => {
    let value = made.get(t);
    if (value === undefined) made.set(t, (value = make(t)));
    return value;
  };
}
