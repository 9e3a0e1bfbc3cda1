import { BodyLong, BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { Select } from "@navikt/ds-react/Select";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import NextLink from "next/link";
import { PageLinks } from "~/app/_components/page-links";
import { formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { historyAreas } from "~/server/domain/history/areas";
import { historyHref, readHistoryParams } from "./history-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.page");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Everything that has changed in the partnership, a page at a time, with filters kept in the address. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const query = readHistoryParams(search);
  const api = await getServerCaller();
  const [t, th, locale] = await Promise.all([getTranslations("history.page"), getTranslations("history"), getLocale()]);
  const history = await loadOrInterrupt(() =>
    api.history.list({ partnership: slug, area: query.area, person: query.person, subject: query.subject, page: query.page }),
  );
  const filters = { area: history.filters.area ?? undefined, person: history.filters.person ?? undefined, subject: query.subject };
  const filtered = Boolean(filters.area || filters.person || filters.subject);
  const personName = history.people.find((p) => p.id === filters.person)?.name;
  const first = (history.page - 1) * history.pageSize + 1;
  const last = first + history.entries.length - 1;

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose">{t("intro")}</BodyLong>
      </div>

      {history.subject && (
        <div className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <BodyShort>
            {t.rich("onlySubject", { subject: history.subject.label, strong: (chunks) => <strong>{chunks}</strong> })}
          </BodyShort>
          <BodyShort className="mt-2">
            <NextLink className="aksel-link" href={historyHref(slug, { ...filters, subject: undefined })}>
              {t("showAll")}
            </NextLink>
          </BodyShort>
        </div>
      )}

      <Form action={`/partnerskap/${slug}/historikk`} aria-labelledby="filter-heading">
        <Heading id="filter-heading" level="2" size="small" spacing>
          {t("filterHeading")}
        </Heading>
        {filters.subject && <input type="hidden" name="objekt" value={`${filters.subject.kind}:${filters.subject.id}`} />}
        <HStack gap="space-16" align="end" wrap>
          <Select label={t("area")} name="omrade" defaultValue={filters.area ?? ""} className="min-w-48">
            <option value="">{t("allAreas")}</option>
            {historyAreas.map((area) => (
              <option key={area} value={area}>
                {th(`area.${area}`)}
              </option>
            ))}
          </Select>
          <Select label={t("person")} name="person" defaultValue={filters.person ?? ""} className="min-w-48">
            <option value="">{t("allPeople")}</option>
            {history.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
        </HStack>
      </Form>

      <section aria-labelledby="entries-heading">
        <Heading id="entries-heading" level="2" size="medium" spacing>
          {filtered ? t("filteredHeading") : t("allHeading")}
        </Heading>
        <BodyShort className="mb-4">
          {history.total === 0
            ? t("none")
            : t("count", {
                count: history.total,
                area: filters.area ? t("inArea", { area: th(`area.${filters.area}`).toLowerCase() }) : "",
                person: personName ? t("byPerson", { person: personName }) : "",
                first: String(first),
                last: String(last),
              })}
        </BodyShort>

        {history.entries.length === 0 ? (
          <VStack gap="space-8">
            <BodyShort>
              {filtered ? t("noneFiltered") : t("noneYet")}
            </BodyShort>
            {filtered && (
              <BodyShort>
                <NextLink className="aksel-link" href={historyHref(slug, {})}>
                  {t("clearFilters")}
                </NextLink>
              </BodyShort>
            )}
          </VStack>
        ) : (
          <ol className="m-0 flex list-none flex-col gap-3 p-0">
            {history.entries.map((e) => (
              <li key={e.id} className="border-b border-ax-border-neutral-subtle pb-3">
                <BodyShort>
                  {e.actorName} {e.text}
                </BodyShort>
                <Detail className="text-ax-text-neutral-subtle">
                  {formatDateTime(e.at, locale)} · {e.areaLabel}
                </Detail>
              </li>
            ))}
          </ol>
        )}
      </section>

      <PageLinks
        label={t("pages")}
        page={history.page}
        pageCount={history.pageCount}
        hrefFor={(page) => historyHref(slug, { ...filters, page })}
        previousText={t("newer")}
        nextText={t("older")}
      />
    </VStack>
  );
}
