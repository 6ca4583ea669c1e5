import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessagesProvider } from "@/components/messages-provider";
import { perTranslator, useFormatter, useTranslations } from "@/i18n/client";
import { messagesJsonFor } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/load-messages";
import type { Locale } from "@/i18n/locales";

// Client components translate through src/i18n/client.ts: formatters kept per locale and time zone
// for the process, translators per parsed catalogue. On the server one process renders every
// request's client components, in whichever language each request asks for, one after another.

const seen: { translators: unknown[] } = { translators: [] };

function Probe({ count, date }: { count: number; date: Date }) {
  const t = useTranslations("board");
  const format = useFormatter();
  seen.translators.push(t);
  return createElement(
    "p",
    null,
    `${t("count", { count })} | ${format.number(0.42, { style: "percent" })} | ${format.dateTime(date, { dateStyle: "medium" })}`,
  );
}

/** `<MessagesProvider {...props}>{child}</MessagesProvider>` */
const provide = (props: Omit<ComponentProps<typeof MessagesProvider>, "children">, child: ReactNode) =>
  createElement(MessagesProvider, props as ComponentProps<typeof MessagesProvider>, child);

async function render(locale: Locale, timeZone: string, props: { count: number; date: Date }) {
  const json = messagesJsonFor(await loadMessages(locale), "(app)/board");
  return renderToStaticMarkup(provide({ locale, timeZone, messages: json }, createElement(Probe, props)));
}

const lateEvening = new Date("2026-12-31T23:30:00Z");

describe("client components' translations and formatters, shared by requests", () => {
  it("answer each render in its own language, whichever language came first", async () => {
    expect(await render("en", "UTC", { count: 1792, date: lateEvening })).toBe(
      "<p>1,792 live initiatives | 42% | Dec 31, 2026</p>",
    );
    expect(await render("it", "UTC", { count: 1792, date: lateEvening })).toBe(
      "<p>1.792 iniziative attive | 42% | 31 dic 2026</p>",
    );
    expect(await render("en", "UTC", { count: 1, date: lateEvening })).toBe(
      "<p>1 live initiative | 42% | Dec 31, 2026</p>",
    );
  });

  it("use the provider's time zone, not the first render's", async () => {
    expect(await render("en", "Pacific/Kiritimati", { count: 2, date: lateEvening })).toContain("Jan 1, 2027");
    expect(await render("en", "UTC", { count: 2, date: lateEvening })).toContain("Dec 31, 2026");
  });

  it("reuse one translator per catalogue and namespace across renders (no per-request setup)", async () => {
    seen.translators = [];
    await render("en", "UTC", { count: 3, date: lateEvening });
    await render("en", "UTC", { count: 4, date: lateEvening });
    await render("it", "UTC", { count: 4, date: lateEvening });
    const [first, second, italian] = seen.translators;
    expect(second).toBe(first);
    expect(italian).not.toBe(first);
  });

  it("nested providers: the inner catalogue replaces the outer one, as next-intl's own provider does", async () => {
    const frame = messagesJsonFor(await loadMessages("en"));
    const board = messagesJsonFor(await loadMessages("en"), "(app)/board");
    const html = renderToStaticMarkup(
      provide(
        { locale: "en", timeZone: "UTC", messages: frame },
        provide(
          { locale: "en", timeZone: "UTC", messages: board },
          createElement(Probe, { count: 5, date: lateEvening }),
        ),
      ),
    );
    expect(html).toContain("5 live initiatives");
  });

  it("make what depends on a translator alone once per translator", () => {
    let made = 0;
    const words = perTranslator((t: { id: string }) => ({ word: `${t.id}-${(made += 1)}` }));
    const english = { id: "en" };
    expect(words(english)).toBe(words(english));
    expect(words({ id: "it" }).word).toBe("it-2");
    expect(made).toBe(2);
  });
});
