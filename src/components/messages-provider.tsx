"use client";

import { NextIntlClientProvider, type Locale } from "next-intl";
import type { ReactNode } from "react";
import { FORMATS } from "@/i18n/formats";

type Messages = Record<string, unknown>;

/** Catalogues parsed, by their text: a few per language (the frame's, and each segment's). */
const parsed = new Map<string, Messages>();
const MAX_PARSED = 64;

function parse(json: string): Messages {
  let messages = parsed.get(json);
  if (!messages) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    messages = JSON.parse(json) as Messages;
    parsed.set(json, messages);
  }
  return messages;
}

/**
 * next-intl's client provider, given the messages as JSON text (src/i18n/client-messages.ts). As an
 * object they travelled through React's server payload value by value: written for every request
 * and read back by the server's own render of the page, a quarter of the board's payload. As text
 * they are one value, parsed once per process on the server (so the translators of
 * src/i18n/client.ts are shared by requests) and once in the browser.
 * The app's only client provider (an ESLint rule): src/i18n/client.ts translates with the locale,
 * time zone and catalogue it sets, FORMATS, next-intl's default `onError` and message fallback, and no
 * `now`; a provider that set any of those would not be heard there.
 */
export function MessagesProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: Locale;
  timeZone: string;
  messages: string;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} formats={FORMATS} messages={parse(messages)}>
      {children}
    </NextIntlClientProvider>
  );
}
