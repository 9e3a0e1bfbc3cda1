import { BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { formatDateTime } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import type { HistorySubjectKind } from "~/server/domain/history/areas";
import { historyHref } from "./history-params";

const SHOWN = 5;

/**
 * The latest changes to one plan version, agreement, meeting or assessment, with a link to the
 * full history filtered on it. A server component: drop it into the object's page.
 */
export async function ObjectHistory({ slug, kind, id }: { slug: string; kind: HistorySubjectKind; id: string }) {
  const api = await getServerCaller();
  const [t, locale] = await Promise.all([getTranslations("history.object"), getLocale()]);
  const subject = { kind, id };
  const history = await api.history.list({ partnership: slug, subject, pageSize: SHOWN });
  const headingId = `historikk-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      {history.entries.length === 0 ? (
        <BodyShort>{t("none")}</BodyShort>
      ) : (
        <ol className="m-0 flex list-none flex-col gap-2 p-0">
          {history.entries.map((e) => (
            <li key={e.id}>
              <BodyShort>
                {e.actorName} {e.text}
              </BodyShort>
              <Detail className="text-ax-text-neutral-subtle">{formatDateTime(e.at, locale)}</Detail>
            </li>
          ))}
        </ol>
      )}
      <BodyShort className="mt-3">
        <NextLink className="aksel-link" href={historyHref(slug, { subject })}>
          {history.total > SHOWN ? t("seeAll", { count: String(history.total) }) : t("seeThis")}
        </NextLink>
      </BodyShort>
    </section>
  );
}
