import { DownloadIcon, PrinterSmallIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "~/server/api/server-caller";
import { EventList } from "~/app/_components/arshjul/event-list";
import { Wheel, WheelLegend } from "~/app/_components/arshjul/wheel";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AddEvent, EventActions, StartYear } from "./cycle-forms";
import { Subscriptions } from "./subscriptions";
import { RoleNote } from "~/app/_components/role-note";

type Params = { params: Promise<{ slug: string; ar: string }>; searchParams: Promise<{ endre?: string }> };

function parseYear(ar: string) {
  const year = Number(ar);
  return /^\d{4}$/.test(ar) && year >= 2000 && year <= 2100 ? year : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ ar }, t] = await Promise.all([params, getTranslations("cycle.page")]);
  return { title: t("metaTitle", { year: ar }) };
}

export default async function CycleYearPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  // Endre / Flytt / Fjern under every event is a mode of its own: a wheel is read far more often
  // than it is rearranged, and buttons under 120 events made the page several times heavier.
  const editing = (await searchParams).endre === "1";
  const year = parseYear(ar);
  if (year === null) notFound();
  const [api, t] = await Promise.all([getServerCaller(), getTranslations("cycle.page")]);
  const [data, subscriptions] = await Promise.all([
    loadOrInterrupt(() => api.annualCycle.year({ partnership: slug, year })),
    loadOrInterrupt(() => api.annualCycle.subscriptions()),
  ]);
  const base = `/partnerskap/${slug}/arshjul/${year}`;
  const derivedCount = data.events.filter((e) => e.origin === "avledet").length;

  return (
    <VStack gap="space-32">
      <div>
        <HStack gap="space-16" className="mb-2">
          <Link href={`/partnerskap/${slug}/arshjul/${year - 1}`}>{t("previousYear", { year: String(year - 1) })}</Link>
          <Link href={`/partnerskap/${slug}/arshjul/${year + 1}`}>{t("nextYear", { year: String(year + 1) })}</Link>
        </HStack>
        <Heading level="1" size="xlarge" spacing>
          {t("title", { year: String(year) })}
        </Heading>
        <BodyLong className="max-w-prose">
          {t("intro", { office: data.officeName })}
        </BodyLong>
        <RoleNote permissions={data.permissions} area="arshjul" />
        <HStack gap="space-24" className="mt-3" align="center">
          <a className="aksel-link inline-flex items-center gap-1" href={`${base}/kalender`}>
            <DownloadIcon aria-hidden /> {t("downloadIcs")}
          </a>
          <Link className="aksel-link inline-flex items-center gap-1" href={`${base}/utskrift`}>
            <PrinterSmallIcon aria-hidden /> {t("print")}
          </Link>
          <a className="aksel-link inline-flex items-center gap-1" href={`${base}/eksport/pdf`}>
            <DownloadIcon aria-hidden /> {t("pdf")}
          </a>
        </HStack>
      </div>

      {!data.started && (
        <section aria-labelledby="ikke-startet" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ikke-startet" level="2" size="medium" spacing>
            {t("notStarted", { year: String(year) })}
          </Heading>
          {data.canEdit ? (
            <StartYear slug={slug} year={year} templateSource={data.templateSource} />
          ) : (
            <BodyShort>
              {t("whoStarts")} {derivedCount > 0 && t("alreadyInCalendar")}
            </BodyShort>
          )}
        </section>
      )}

      <div className="ax-md:grid ax-md:grid-cols-[minmax(0,11fr)_minmax(0,9fr)] ax-md:gap-8">
        {/* The wheel is for sighted mouse users on wide screens; the list carries everything. */}
        <figure className="m-0 hidden ax-md:block" aria-labelledby="hjul-forklaring">
          <div className="sticky top-4">
            <Wheel year={year} events={data.events} today={data.today} />
            <figcaption id="hjul-forklaring" className="mt-4 space-y-3">
              <WheelLegend />
              <BodyShort size="small" className="text-ax-text-neutral-subtle">
                {t("wheelHelp")} {data.today.startsWith(String(year)) && `${t("wheelToday")} `}
                {t("wheelClick")}
              </BodyShort>
            </figcaption>
          </div>
        </figure>

        <section aria-labelledby="hendelser-heading">
          <HStack justify="space-between" align="center" gap="space-12" className="mb-4">
            <Heading id="hendelser-heading" level="2" size="medium">
              {t("eventsHeading")}
            </Heading>
            {data.started && data.canEdit && <AddEvent slug={slug} year={year} linkOptions={data.linkOptions} />}
          </HStack>
          {data.started && data.canEdit && data.events.length > 0 && (
            <BodyShort spacing>
              {editing ? (
                <>
                  {t("editing")} <Link href={`${base}#hendelser-heading`}>{t("doneEditing")}</Link>
                </>
              ) : (
                <Link href={`${base}?endre=1#hendelser-heading`}>{t("startEditing")}</Link>
              )}
            </BodyShort>
          )}
          {data.events.length === 0 ? (
            <BodyShort>{t("noEvents", { year: String(year) })}</BodyShort>
          ) : (
            <EventList
              year={year}
              events={data.events}
              templateOrigin={data.templateOrigin}
              actions={
                data.canEdit && editing
                  ? (e) => (
                      <EventActions
                        slug={slug}
                        year={year}
                        id={e.id}
                        version={e.version}
                        values={{
                          title: e.title,
                          category: e.category,
                          dateKind: e.dateKind,
                          startDate: e.startDate,
                          endDate: e.endDate,
                          month: e.month,
                          responsible: e.responsible,
                          description: e.description,
                          linkKind: e.linkKind,
                          linkId: e.linkId,
                        }}
                        linkOptions={data.linkOptions}
                      />
                    )
                  : undefined
              }
            />
          )}
        </section>
      </div>

      <section aria-labelledby="abonner-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
        <Heading id="abonner-heading" level="2" size="medium" spacing>
          {t("subscribeHeading")}
        </Heading>
        <Subscriptions subscriptions={subscriptions} />
      </section>
    </VStack>
  );
}
