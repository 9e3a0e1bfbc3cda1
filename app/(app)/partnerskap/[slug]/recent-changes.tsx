import { BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { describeChange } from "~/server/domain/history/describe";
import { formatDateTime } from "~/lib/format";

type Change = {
  id: string;
  at: Date;
  entity: string;
  action: string;
  changes: Record<string, unknown>;
  actorName: string | null;
};

/** The audit trail's latest entries, in words. */
export async function RecentChanges({ changes, historyHref }: { changes: Change[]; historyHref: string }) {
  // Two namespaces: the section's own words and the history's.
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <section aria-labelledby="endringer-heading">
      <Heading id="endringer-heading" level="2" size="medium" spacing>
        {t("partnership.recentChanges.heading")}
      </Heading>
      {changes.length === 0 ? (
        <BodyShort>{t("history.page.noneYet")}</BodyShort>
      ) : (
        <ul className="m-0 list-none p-0 flex flex-col gap-2">
          {changes.map((c) => (
            <li key={c.id}>
              <BodyShort>
                {c.actorName ?? t("history.system")} {describeChange(c, locale)}
              </BodyShort>
              <Detail className="text-ax-text-neutral-subtle">{formatDateTime(c.at, locale)}</Detail>
            </li>
          ))}
        </ul>
      )}
      <BodyShort className="mt-4">
        <Link href={historyHref}>{t("partnership.recentChanges.seeAll")}</Link>
      </BodyShort>
    </section>
  );
}
