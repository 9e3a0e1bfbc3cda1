import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { WheelLegend, Wheel } from "~/app/_components/arshjul/wheel";
import { listMonth, monthHeading, whenText } from "~/app/_components/arshjul/wording";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { categoryInfo } from "~/lib/annual-cycle/categories";
import { formatDate } from "~/lib/format";
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
  const [data, t] = await Promise.all([load(slug, year), getTranslations("cycle")]);
  return { title: { absolute: t("print.title", { year: String(year), office: data.officeName }) } };
}

/** The wheel and the list on one A4 landscape page, for paper and for the PDF export. */
export default async function CyclePrintPage(props: Props) {
  const { slug, year } = await readRoute(props);
  const [data, t, locale] = await Promise.all([load(slug, year), getTranslations("cycle"), getLocale()]);
  const base = `/partnerskap/${encodeURIComponent(slug)}/arshjul/${year}`;
  const byMonth = Array.from({ length: 12 }, (_, i) => data.events.filter((e) => listMonth(e) === i + 1));

  return (
    <>
      <nav aria-label={t("print.nav")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          {t("print.back")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf`}>
          {t("print.pdf")}
        </a>
        <span>{t("print.howTo")}</span>
      </nav>
      <main id="hovedinnhold" className="arshjul-ark">
        <h1>
          {t("print.title", { year: String(year), office: data.officeName })}
        </h1>
        <p className="arshjul-ingress">
          {data.started ? `${data.startedFrom}.` : t("print.notStarted")} {t("print.letters", { date: formatDate(data.today, locale) })}
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
                <h2 id={`u-maned-${i + 1}`}>{monthHeading(i + 1, locale)}</h2>
                {items.length === 0 ? (
                  <p className="arshjul-tom">{t("print.nothing")}</p>
                ) : (
                  <ul>
                    {items.map((e) => (
                      <li key={e.id}>
                        <span className="arshjul-bokstav" title={t(`category.${e.category}`)}>
                          {categoryInfo[e.category].letter}
                        </span>
                        <strong>{e.title}</strong>
                        {e.dateKind !== "maned" && <> {t("print.detail", { text: whenText(e, locale) })}</>}
                        {e.responsible && <> {t("print.detail", { text: e.responsible })}</>}
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
