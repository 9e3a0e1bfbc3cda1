import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { areaByNo } from "~/lib/mulighetsrom/areas";

interface Note {
  officeName: string;
  areaNo: number;
  desiredSituation: string;
  barriers: string;
  drivers: string;
}

const parts = [
  { key: "desiredSituation", label: "Ønsket situasjon" },
  { key: "barriers", label: "Barrierer" },
  { key: "drivers", label: "Drivere" },
] as const;

/** What members that share their notes wrote about their areas, office by office. */
export function SharedNotes({ notes }: { notes: Note[] }) {
  const offices = [...new Set(notes.map((n) => n.officeName))];
  return (
    <section aria-labelledby="notater-heading">
      <Heading id="notater-heading" level="2" size="medium" spacing>
        Ønsket situasjon, barrierer og drivere
      </Heading>
      <BodyLong className="max-w-prose" spacing>
        Det kontorene har skrevet om sine utviklingsområder i siste avsluttede vurdering i nettverkets periode, for partnerskapene som deler dette.
      </BodyLong>
      {offices.length === 0 ? (
        <BodyShort>Ingen partnerskap deler beskrivelsene sine. Nav-lederen eller rådmannen kan velge det på partnerskapets side.</BodyShort>
      ) : (
        offices.map((office) => (
          <section key={office} aria-label={office} className="mb-6">
            <Heading level="3" size="small" spacing>
              {office}
            </Heading>
            <dl className="m-0 grid gap-4 ax-md:grid-cols-2">
              {notes
                .filter((n) => n.officeName === office)
                .map((n) => (
                  <div key={n.areaNo} className="rounded-lg border border-ax-border-neutral-subtle p-4">
                    <dt className="font-semibold">
                      {n.areaNo}. {areaByNo(n.areaNo).name}
                    </dt>
                    {parts
                      .filter((p) => n[p.key])
                      .map((p) => (
                        <dd key={p.key} className="m-0 mt-2">
                          <span className="font-semibold">{p.label}:</span> <span className="whitespace-pre-line">{n[p.key]}</span>
                        </dd>
                      ))}
                  </div>
                ))}
            </dl>
          </section>
        ))
      )}
    </section>
  );
}
