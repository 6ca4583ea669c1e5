import { getTranslations } from "@/i18n/server";
import { MessagePage } from "@/components/ui/message-page";

/** The one answer to an address or a record that does not exist (notFound(): HTTP 404). */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return <MessagePage title={t("notFoundTitle")} message={t("notFound")} homeLabel={t("goHome")} />;
}
