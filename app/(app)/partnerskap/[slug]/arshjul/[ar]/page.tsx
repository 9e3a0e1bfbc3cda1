import { DownloadIcon, PrinterSmallIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
  const { ar } = await params;
  return { title: `Årshjul ${ar}` };
}

export default async function CycleYearPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  // Endre / Flytt / Fjern under every event is a mode of its own: a wheel is read far more often
  // than it is rearranged, and buttons under 120 events made the page several times heavier.
  const editing = (await searchParams).endre === "1";
  const year = parseYear(ar);
  if (year === null) notFound();
  const api = await getServerCaller();
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
          <Link href={`/partnerskap/${slug}/arshjul/${year - 1}`}>← {year - 1}</Link>
          <Link href={`/partnerskap/${slug}/arshjul/${year + 1}`}>{year + 1} →</Link>
        </HStack>
        <Heading level="1" size="xlarge" spacing>
          Årshjul {year}
        </Heading>
        <BodyLong className="max-w-prose">
          Det faste i året for partnerskapet i {data.officeName}: møter, planer, budsjettprosesser, avtaler og politiske saker. Møter,
          godkjenninger og frister fra resten av Partnerskapsrommet kommer med av seg selv.
        </BodyLong>
        <RoleNote permissions={data.permissions} area="arshjul" />
        <HStack gap="space-24" className="mt-3" align="center">
          <a className="aksel-link inline-flex items-center gap-1" href={`${base}/kalender`}>
            <DownloadIcon aria-hidden /> Last ned kalenderfil (.ics)
          </a>
          <Link className="aksel-link inline-flex items-center gap-1" href={`${base}/utskrift`}>
            <PrinterSmallIcon aria-hidden /> Utskrift
          </Link>
          <a className="aksel-link inline-flex items-center gap-1" href={`${base}/eksport/pdf`}>
            <DownloadIcon aria-hidden /> Last ned som PDF
          </a>
        </HStack>
      </div>

      {!data.started && (
        <section aria-labelledby="ikke-startet" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ikke-startet" level="2" size="medium" spacing>
            Årshjulet for {year} er ikke startet
          </Heading>
          {data.canEdit ? (
            <StartYear slug={slug} year={year} templateOrigin={data.templateOrigin} />
          ) : (
            <BodyShort>Nav-lederen eller eierne starter årshjulet. {derivedCount > 0 && "Under ser du det som allerede står i kalenderen."}</BodyShort>
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
                Ringene går innenfra og ut i rekkefølgen over. En bue er en måned eller en periode, en prikk er en dato. Hul prikk eller stiplet
                kant: hentet fra møter, planer og vurderinger. {data.today.startsWith(String(year)) && "Den svarte streken er dagens dato. "}Klikk på en
                hendelse for å se den i listen.
              </BodyShort>
            </figcaption>
          </div>
        </figure>

        <section aria-labelledby="hendelser-heading">
          <HStack justify="space-between" align="center" gap="space-12" className="mb-4">
            <Heading id="hendelser-heading" level="2" size="medium">
              Hendelser måned for måned
            </Heading>
            {data.started && data.canEdit && <AddEvent slug={slug} year={year} linkOptions={data.linkOptions} />}
          </HStack>
          {data.started && data.canEdit && data.events.length > 0 && (
            <BodyShort spacing>
              {editing ? (
                <>
                  Du endrer hendelsene: hver endring lagres med en gang og står i historikken.{" "}
                  <Link href={`${base}#hendelser-heading`}>Ferdig med å endre</Link>
                </>
              ) : (
                <Link href={`${base}?endre=1#hendelser-heading`}>Endre, flytt eller fjern hendelser</Link>
              )}
            </BodyShort>
          )}
          {data.events.length === 0 ? (
            <BodyShort>Ingen hendelser i {year} ennå.</BodyShort>
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
          Abonner i kalenderen
        </Heading>
        <Subscriptions subscriptions={subscriptions} />
      </section>
    </VStack>
  );
}
