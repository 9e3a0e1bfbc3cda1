import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { AddItem } from "./item-editor-loader";
import { PlanItem } from "./plan-item";
import type { PlanView, PlanYear } from "./plan-view";

/** 1. Grunnlag: the steering documents of both lines. */
export function FoundationsSection({ view, foundations }: { view: PlanView; foundations: PlanYear["snapshot"]["foundations"] }) {
  const t = useTranslations("plan.page");
  const tPlan = useTranslations("plan");
  return (
    <section aria-labelledby="grunnlag">
      <Heading id="grunnlag" level="2" size="large" spacing>
        {t("contents.grunnlag")}
      </Heading>
      <BodyShort spacing>{t("foundationsIntro")}</BodyShort>
      {foundations.length === 0 && <BodyShort spacing>{t("noFoundations")}</BodyShort>}
      <ul className="m-0 flex list-none flex-col gap-3 p-0">
        {foundations.map((f, i) => (
          <li key={f.id}>
            <PlanItem
              view={view}
              kind="foundation"
              row={f}
              values={{ line: f.line, title: f.title, summary: f.summary, url: f.url }}
              index={i}
              count={foundations.length}
              parentId={view.versionId}
              title={f.title}
            >
              <div>
                <span className="font-semibold">{t("lineLabel", { line: tPlan(`source.${f.line}`) })}</span>{" "}
                {f.url ? <a href={f.url}>{f.title}</a> : f.title}
                {f.summary && <p className="m-0 text-ax-text-neutral-subtle">{f.summary}</p>}
              </div>
            </PlanItem>
          </li>
        ))}
      </ul>
      {view.editable && (
        <div className="mt-3">
          <AddItem kind="foundation" slug={view.slug} versionId={view.versionId} options={view.options} />
        </div>
      )}
    </section>
  );
}
