"use client";

import { useRouter } from "next/navigation";
import { useMemo, type FocusEvent, type MouseEvent, type PointerEvent } from "react";

/** The link an event is on (a row's title, "Post status update"): a link to a page of the app. */
function appLinkOf(event: { target: EventTarget | null; currentTarget: HTMLElement }): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest('a[href^="/"]:not([href^="//"])') : null;
  return link instanceof HTMLAnchorElement && event.currentTarget.contains(link) ? link : null;
}

/**
 * Client-side navigation for plain links (`<a href="/…">`) inside one element, from one listener on
 * it instead of a Next `<Link>` per link: the board's rows, and lists written as text (markup.ts),
 * which cannot hold a Link. Each Link costs about 9 µs of the page's server render and an
 * IntersectionObserver in the browser, and a board row has two. A/B of two builds at 10,000
 * initiatives: the board 23.4 → 22.0 ms. Spread what it returns on the element (`onClick`,
 * `onPointerOver`, `onFocus`).
 * What a Link did, kept: a plain click (or Enter) opens the page in the app, without a reload; a
 * click with a modifier key, a middle click or "open in new tab" is the browser's own; the page is
 * prefetched when the pointer rests on the link or the keyboard reaches it (Next's router keeps and
 * renews its own prefetches). Not kept: a Link also prefetches as it scrolls into view. The app has no
 * `basePath`, which a Link would add to the href.
 */
export function usePlainLinks() {
  const router = useRouter();
  return useMemo(() => {
    const prefetch = (link: HTMLAnchorElement | null) => {
      const href = link?.getAttribute("href");
      if (href) router.prefetch(href);
    };
    return {
      onClick(event: MouseEvent<HTMLElement>) {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const link = appLinkOf(event);
        const href = link?.getAttribute("href");
        if (!link || !href || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
        event.preventDefault();
        router.push(href);
      },
      onPointerOver(event: PointerEvent<HTMLElement>) {
        prefetch(appLinkOf(event));
      },
      onFocus(event: FocusEvent<HTMLElement>) {
        prefetch(appLinkOf(event));
      },
    };
  }, [router]);
}
