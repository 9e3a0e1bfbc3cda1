import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { WheelLegend, Wheel } from "~/app/_components/arshjul/wheel";
import { listMonth, monthHeading, whenText } from "~/app/_components/arshjul/wording";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { categoryInfo } from "~/lib/annual-cycle/categories";
import "./arshjul-utskrift.css";

type Props = { params: Promise<{ slug: string; ar: string }> };

async function readRoute({ params }: Props) {
  const { slug, ar } = await params;
  if (!/^\d{4}$/.test(ar)) notFound();
  return { slug, year: Number(ar) };
}

const load = cache(async (slug: string, year: number) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.annualCycle.year({ partnership: slug, year }));
});

// The title becomes the PDF's document title and its footer.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, year } = await readRoute(props);
  const data = await load(slug, year);
  return { title: { absolute: `Årshjul ${year} – ${data.officeName}` } };
}

/** The wheel and the list on one A4 landscape page, for paper and for the PDF export. */
export default async function CyclePrintPage(props: Props) {
  const { slug, year } = await readRoute(props);
  const data = await load(slug, year);
  const base = `/partnerskap/${encodeURIComponent(slug)}/arshjul/${year}`;
  const byMonth = Array.from({ length: 12 }, (_, i) => data.events.filter((e) => listMonth(e) === i + 1));

  return (
    <>
      <nav aria-label="Utskrift" className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          Tilbake til årshjulet
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf`}>
          Last ned som PDF
        </a>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut siden. Velg liggende format.</span>
      </nav>
      <main id="hovedinnhold" className="arshjul-ark">
        <h1>
          Årshjul {year} – {data.officeName}
        </h1>
        <p className="arshjul-ingress">
          {data.started ? data.templateOrigin.replace(/^Fra /, "Startet fra ") + "." : "Årshjulet er ikke startet; bare hendelser fra resten av appen vises."}{" "}
          Bokstaven viser ringen. Skrevet ut {new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeZone: "Europe/Oslo" }).format(new Date())}.
        </p>
        <div className="arshjul-flate">
          <div>
            <Wheel year={year} events={data.events} today={data.today} size={560} linkMarks={false} idPrefix="utskrift-" />
            <div style={{ marginTop: "3mm" }}>
              <WheelLegend idPrefix="utskrift-legende-" compact />
            </div>
          </div>
          <div className="arshjul-liste">
            {byMonth.map((items, i) => (
              <section key={i} className="arshjul-maned" aria-labelledby={`u-maned-${i + 1}`}>
                <h2 id={`u-maned-${i + 1}`}>{monthHeading(i + 1)}</h2>
                {items.length === 0 ? (
                  <p className="arshjul-tom">Ingenting</p>
                ) : (
                  <ul>
                    {items.map((e) => (
                      <li key={e.id}>
                        <span className="arshjul-bokstav" title={categoryInfo[e.category].label}>
                          {categoryInfo[e.category].letter}
                        </span>
                        <strong>{e.title}</strong>
                        {e.dateKind !== "maned" && <> – {whenText(e)}</>}
                        {e.responsible && <> – {e.responsible}</>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </div>
      </main>
    </>
  );
}
