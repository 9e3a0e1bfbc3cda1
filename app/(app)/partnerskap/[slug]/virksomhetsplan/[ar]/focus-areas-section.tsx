import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { ActivityTable, ActivityText } from "./activity-table";
import { AddItem } from "./item-editor-loader";
import { SourceBadge } from "./plan-parts";
import { commentBits, FollowUpLink, PlanItem } from "./plan-item";
import type { PlanView, PlanYear } from "./plan-view";

const DASH = "–";
const GOAL = "goal";
const ACTIVITY = "activity";

/** 4. Satsingsområder, mål og aktiviteter: each area with its goals, each goal with its activities. */
export function FocusAreasSection({ view, data }: { view: PlanView; data: PlanYear }) {
  const { slug, versionId, options, editable, contributable } = view;
  const { focusAreas, foundations } = data.snapshot;
  const actionById = new Map(data.developmentActions.map((a) => [a.id, a]));
  const t = useTranslations("plan.page");
  return (
    <section aria-labelledby="satsingsomrader">
      <Heading id="satsingsomrader" level="2" size="large" spacing>
        {t("areasHeading")}
      </Heading>
      {focusAreas.length === 0 && <BodyShort spacing>{t("noAreas")}</BodyShort>}
      <FollowUpLink view={view} anchor="satsingsomrader" />
      {editable && focusAreas.length > 1 && (
        <BodyShort size="small" spacing>
          {t("moveHelp")}
        </BodyShort>
      )}
      <ol className="m-0 flex list-none flex-col gap-8 p-0">
        {focusAreas.map((area, areaIndex) => (
          <li key={area.id} className="rounded-lg border border-ax-border-neutral-subtle p-4">
            <PlanItem
              view={view}
              kind="focus_area"
              row={area}
              values={{ title: area.title, description: area.description }}
              index={areaIndex}
              count={focusAreas.length}
              parentId={versionId}
              title={area.title}
            >
              <div>
                <h3 className="m-0 text-xl font-semibold">
                  {`4.${areaIndex + 1} ${area.title}`}
                </h3>
                {area.description && <p className="m-0 mt-1 max-w-prose">{area.description}</p>}
              </div>
            </PlanItem>
            {area.goals.length === 0 && <p className="mt-2">{t("noGoals")}</p>}
            <ol className="m-0 mt-3 flex list-none flex-col gap-4 p-0">
              {area.goals.map((goal, goalIndex) => (
                <li key={goal.id} className="border-l-4 border-ax-border-neutral-subtle pl-3">
                  <PlanItem
                    view={view}
                    kind="goal"
                    row={goal}
                    values={{ text: goal.text, source: goal.source, foundationKey: goal.foundationKey }}
                    index={goalIndex}
                    count={area.goals.length}
                    parentId={area.id}
                    title={goal.text}
                  >
                    <div>
                      <p className="m-0 font-semibold">
                        {t("goalLabel", { goal: goal.text })} <SourceBadge source={goal.source} />
                      </p>
                      {goal.foundationKey && (
                        <p className="m-0 text-sm text-ax-text-neutral-subtle">
                          {t("basis", { title: foundations.find((f) => f.key === goal.foundationKey)?.title ?? DASH })}
                        </p>
                      )}
                      {commentBits(view, GOAL, goal.key, goal.text)}
                    </div>
                  </PlanItem>
                  <ActivityTable
                    slug={slug}
                    goal={goal}
                    editable={contributable}
                    canFollowUp={view.canFollowUp}
                    render={(a, i) => (
                      <PlanItem
                        view={view}
                        kind="activity"
                        row={a}
                        values={{
                          text: a.text,
                          responsible: a.responsible,
                          responsiblePerson: a.responsiblePerson,
                          timingKind: a.timingKind,
                          timingValue: a.timingValue,
                          status: a.status,
                          developmentActionId: a.developmentActionId,
                        }}
                        index={i}
                        count={goal.activities.length}
                        parentId={goal.id}
                        title={a.text}
                      >
                        <ActivityText
                          activity={a}
                          link={a.developmentActionId ? actionById.get(a.developmentActionId) : undefined}
                          slug={slug}
                          showDetails={contributable}
                          extra={commentBits(view, ACTIVITY, a.key, a.text)}
                        />
                      </PlanItem>
                    )}
                  />
                  {contributable && (
                    <div className="mt-2">
                      <AddItem kind="activity" slug={slug} versionId={versionId} parentId={goal.id} options={options} label={t("addActivity")} about={goal.text} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
            {editable && (
              <div className="mt-3">
                <AddItem kind="goal" slug={slug} versionId={versionId} parentId={area.id} options={options} label={t("addGoalUnder", { area: area.title })} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <div className="mt-4">
          <AddItem kind="focus_area" slug={slug} versionId={versionId} options={options} />
        </div>
      )}
    </section>
  );
}
