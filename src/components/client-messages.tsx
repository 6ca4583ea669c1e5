import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { messagesJsonFor, type MessageSegment } from "@/i18n/client-messages";
import { MessagesProvider } from "./messages-provider";

/**
 * For a segment's layout: the messages its client components translate, on top of the frame's that
 * the root layout sends to every page (src/i18n/client-messages.ts).
 */
export async function ClientMessages({ segment, children }: { segment: MessageSegment; children: ReactNode }) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <MessagesProvider locale={locale} timeZone={timeZone} messages={messagesJsonFor(messages, segment)}>
      {children}
    </MessagesProvider>
  );
}
