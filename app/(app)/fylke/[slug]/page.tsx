import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { isoToday } from "~/lib/dates";
import { defaultOverviewYear, parseYearParam, parseYearSort, sortYearRows } from "~/lib/fylke/year-view";
import { loadOrInterrupt } from "~/app/_lib/load";
import { CycleTemplateSection } from "./cycle-template";
import { FylkeTable } from "./fylke-table";
import { yearViewHref, type YearViewState } from "./year-links";
import { YearTable } from "./year-table";
import { WaitingFilter } from "./waiting-filter";

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fylke.page");
  return { title: t("metaTitle") };
}

export default async function FylkePage({ params, searchParams }: Params) {
  const { slug } = await params;
  const query = await searchParams;
  const defaultYear = defaultOverviewYear(isoToday());
  const askedYear = parseYearParam(query.ar);
  const badYear = query.ar !== undefined && askedYear === null;
  const api = await getServerCaller();
  const t = await getTranslations("fylke.page");
  const [overview, template] = await Promise.all([
    loadOrInterrupt(() => api.fylke.overview({ fylke: slug, year: askedYear ?? defaultYear })),
    loadOrInterrupt(() => api.annualCycle.template({ fylke: slug })),
  ]);
  const count = overview.partnerships.length;
  const state: YearViewState = { year: overview.agreementYear, defaultYear, sort: parseYearSort(query.sorter), onlyWaiting: query.venter === "1" };
  const waitingCount = overview.partnerships.filter((p) => p.waiting.length > 0).length;
  const yearRows = sortYearRows(
    state.onlyWaiting ? overview.partnerships.filter((p) => p.waiting.length > 0) : overview.partnerships,
    state.sort,
  );

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("heading", { fylke: overview.fylke.name })}
        </Heading>
        <BodyShort>
          {count === 0 ? t("empty") : t("count", { count })}
        </BodyShort>
      </div>
      {count > 0 && (
        <section aria-labelledby="aret-heading">
          <VStack gap="space-16">
            <Heading level="2" size="large" id="aret-heading">
              {t("year", { year: String(state.year) })}
            </Heading>
            {badYear && (
              <Alert variant="warning" size="small">
                {t("badYear", { year: String(state.year) })}
              </Alert>
            )}
            <nav aria-label={t("chooseYear")}>
              <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-2 p-0">
                {overview.years.map((y) => (
                  <li key={y}>
                    <NextLink
                      className={`aksel-link${y === state.year ? " font-semibold" : ""}`}
                      href={yearViewHref(slug, { ...state, year: y })}
                      aria-current={y === state.year ? "page" : undefined}
                    >
                      {y}
                      {y === state.year && <span className="sr-only">{t("shownNow")}</span>}
                    </NextLink>
                  </li>
                ))}
              </ul>
            </nav>
            <BodyShort>
              {t("yearIntro", { year: String(state.year) })}
            </BodyShort>
            <WaitingFilter
              checked={state.onlyWaiting}
              waitingCount={waitingCount}
              hrefOn={yearViewHref(slug, { ...state, onlyWaiting: true })}
              hrefOff={yearViewHref(slug, { ...state, onlyWaiting: false })}
            />
            {yearRows.length === 0 ? (
              <BodyShort>{t("nothingWaiting", { year: String(state.year) })}</BodyShort>
            ) : (
              <YearTable slug={slug} rows={yearRows} state={state} caption={t("yearCaption", { year: String(state.year) })} />
            )}
          </VStack>
        </section>
      )}
      {count > 0 && (
        <section aria-labelledby="organisering-heading">
          <VStack gap="space-16">
            <Heading level="2" size="large" id="organisering-heading">
              {t("organisation")}
            </Heading>
            <FylkeTable partnerships={overview.partnerships} />
          </VStack>
        </section>
      )}
      <CycleTemplateSection fylke={slug} fylkeName={template.fylkeName} source={template.source} events={template.events} canEdit={template.canEdit} />
    </VStack>
  );
}
