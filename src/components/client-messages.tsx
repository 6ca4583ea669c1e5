import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { messagesJsonFor, type MessageSegment } from "@/i18n/client-messages";
import { MessagesProvider } from "./messages-provider";

/**
 * The messages client components translate (src/i18n/client-messages.ts): the frame's, which the root
 * layout sends to every page (no `segment`), and for a segment's layout its own on top of them.
 */
export async function ClientMessages({ segment, children }: { segment?: MessageSegment; children: ReactNode }) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <MessagesProvider locale={locale} timeZone={timeZone} messages={messagesJsonFor(messages, segment)}>
      {children}
    </MessagesProvider>
  );
}
