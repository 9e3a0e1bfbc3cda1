import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatDateTime } from "~/lib/format";
import type { AssessmentReport } from "~/server/export/report";
import { sides } from "~/db/schema/enums";
import { planQuestionKeys } from "~/lib/mulighetsrom/plan-questions";
import { areaKey } from "~/lib/mulighetsrom/model";
import { levelsText } from "~/server/export/labels";
import type { Distribution, ItemSummary } from "~/server/domain/mulighetsrom/aggregation";

/** An empty cell: a dash, not a word. */
const DASH = "–";

type Words = ReturnType<typeof useTranslations<"mulighetsrom">>;

const yesNo = (t: Words, value: boolean) => (value ? t("report.yes") : t("report.no"));


type Plan = AssessmentReport["plans"][number];
type NamedAnswers = AssessmentReport["areas"][number]["namedAnswers"];

/**
 * The assessment as a printable A4 document: one h1, an h2 per part and an h3 per area or
 * plan, so the tagged PDF gets a usable outline. Every status is written out in words.
 */
export function ReportDocument({ report }: { report: AssessmentReport }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const { assessment, participants } = report;
  // The model's words in the document's language; the report carries numbers and levels.
  const areas = report.areas.map((a) => ({ ...a, name: t(`areas.${areaKey(a.no)}.name`) }));
  const conditions = report.conditions.map((c) => ({ ...c, name: t(`conditions.${c.key}`) }));
  const isMain = (no: number) => areas.some((a) => a.no === no && a.main);
  // The main area first, as in the list of priorities.
  const plans = [...report.plans].sort((a, b) => Number(isMain(b.areaNo)) - Number(isMain(a.areaNo)) || a.areaNo - b.areaNo);
  const submitted = participants.filter((p) => p.submitted).length;
  const prioritised = areas.filter((a) => a.prioritised).sort((a, b) => Number(b.main) - Number(a.main) || a.no - b.no);
  const prioritisedText =
    prioritised.length === 0
      ? t("list.noneYet")
      : prioritised.map((a) => t("format.numbered", { no: a.no, name: a.name }) + (a.main ? t("marks.mainSuffix") : "")).join("; ");
  const answersIntro = t.rich("report.answersIntro", {
    submitted,
    disagree: t("report.disagree"),
    b: (chunks) => <strong>{chunks}</strong>,
  });
  const named = [
    ...conditions.map((c) => ({ key: c.key, title: c.name, answers: c.namedAnswers })),
    ...areas.map((a) => ({ key: String(a.no), title: `${a.no}. ${a.name}`, answers: a.namedAnswers })),
  ].filter((item) => item.answers.length > 0);

  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{report.partnership.officeName}</p>
        <h1>{t("report.heading")}</h1>
        <p className="utskrift-undertittel">{assessment.occasion}</p>
        <dl className="utskrift-fakta">
          <dt>{t("fields.date")}</dt>
          <dd>{formatDate(assessment.heldOn, locale)}</dd>
          <dt>{t("report.status")}</dt>
          <dd>
            {t(`report.assessmentStatus.${assessment.status}`)}
            {assessment.closedAt ? t("report.closedAt", { time: formatDateTime(assessment.closedAt, locale) }) : ""}
          </dd>
          <dt>{t("report.answers")}</dt>
          <dd>{t("report.submittedOf", { submitted, total: participants.length })}</dd>
          <dt>{t("list.prioritised")}</dt>
          <dd>
            {prioritisedText}
          </dd>
          <dt>{t("report.printedAt")}</dt>
          <dd>{formatDateTime(report.generatedAt, locale)}</dd>
        </dl>
        <p className="utskrift-merknad">{t("report.privacy")}</p>
      </header>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t("report.statusHeading")}</h2>
        <p>{t("report.statusIntro")}</p>
        <table>
          <thead>
            <tr>
              <th scope="col" className="tall">
                {t("report.number")}
              </th>
              <th scope="col">{t("fields.area")}</th>
              <th scope="col">{t("report.level")}</th>
              <th scope="col">{t("results.agreedStatus")}</th>
              <th scope="col">{t("marks.considered")}</th>
              <th scope="col">{t("marks.prioritised")}</th>
              <th scope="col">{t("report.mainColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.no}>
                <td className="tall">{area.no}</td>
                <th scope="row">{area.name}</th>
                <td>{levelsText(area.levels, (level) => t(`report.levelShort.${level}`))}</td>
                <td className="smal">{t(`score.${area.status}`)}</td>
                <td>{yesNo(t, area.considered)}</td>
                <td>{yesNo(t, area.prioritised)}</td>
                <td>{yesNo(t, area.main)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="svar-heading" className="utskrift-ny-side">
        <h2 id="svar-heading">{t("report.answersHeading")}</h2>
        <p>{answersIntro}</p>
        <DistributionTable
          caption={t("assessment.conditionsCaption")}
          firstColumn={t("results.condition")}
          rows={conditions.map((c) => ({ key: c.key, label: c.name, summary: c.results }))}
        />
        <DistributionTable
          caption={t("report.areasCaption")}
          firstColumn={t("fields.area")}
          rows={areas.map((a) => ({ key: String(a.no), no: a.no, label: a.name, summary: a.results }))}
        />
      </section>

      {named.length > 0 && <NamedAnswersSection items={named} />}

      <section aria-labelledby="prioritert-heading" className="utskrift-ny-side">
        <h2 id="prioritert-heading">{t("report.prioritisedHeading")}</h2>
        {prioritised.length === 0 ? (
          <p className="utskrift-tom">{t("report.noPriorities")}</p>
        ) : (
          prioritised.map((area) => (
            <div key={area.no}>
              <h3>
                {t("format.numbered", { no: area.no, name: area.name })}
                {area.main ? t("marks.mainDash") : ""}
              </h3>
              <dl className="utskrift-sporsmal">
                <FreeText term={t("notes.desiredSituation.label")} text={area.desiredSituation} />
                <FreeText term={t("notes.barriers.label")} text={area.barriers} />
                <FreeText term={t("notes.drivers.label")} text={area.drivers} />
              </dl>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="planer-heading">
        <h2 id="planer-heading">{t("plans.heading")}</h2>
        {plans.length === 0 ? (
          <p className="utskrift-tom">{t("report.noPlans")}</p>
        ) : (
          plans.map((plan) => (
            <PlanSection key={plan.id} plan={plan} area={areas.find((a) => a.no === plan.areaNo)} />
          ))
        )}
      </section>

      <section aria-labelledby="deltakere-heading">
        <h2 id="deltakere-heading">{t("report.participantsHeading")}</h2>
        {participants.length === 0 ? (
          <p className="utskrift-tom">{t("report.noParticipants")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("report.name")}</th>
                <th scope="col">{t("report.role")}</th>
                <th scope="col">{t("report.side")}</th>
                <th scope="col">{t("report.hasSubmitted")}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`role.${p.role}`)}</td>
                  <td>{t(`side.${p.side}`)}</td>
                  <td>{yesNo(t, p.submitted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

/** "2 / 1 / 0" (sterk / kan styrkes / ikke vurdert), or a dash when the side gave no answers. */
function sideCounts(d: Distribution): string {
  return d.sterk + d.kan_styrkes + d.ikke_vurdert === 0 ? "–" : `${d.sterk} / ${d.kan_styrkes} / ${d.ikke_vurdert}`;
}

function DistributionTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: { key: string; no?: number; label: string; summary: ItemSummary }[];
}) {
  const t = useTranslations("mulighetsrom");
  const numbered = rows.some((r) => r.no !== undefined);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {numbered && (
            <th scope="col" className="tall">
              {t("report.number")}
            </th>
          )}
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="tall">
            {t("score.sterk")}
          </th>
          <th scope="col" className="tall">
            {t("score.kan_styrkes")}
          </th>
          <th scope="col" className="tall">
            {t("score.ikke_vurdert")}
          </th>
          {sides.map((side) => (
            <th key={side} scope="col" className="tall">
              {t(`side.${side}`)}
            </th>
          ))}
          <th scope="col">{t("report.note")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, no, label, summary }) => (
          <tr key={key}>
            {numbered && <td className="tall">{no}</td>}
            <th scope="row">{label}</th>
            <td className="tall">{summary.total.sterk}</td>
            <td className="tall">{summary.total.kan_styrkes}</td>
            <td className="tall">{summary.total.ikke_vurdert}</td>
            {sides.map((side) => (
              <td key={side} className="tall">
                {sideCounts(summary.bySide[side])}
              </td>
            ))}
            <td>{summary.disagree ? t("report.disagree") : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Named answers as one grid (item × person) and the comments below it: compact enough for
 * paper, and the sides' views can be read across a row.
 */
function NamedAnswersSection({ items }: { items: { key: string; title: string; answers: NamedAnswers }[] }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const personKey = (a: { name: string; side: string }) => `${a.side}:${a.name}`;
  const people = [...new Map(items.flatMap((i) => i.answers).map((a) => [personKey(a), a])).values()].sort(
    (a, b) => sides.indexOf(a.side) - sides.indexOf(b.side) || a.name.localeCompare(b.name, locale),
  );
  const comments = items.flatMap((item) =>
    item.answers.filter((a) => a.comment.trim()).map((a) => ({ item: item.title, ...a })),
  );
  return (
    // A page of its own: also keeps Chromium from doubling this heading in the PDF outline, which it
    // does when the heading is pushed onto the next page by the table after it.
    <section aria-labelledby="navn-heading" className="utskrift-ny-side">
      <h2 id="navn-heading">{t("report.namedHeading")}</h2>
      <p>{t("report.namedIntro")}</p>
      <table>
        <caption>{t("report.namedCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.item")}</th>
            {people.map((p) => (
              <th key={personKey(p)} scope="col">
                {t("format.withSide", { name: p.name, side: t(`side.${p.side}`).toLowerCase() })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row">{item.title}</th>
              {people.map((p) => {
                const answer = item.answers.find((a) => personKey(a) === personKey(p));
                return <td key={personKey(p)}>{answer ? t(`score.${answer.score}`) : DASH}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {comments.length > 0 && (
        <table>
          <caption>{t("report.commentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.item")}</th>
              <th scope="col">{t("report.name")}</th>
              <th scope="col">{t("report.score")}</th>
              <th scope="col">{t("report.comment")}</th>
            </tr>
          </thead>
          <tbody>
            {comments.map((c) => (
              <tr key={`${c.item}:${personKey(c)}`}>
                <th scope="row">{c.item}</th>
                <td>
                  {t("format.withSide", { name: c.name, side: t(`side.${c.side}`).toLowerCase() })}
                </td>
                <td className="smal">{t(`score.${c.score}`)}</td>
                <td className="utskrift-fritekst">{c.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FreeText({ term, text }: { term: string; text: string }) {
  const t = useTranslations("mulighetsrom.report");
  return (
    <>
      <dt>{term}</dt>
      <dd className={text.trim() ? "utskrift-fritekst" : "utskrift-tom"}>{text.trim() || t("notFilled")}</dd>
    </>
  );
}

function PlanSection({ plan, area }: { plan: Plan; area: { name: string; main: boolean } | undefined }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const answers: Record<(typeof planQuestionKeys)[number], string> = {
    why: plan.why,
    whatAndWhen: plan.whatAndWhen,
    approach: plan.approach,
    involved: plan.involved,
    responsibleUserId: plan.responsibleName ?? "",
    followUp: plan.followUp,
  };
  return (
    <section aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>
        {t("format.numbered", { no: plan.areaNo, name: area?.name ?? t("report.unknownArea") })}
        {area?.main ? t("marks.mainDash") : ""}
      </h3>
      <dl className="utskrift-sporsmal">
        {planQuestionKeys.map((key) => (
          <FreeText key={key} term={t(`planQuestions.${key}.label`)} text={answers[key]} />
        ))}
      </dl>
      {plan.actions.length === 0 ? (
        <p className="utskrift-tom">{t("report.noActions")}</p>
      ) : (
        <table>
          <caption>{t("actions.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("actions.action")}</th>
              <th scope="col">{t("fields.responsible")}</th>
              <th scope="col">{t("actions.deadline")}</th>
              <th scope="col">{t("fields.status")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((action) => (
              <tr key={action.id}>
                <td className="utskrift-fritekst">{action.text}</td>
                <td>{action.owner || DASH}</td>
                <td className="smal">{formatDate(action.deadline, locale)}</td>
                <td className="smal">{t(`actionStatus.${action.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
