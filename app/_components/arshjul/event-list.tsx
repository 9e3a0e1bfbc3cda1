import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "~/lib/i18n/locales";
import { cycleText } from "~/server/domain/annual-cycle/texts";
import { categoryInfo } from "~/lib/annual-cycle/categories";
import type { WheelEvent } from "~/server/domain/annual-cycle/view";
import { formatMonth } from "~/lib/format";
import { ringColours } from "./colours";
import { continuesText, entryAnchor, listMonth, monthHeading, whenText } from "./wording";

interface Props {
  year: number;
  events: readonly WheelEvent[];
  /** "Fra malen til Nav Agder" / "Fra standardmalen". */
  templateOrigin: string;
  /** Edit controls for an editable event (own or template copy); derived events never get them. */
  actions?: (event: WheelEvent) => ReactNode;
  headingLevel?: 2 | 3;
}

/** Between the parts of a line: punctuation, the same in both languages. */
const SEPARATOR = " · ";

/** Where an event comes from, in words. */
export function originText(e: WheelEvent, templateOrigin: string, locale: Locale) {
  const t = cycleText(locale);
  if (e.origin === "avledet") return t("list.derivedChangeThere", { from: e.derivedFrom ?? t("list.fromApp") });
  if (e.origin === "mal") return e.customised ? t("list.changedLocally", { origin: templateOrigin }) : templateOrigin;
  return t("list.addedByPartnership");
}

/**
 * The year's events grouped by month: the accessible twin of the wheel, and what a phone shows.
 * Plain server-rendered HTML (it can be long); each entry is the target of its mark in the wheel.
 */
export async function EventList({ year, events, templateOrigin, actions, headingLevel = 3 }: Props) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("cycle")]);
  const Heading = `h${headingLevel}` as const;
  const byMonth = Array.from({ length: 12 }, (_, i) => events.filter((e) => listMonth(e) === i + 1));
  return (
    <ol className="m-0 list-none space-y-6 p-0">
      {byMonth.map((items, i) => (
        <li key={i} aria-labelledby={`maned-${i + 1}`}>
          <Heading id={`maned-${i + 1}`} className="aksel-heading aksel-heading--small mb-2 border-b border-ax-border-neutral-subtle pb-1">
            {monthHeading(i + 1, locale)} {year}
          </Heading>
          {items.length === 0 ? (
            <p className="aksel-body-short aksel-body-short--small text-ax-text-neutral-subtle">{t("list.nothing", { month: formatMonth(i + 1, locale) })}</p>
          ) : (
            <ul className="m-0 list-none space-y-3 p-0">
              {items.map((e) => (
                <li
                  key={e.id}
                  id={entryAnchor(e.id)}
                  tabIndex={-1}
                  className="scroll-mt-24 rounded-md border border-ax-border-neutral-subtle p-3 outline-none target:border-ax-border-accent target:bg-ax-bg-accent-soft target:ring-2 target:ring-ax-border-accent focus-visible:ring-2"
                >
                  <div className="flex items-start gap-2">
                    <span
                      aria-hidden="true"
                      className="mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-sm font-bold text-white"
                      style={{ background: ringColours[e.category] }}
                    >
                      {categoryInfo[e.category].letter}
                    </span>
                    <div className="min-w-0 flex-1">
                      <p className="aksel-body-short aksel-body-short--medium m-0 font-semibold">{e.title}</p>
                      <p className="aksel-body-short aksel-body-short--small m-0">
                        {whenText(e, locale)}
                        {continuesText(e, year, locale)}
                        {SEPARATOR}
                        {t(`category.${e.category}`)}
                      </p>
                      {(e.responsible || e.place) && (
                        <p className="aksel-body-short aksel-body-short--small m-0">
                          {e.responsible && t("list.responsible", { name: e.responsible })}
                          {e.responsible && e.place && SEPARATOR}
                          {e.place && t("list.place", { place: e.place })}
                        </p>
                      )}
                      {e.description && <p className="aksel-body-long aksel-body-long--small mt-1 mb-0 whitespace-pre-line">{e.description}</p>}
                      <p className="aksel-body-short aksel-body-short--small mt-1 mb-0 text-ax-text-neutral-subtle">
                        {originText(e, templateOrigin, locale)}
                        {e.link && (
                          <>
                            {SEPARATOR}
                            <Link className="aksel-link" href={e.link.href}>
                              {e.link.label}
                              {e.origin !== "avledet" ? "" : <span className="sr-only">{t("list.linkTarget", { title: e.title })}</span>}
                            </Link>
                          </>
                        )}
                      </p>
                      {actions && e.origin !== "avledet" && actions(e)}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
