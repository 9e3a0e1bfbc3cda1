import { useTranslations } from "next-intl";

/** The page's table of contents: the plan's five parts, and the comments when there are any. */
export function PlanContents({ hasComments }: { hasComments: boolean }) {
  const t = useTranslations("plan.page");
  return (
    <nav aria-label={t("contentsLabel")}>
      <ol className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
        <li>
          <a href="#grunnlag">{t("contents.grunnlag")}</a>
        </li>
        <li>
          <a href="#om-kontoret">{t("contents.kontoret")}</a>
        </li>
        <li>
          <a href="#rammer">{t("contents.rammer")}</a>
        </li>
        <li>
          <a href="#satsingsomrader">{t("contents.satsing")}</a>
        </li>
        <li>
          <a href="#indikatorer">{t("contents.indikatorer")}</a>
        </li>
        {hasComments && (
          <li>
            <a href="#kommentarer">{t("contents.comments")}</a>
          </li>
        )}
      </ol>
    </nav>
  );
}
