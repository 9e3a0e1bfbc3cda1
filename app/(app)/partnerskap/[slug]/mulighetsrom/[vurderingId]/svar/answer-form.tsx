"use client";

import { Alert, BodyShort, Button, Checkbox, Heading, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { areas, conditions, levelInfo, scoreLabels, type AreaScore } from "~/lib/mulighetsrom/areas";
import { areaScores } from "~/db/schema/enums";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
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

const sections: Section[] = [
  {
    id: "betingelser",
    heading: "Betingelser for et godt partnerskap",
    intro: "Start med de fire betingelsene. De sier noe om grunnlaget for samarbeidet.",
    items: conditions.map((c) => ({ key: c.key, label: c.name })),
  },
  {
    id: "omrader",
    heading: "De 20 utviklingsområdene",
    intro: "Velg «Ikke vurdert» hvis du ikke kjenner området godt nok til å mene noe.",
    items: areas.map((a) => ({
      key: String(a.no),
      label: `${a.no}. ${a.name}`,
      description: `${a.levels.map((l) => levelInfo[l].label).join(" og ")}. ${a.summary}`,
    })),
  },
];
const ITEM_COUNT = sections.reduce((n, s) => n + s.items.length, 0);

/** The participant's private scoring: every choice saves at once, comments when the field is left. */
export function AnswerForm({ slug, assessmentId, open, submitted, shareNamed, answers, backHref }: Props) {
  const trpc = useTRPC();
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
        {answered} av {ITEM_COUNT} besvart
      </BodyShort>
      {!open && (
        <Alert variant="info">Vurderingen er avsluttet. Du kan se svarene dine, men ikke endre dem.</Alert>
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
                          {scoreLabels[score]}
                        </Radio>
                      ))}
                    </div>
                  </RadioGroup>
                  <Textarea
                    className="mt-3"
                    label="Kommentar (valgfritt)"
                    description={NO_CLIENT_DATA_HINT}
                    size="small"
                    minRows={1}
                    maxLength={1000}
                    value={state.comment}
                    readOnly={!open}
                    onChange={(e) => update(item.key, { comment: e.target.value })}
                    onBlur={() => {
                      if (!open || state.comment === state.savedComment) return;
                      if (!state.score) {
                        update(item.key, { status: "error", error: "Velg en vurdering, så lagres kommentaren sammen med den." });
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
  return (
    <div aria-live="polite" className="mt-2 min-h-6">
      {state.status === "saving" && <BodyShort size="small">Lagrer …</BodyShort>}
      {state.status === "saved" && <BodyShort size="small">Lagret</BodyShort>}
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
        message: outcome.resubmitted ? "Svarene dine er oppdatert." : "Takk! Svarene dine er levert.",
      });
    } catch (error) {
      setResult({ ok: false, message: messageOf(error) });
    }
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="lever-heading" className="rounded-lg bg-ax-bg-neutral-soft p-4">
      <VStack gap="space-16">
        <Heading id="lever-heading" level="2" size="medium">
          {props.submitted ? "Oppdater svarene" : "Lever svarene"}
        </Heading>
        <BodyShort>
          {props.submitted
            ? "Du har levert. Endringer du gjør nå, teller først når du leverer på nytt."
            : props.complete
              ? "Alt er besvart. Når du leverer, teller svarene med i oppsummeringen."
              : "Svar på alle områdene før du leverer. Du kan velge «Ikke vurdert»."}
        </BodyShort>
        <Checkbox checked={shareNamed} onChange={(e) => setShareNamed(e.target.checked)}>
          Eierne og Nav-lederen kan se svarene mine med navn
        </Checkbox>
        <BodyShort size="small" className="-mt-3 text-ax-text-neutral-subtle">
          Uten dette samtykket telles svarene dine bare med i antallene.
        </BodyShort>
        {result && (
          <Alert variant={result.ok ? "success" : "error"} ref={messageRef} tabIndex={-1} role={result.ok ? "status" : "alert"}>
            {result.message} {result.ok && <Link href={props.backHref}>Se oppsummeringen</Link>}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={submit.isPending}>
            {props.submitted ? "Lever på nytt" : "Lever svarene"}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
