import { useTranslations } from "next-intl";

/**
 * The columns of a goal's activity table, the same in the plan document and on the plan's page.
 * A file of its own, so the page does not take in the document's print styles. In the request's
 * language, which is the document's when Chromium prints it (server/export/pdf.ts sets it).
 */
export function ActivityColumns() {
  const t = useTranslations("plan.document.activityColumns");
  return (
    <thead>
      <tr>
        <th scope="col">{t("activity")}</th>
        <th scope="col">{t("responsible")}</th>
        <th scope="col">{t("when")}</th>
        <th scope="col">{t("status")}</th>
      </tr>
    </thead>
  );
}
