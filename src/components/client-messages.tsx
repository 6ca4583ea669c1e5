import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { messagesFor, type MessageSegment } from "@/i18n/client-messages";

/**
 * For a segment's layout: the messages its client components translate, on top of the frame's that
 * the root layout sends to every page (src/i18n/client-messages.ts).
 */
export async function ClientMessages({ segment, children }: { segment: MessageSegment; children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={messagesFor(await getMessages(), segment)}>{children}</NextIntlClientProvider>
  );
}
