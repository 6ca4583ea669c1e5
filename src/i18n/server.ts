import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import {
  getFormatter as nextIntlGetFormatter,
  getLocale,
  getMessages,
  getTimeZone,
  getTranslations as nextIntlGetTranslations,
} from "next-intl/server";
import { cache, use } from "react";
import { madeOnce } from "@/lib/made-once";
import { FORMATS } from "./formats";
import { perLocale, type IntlFormatters } from "./per-locale";
import type { Formatter as RequestFormatter, RootTranslator } from "./translator";

// Translators and formatters for server components and server actions, with next-intl's API and
// types. next-intl makes its Intl formatters (and, for uncompiled messages, its cache of parsed
// messages) anew for every request; here they live per locale and time zone for the server's
// lifetime. What they hold depends only on the locale, the time zone and the options asked for, so
// requests share them safely. Messages themselves are compiled at build time (next.config.ts).
// eslint.config.mjs keeps server code from importing next-intl/server's own getTranslations.

type Shared = IntlFormatters & {
  /** Formatted dates by value and options: a page of charts formats the same months hundreds of times. */
  dates: Map<string, string>;
};
/** Most formatted dates kept per locale and time zone; then the memo starts again. */
const MAX_DATES = 20_000;

const sharedFor = perLocale<string, Shared>((_locale, _timeZone, intl) => ({ ...intl, dates: new Map() }));

/** This request's language, catalogue, time zone and "now" (src/i18n/request.ts), read once. */
const requestIntl = cache(async () => {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return { locale, messages, timeZone, now: new Date() };
});

const translator = cache(async (namespace: string | undefined) => {
  const { locale, messages, timeZone } = await requestIntl();
  const { cache: _cache, formatters: _formatters } = sharedFor(locale, timeZone);
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

type Formatter = ReturnType<typeof createFormatter>;

/**
 * `format.dateTime` remembered per locale and time zone: what it prints depends only on the value and
 * the options (FORMATS are fixed), and a page of KPI charts asks for the same few months hundreds of times.
 */
function rememberingDates(format: Formatter, dates: Map<string, string>): Formatter {
  const dateTime = ((value: Date | number, formatOrOptions?: unknown, options?: unknown) => {
    const key = `${+value}|${typeof formatOrOptions === "string" ? formatOrOptions : JSON.stringify(formatOrOptions)}|${JSON.stringify(options)}`;
    let text = dates.get(key);
    if (text === undefined) {
      text = (format.dateTime as (...args: unknown[]) => string)(value, formatOrOptions, options);
      if (dates.size >= MAX_DATES) dates.clear();
      dates.set(key, text);
    }
    return text;
  }) as Formatter["dateTime"];
  return { ...format, dateTime };
}

const formatter = cache(async () => {
  const { locale, timeZone, now } = await requestIntl();
  const shared = sharedFor(locale, timeZone);
  return rememberingDates(
    createFormatter({ locale, timeZone, now, formats: FORMATS, _formatters: shared.formatters }),
    shared.dates,
  );
});

/**
 * next-intl's `getTranslations(namespace?)`, with shared formatters. The `{ locale, namespace }` form
 * (another language than the request's) goes to next-intl itself.
 */
export const getTranslations = ((options?: string | Parameters<typeof nextIntlGetTranslations>[0]) =>
  typeof options === "object"
    ? nextIntlGetTranslations(options)
    : translator(options)) as typeof nextIntlGetTranslations;

/** next-intl's `getFormatter()`, with shared formatters; `{ locale }` goes to next-intl itself. */
export const getFormatter = ((options?: Parameters<typeof nextIntlGetFormatter>[0]) =>
  options?.locale ? nextIntlGetFormatter(options) : formatter()) as typeof nextIntlGetFormatter;

/**
 * What this request's words and formats depend on, as text: its language and time zone. For what is
 * made once and kept (`madeOnce`, src/lib/made-once.ts).
 */
export const getFormatsKey = cache(async () => {
  const { locale, timeZone } = await requestIntl();
  return `${locale}|${timeZone ?? ""}`;
});

/**
 * `make(t, format)` in this request's words, made once per frozen `data`, `variant` and the request's
 * language and time zone (`madeOnce`): what is kept for the next requests names its language here, so
 * no caller can forget it. `variant` names the rest (what is made, a height, a label…).
 */
export async function madeOnceInLanguage<V>(
  data: object,
  variant: string,
  make: (t: RootTranslator, format: RequestFormatter) => V,
): Promise<V> {
  const [t, format, formats] = await Promise.all([getTranslations(), getFormatter(), getFormatsKey()]);
  return madeOnce(data, `${variant}|${formats}`, () => make(t, format));
}

/** `getTranslations` for synchronous server components (next-intl's `useTranslations` there). */
export const useTranslations = ((namespace?: string) =>
  use(translator(namespace))) as unknown as typeof import("next-intl").useTranslations;

/** `getFormatter` for synchronous server components (next-intl's `useFormatter` there). */
export function useFormatter(): Awaited<ReturnType<typeof nextIntlGetFormatter>> {
  return use(formatter());
}
