import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { FORMATS } from "./formats";
import { loadMessages } from "./load-messages";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./locales";

// Language: the header's switcher cookie if set, otherwise the browser's Accept-Language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: "UTC",
    formats: FORMATS,
  };
});
