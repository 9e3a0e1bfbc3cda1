import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { useAreaName } from "~/app/_lib/use-area-name";
import { numbered } from "~/lib/network/labels";

interface Note {
  officeName: string;
  areaNo: number;
  desiredSituation: string;
  barriers: string;
  drivers: string;
}

const parts = ["desiredSituation", "barriers", "drivers"] as const;

/** What members that share their notes wrote about their areas, office by office. */
export function SharedNotes({ notes }: { notes: Note[] }) {
  const t = useTranslations("network.notes");
  const areaName = useAreaName();
  const offices = [...new Set(notes.map((n) => n.officeName))];
  return (
    <section aria-labelledby="notater-heading">
      <Heading id="notater-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyLong className="max-w-prose" spacing>
        {t("intro")}
      </BodyLong>
      {offices.length === 0 ? (
        <BodyShort>{t("none")}</BodyShort>
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
                      {numbered(n.areaNo, areaName(n.areaNo))}
                    </dt>
                    {parts
                      .filter((p) => n[p])
                      .map((p) => (
                        <dd key={p} className="m-0 mt-2">
                          <span className="font-semibold">{t("partLabel", { label: t(p) })}</span> <span className="whitespace-pre-line">{n[p]}</span>
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
