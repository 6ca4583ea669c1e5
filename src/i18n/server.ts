import "server-only";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "next-intl";
import {
  getFormatter as nextIntlGetFormatter,
  getLocale,
  getMessages,
  getTimeZone,
  getTranslations as nextIntlGetTranslations,
} from "next-intl/server";
import { cache, use } from "react";
import { FORMATS } from "./formats";

// Translators and formatters for server components and server actions, with next-intl's API and
// types. next-intl keeps its cache of parsed messages (ICU) and of Intl formatters per request, so
// every request parsed each message it used again: about 3 ms of a page's server time. Here that
// cache lives per locale for the server's lifetime. What it holds depends only on the message text,
// the locale, the named formats and the time zone, which are the same for every request (UTC).

type Shared = { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> };
const sharedByLocale = new Map<string, Shared>();

function sharedFor(locale: string): Shared {
  let shared = sharedByLocale.get(locale);
  if (!shared) {
    const parsed = _createCache();
    shared = { cache: parsed, formatters: _createIntlFormatters(parsed) };
    sharedByLocale.set(locale, shared);
  }
  return shared;
}

/** This request's language, catalogue, time zone and "now" (src/i18n/request.ts), read once. */
const requestIntl = cache(async () => {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return { locale, messages, timeZone, now: new Date() };
});

const translator = cache(async (namespace: string | undefined) => {
  const { locale, messages, timeZone } = await requestIntl();
  const { cache: _cache, formatters: _formatters } = sharedFor(locale);
  return createTranslator({
    locale,
    messages,
    namespace: namespace as never,
    timeZone,
    formats: FORMATS,
    _cache,
    _formatters,
  });
});

const formatter = cache(async () => {
  const { locale, timeZone, now } = await requestIntl();
  return createFormatter({ locale, timeZone, now, formats: FORMATS, _formatters: sharedFor(locale).formatters });
});

/** next-intl's `getTranslations(namespace?)`, with messages parsed once per server. */
export const getTranslations = ((namespace?: string) => translator(namespace)) as typeof nextIntlGetTranslations;

/** next-intl's `getFormatter()`, with Intl formatters made once per server. */
export const getFormatter = (() => formatter()) as typeof nextIntlGetFormatter;

/** `getTranslations` for synchronous server components (next-intl's `useTranslations` there). */
export const useTranslations = ((namespace?: string) =>
  use(translator(namespace))) as unknown as typeof import("next-intl").useTranslations;

/** `getFormatter` for synchronous server components (next-intl's `useFormatter` there). */
export function useFormatter(): Awaited<ReturnType<typeof nextIntlGetFormatter>> {
  return use(formatter());
}
