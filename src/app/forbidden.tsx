import { getTranslations } from "@/i18n/server";
import { MessagePage } from "@/components/ui/message-page";

/** The one answer to a page the viewer may not see (forbidden(): HTTP 403). */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return <MessagePage title={t("forbiddenTitle")} message={t("forbidden")} homeLabel={t("goHome")} />;
}
