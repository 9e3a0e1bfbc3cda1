import { getLocale, getTranslations } from "next-intl/server";
import { categoryInfo } from "~/lib/annual-cycle/categories";
import { describeTemplateTiming, type TemplateEvent } from "~/server/domain/annual-cycle/template";
import { ringColours } from "~/app/_components/arshjul/colours";
import { AddTemplateEvent, TemplateEventActions } from "./template-forms";

interface Props {
  fylke: string;
  fylkeName: string;
  source: "fylke" | "standard";
  events: TemplateEvent[];
  canEdit: boolean;
}

/**
 * "Årshjul-mal for partnerskapene": what every partnership in the fylke starts its year from.
 * Read-only markup rendered on the server; the edit controls are small client islands.
 */
export async function CycleTemplateSection({ fylke, fylkeName, source, events, canEdit }: Props) {
  const [t, tc, locale] = await Promise.all([getTranslations("fylke.template"), getTranslations("cycle"), getLocale()]);
  return (
    <section aria-labelledby="arshjul-mal-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <h2 id="arshjul-mal-heading" className="aksel-heading aksel-heading--medium mb-2">
        {t("heading")}
      </h2>
      <p className="aksel-body-long aksel-body-long--medium mb-2 max-w-prose">
        {source === "standard" ? t("fromStandard", { fylke: fylkeName }) : t("fromOwn", { fylke: fylkeName })} {t("howChangesApply")}
      </p>
      <ul className="m-0 mb-4 list-none divide-y divide-ax-border-neutral-subtle p-0">
        {events.map((e) => (
          <li key={e.key} className="py-3">
            <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
              <span aria-hidden="true" className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-sm font-bold text-white" style={{ background: ringColours[e.category] }}>
                {categoryInfo[e.category].letter}
              </span>
              <div className="min-w-0 flex-1">
                <p className="aksel-body-short aksel-body-short--medium m-0 font-semibold">{e.title}</p>
                <p className="aksel-body-short aksel-body-short--small m-0">
                  {describeTemplateTiming(e, locale).replace(/^./, (c) => c.toUpperCase())} · {tc(`category.${e.category}`)}
                  {e.responsible && <> · {t("responsible", { name: e.responsible })}</>}
                </p>
                {e.description && <p className="aksel-body-short aksel-body-short--small m-0 text-ax-text-neutral-subtle">{e.description}</p>}
              </div>
              {canEdit && (
                <TemplateEventActions
                  fylke={fylke}
                  eventKey={e.key}
                  version={e.version}
                  values={{ title: e.title, category: e.category, month: e.month, day: e.day, endMonth: e.endMonth, endDay: e.endDay, responsible: e.responsible, description: e.description }}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      {canEdit && <AddTemplateEvent fylke={fylke} />}
    </section>
  );
}
