"use client";

import { Alert, BodyShort, Button, Checkbox, Heading, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { areaKey, conditionKeys, modelAreas, type AreaScore } from "~/lib/mulighetsrom/model";
import { areaScores } from "~/db/schema/enums";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

interface Saved {
  item: string;
  score: AreaScore;
  comment: string;
  version: number;
}

interface ItemState {
  score: AreaScore | null;
  comment: string;
  savedComment: string;
  status: "idle" | "saving" | "saved" | "error";
  error: string | null;
}

interface Props {
  slug: string;
  assessmentId: string;
  open: boolean;
  submitted: boolean;
  shareNamed: boolean;
  answers: Saved[];
  backHref: string;
}

interface Section {
  id: string;
  heading: string;
  intro: string;
  items: { key: string; label: string; description?: string }[];
}

type Words = ReturnType<typeof useTranslations<"mulighetsrom">>;

/** The conditions first, then the 20 areas, with the model's words in the page's language. */
const sectionsIn = (t: Words): Section[] => [
  {
    id: "betingelser",
    heading: t("assessment.conditionsCaption"),
    intro: t("answer.conditionsIntro"),
    items: conditionKeys.map((key) => ({ key, label: t(`conditions.${key}`) })),
  },
  {
    id: "omrader",
    heading: t("answer.areasHeading"),
    intro: t("answer.areasIntro"),
    items: modelAreas.map((a) => ({
      key: String(a.no),
      label: t("format.numbered", { no: a.no, name: t(`areas.${areaKey(a.no)}.name`) }),
      description: t("format.levelsAndSummary", {
        levels: a.levels.map((l) => t(`levels.${l}.label`)).join(` ${t("and")} `),
        summary: t(`areas.${areaKey(a.no)}.summary`),
      }),
    })),
  },
];
const ITEM_COUNT = conditionKeys.length + modelAreas.length;

/** The participant's private scoring: every choice saves at once, comments when the field is left. */
export function AnswerForm({ slug, assessmentId, open, submitted, shareNamed, answers, backHref }: Props) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const noClientData = useTranslations("common")("noClientData");
  const sections = sectionsIn(t);
  const save = useMutation(trpc.mulighetsrom.saveAnswer.mutationOptions());
  const [items, setItems] = useState<Record<string, ItemState>>(() =>
    Object.fromEntries(
      answers.map((a) => [
        a.item,
        { score: a.score, comment: a.comment, savedComment: a.comment, status: "idle", error: null },
      ]),
    ),
  );
  const stateOf = (key: string): ItemState =>
    items[key] ?? { score: null, comment: "", savedComment: "", status: "idle", error: null };
  const update = (key: string, patch: Partial<ItemState>) =>
    setItems((all) => ({ ...all, [key]: { ...stateOf(key), ...all[key], ...patch } }));

  // Saves of one item run one after another, each with the version the previous one returned,
  // so quick clicks never conflict with themselves.
  const versions = useRef<Record<string, number>>(Object.fromEntries(answers.map((a) => [a.item, a.version])));
  const queues = useRef<Record<string, Promise<void>>>({});
  function persist(key: string, score: AreaScore, comment: string) {
    update(key, { status: "saving", error: null });
    const run = async () => {
      try {
        const result = await save.mutateAsync({
          partnership: slug,
          assessmentId,
          item: key,
          score,
          comment,
          version: versions.current[key] ?? 0,
        });
        versions.current[key] = result.version;
        update(key, { savedComment: comment, status: "saved" });
      } catch (error) {
        update(key, { status: "error", error: messageOf(error) });
      }
    };
    queues.current[key] = (queues.current[key] ?? Promise.resolve()).then(run);
  }

  const answered = sections.flatMap((s) => s.items).filter((i) => stateOf(i.key).score !== null).length;

  return (
    <VStack gap="space-32">
      <BodyShort aria-live="polite" className="font-semibold">
        {t("answer.progress", { answered, total: ITEM_COUNT })}
      </BodyShort>
      {!open && (
        <Alert variant="info">{t("answer.closed")}</Alert>
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <Heading id={`${section.id}-heading`} level="2" size="medium" spacing>
            {section.heading}
          </Heading>
          <BodyShort spacing>{section.intro}</BodyShort>
          <ol className="m-0 flex list-none flex-col gap-6 p-0">
            {section.items.map((item) => {
              const state = stateOf(item.key);
              return (
                <li key={item.key} className="rounded-lg border border-ax-border-neutral-subtle p-4">
                  <RadioGroup
                    id={`svar-${item.key}`}
                    legend={item.label}
                    description={item.description}
                    value={state.score ?? ""}
                    readOnly={!open}
                    onChange={(score: AreaScore) => {
                      update(item.key, { score });
                      persist(item.key, score, state.comment);
                    }}
                  >
                    <div className="flex flex-col gap-x-6 ax-md:flex-row">
                      {areaScores.map((score) => (
                        <Radio key={score} value={score}>
                          {t(`score.${score}`)}
                        </Radio>
                      ))}
                    </div>
                  </RadioGroup>
                  <Textarea
                    className="mt-3"
                    label={t("answer.comment")}
                    description={noClientData}
                    size="small"
                    minRows={1}
                    maxLength={1000}
                    value={state.comment}
                    readOnly={!open}
                    onChange={(e) => update(item.key, { comment: e.target.value })}
                    onBlur={() => {
                      if (!open || state.comment === state.savedComment) return;
                      if (!state.score) {
                        update(item.key, { status: "error", error: t("answer.commentNeedsScore") });
                        return;
                      }
                      persist(item.key, state.score, state.comment);
                    }}
                  />
                  <SaveStatus state={state} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {open && (
        <SubmitPanel
          slug={slug}
          assessmentId={assessmentId}
          submitted={submitted}
          shareNamed={shareNamed}
          complete={answered === ITEM_COUNT}
          backHref={backHref}
        />
      )}
    </VStack>
  );
}

function SaveStatus({ state }: { state: ItemState }) {
  const common = useTranslations("common");
  const saving = common("saving");
  const saved = common("saved");
  return (
    <div aria-live="polite" className="mt-2 min-h-6">
      {state.status === "saving" && <BodyShort size="small">{saving}</BodyShort>}
      {state.status === "saved" && <BodyShort size="small">{saved}</BodyShort>}
      {state.status === "error" && (
        <Alert variant="error" size="small" inline>
          {state.error}
        </Alert>
      )}
    </div>
  );
}

function SubmitPanel(props: {
  slug: string;
  assessmentId: string;
  submitted: boolean;
  shareNamed: boolean;
  complete: boolean;
  backHref: string;
}) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom.answer");
  const submit = useMutation(trpc.mulighetsrom.submit.mutationOptions());
  const [shareNamed, setShareNamed] = useState(props.shareNamed);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // Focus moves to the message once React has rendered it (a requestAnimationFrame could run
  // before that commit, leaving focus on the button). Every submit gives a new result object.
  useEffect(() => {
    if (result) messageRef.current?.focus();
  }, [result]);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    try {
      const outcome = await submit.mutateAsync({ partnership: props.slug, assessmentId: props.assessmentId, shareNamed });
      setResult({
        ok: true,
        message: outcome.resubmitted ? t("updated") : t("thanks"),
      });
    } catch (error) {
      setResult({ ok: false, message: messageOf(error) });
    }
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="lever-heading" className="rounded-lg bg-ax-bg-neutral-soft p-4">
      <VStack gap="space-16">
        <Heading id="lever-heading" level="2" size="medium">
          {props.submitted ? t("updateHeading") : t("submitHeading")}
        </Heading>
        <BodyShort>
          {props.submitted ? t("alreadySubmitted") : props.complete ? t("complete") : t("incomplete")}
        </BodyShort>
        <Checkbox checked={shareNamed} onChange={(e) => setShareNamed(e.target.checked)}>
          {t("shareNamed")}
        </Checkbox>
        <BodyShort size="small" className="-mt-3 text-ax-text-neutral-subtle">
          {t("shareNamedHelp")}
        </BodyShort>
        {result && (
          <Alert variant={result.ok ? "success" : "error"} ref={messageRef} tabIndex={-1} role={result.ok ? "status" : "alert"}>
            {result.message} {result.ok && <Link href={props.backHref}>{t("seeSummary")}</Link>}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={submit.isPending}>
            {props.submitted ? t("resubmit") : t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
