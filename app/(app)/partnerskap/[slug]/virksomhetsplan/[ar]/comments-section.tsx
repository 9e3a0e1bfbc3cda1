import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import { CommentForm, ResolveButton } from "./comments";
import { itemTitles, type PlanView, type PlanYear } from "./plan-view";

/** The plan's comment threads, each naming what it is about, with «Svar» and «Merk som løst». */
export function CommentsSection({ view, data }: { view: PlanView; data: PlanYear }) {
  const { slug, versionId, canComment } = view;
  const titles = itemTitles(data.snapshot.focusAreas, data.snapshot.indicators);
  const t = useTranslations("plan.page");
  const requested = useLocale();
  const at = (instant: Date) => formatDateTime(instant, isLocale(requested) ? requested : "nb");
  return (
    <section aria-labelledby="kommentarer">
      <Heading id="kommentarer" level="2" size="large" spacing>
        {t("commentsHeading")}
      </Heading>
      {canComment && <CommentForm slug={slug} versionId={versionId} targetKind="plan" targetKey={null} about={t("wholePlan")} />}
      {data.comments.length === 0 && <BodyShort>{t("noComments")}</BodyShort>}
      <ul className="m-0 mt-3 flex list-none flex-col gap-4 p-0">
        {data.comments.map((c) => (
          <li key={c.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
            <p className="m-0 text-sm text-ax-text-neutral-subtle">
              {t("commentAbout", {
                about: c.targetKey ? t("commentAboutItem", { title: titles.get(c.targetKey) ?? t("removedItem") }) : t("wholePlan"),
                author: c.author ?? t("deletedUser"),
                date: at(c.createdAt),
                versionNo: c.versionNo,
              })}
              {c.resolvedAt ? t("resolvedMark") : ""}
            </p>
            <p className="m-0 mt-1 whitespace-pre-line">{c.body}</p>
            {c.replies.length > 0 && (
              <ul className="m-0 mt-2 flex list-none flex-col gap-2 border-l-2 border-ax-border-neutral-subtle p-0 pl-3">
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <p className="m-0 text-sm text-ax-text-neutral-subtle">
                      {t("replyMeta", { author: r.author ?? t("deletedUser"), date: at(r.createdAt) })}
                    </p>
                    <p className="m-0 whitespace-pre-line">{r.body}</p>
                  </li>
                ))}
              </ul>
            )}
            <HStack gap="space-8" className="mt-2">
              {canComment && !c.resolvedAt && (
                <CommentForm slug={slug} versionId={versionId} targetKind={c.targetKind} targetKey={c.targetKey} parentId={c.id} about={titles.get(c.targetKey ?? "") ?? t("thePlan")} />
              )}
              {(data.isEditor || canComment) && <ResolveButton slug={slug} commentId={c.id} resolved={c.resolvedAt !== null} />}
            </HStack>
          </li>
        ))}
      </ul>
    </section>
  );
}
