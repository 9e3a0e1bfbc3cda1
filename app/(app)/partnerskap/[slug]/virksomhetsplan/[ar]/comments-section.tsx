import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import { formatDateTime } from "~/lib/format";
import { CommentForm, ResolveButton } from "./comments";
import { itemTitles, type PlanView, type PlanYear } from "./plan-view";

/** The plan's comment threads, each naming what it is about, with «Svar» and «Merk som løst». */
export function CommentsSection({ view, data }: { view: PlanView; data: PlanYear }) {
  const { slug, versionId, canComment } = view;
  const titles = itemTitles(data.snapshot.focusAreas, data.snapshot.indicators);
  return (
    <section aria-labelledby="kommentarer">
      <Heading id="kommentarer" level="2" size="large" spacing>
        Kommentarer
      </Heading>
      {canComment && <CommentForm slug={slug} versionId={versionId} targetKind="plan" targetKey={null} about="hele planen" />}
      {data.comments.length === 0 && <BodyShort>Ingen kommentarer ennå.</BodyShort>}
      <ul className="m-0 mt-3 flex list-none flex-col gap-4 p-0">
        {data.comments.map((c) => (
          <li key={c.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
            <p className="m-0 text-sm text-ax-text-neutral-subtle">
              Om {c.targetKey ? `«${titles.get(c.targetKey) ?? "et punkt som er fjernet"}»` : "hele planen"} · {c.author} ·{" "}
              {formatDateTime(c.createdAt)} · versjon {c.versionNo}
              {c.resolvedAt ? " · Løst" : ""}
            </p>
            <p className="m-0 mt-1 whitespace-pre-line">{c.body}</p>
            {c.replies.length > 0 && (
              <ul className="m-0 mt-2 flex list-none flex-col gap-2 border-l-2 border-ax-border-neutral-subtle p-0 pl-3">
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <p className="m-0 text-sm text-ax-text-neutral-subtle">
                      {r.author} · {formatDateTime(r.createdAt)}
                    </p>
                    <p className="m-0 whitespace-pre-line">{r.body}</p>
                  </li>
                ))}
              </ul>
            )}
            <HStack gap="space-8" className="mt-2">
              {canComment && !c.resolvedAt && (
                <CommentForm slug={slug} versionId={versionId} targetKind={c.targetKind} targetKey={c.targetKey} parentId={c.id} about={titles.get(c.targetKey ?? "") ?? "planen"} />
              )}
              {(data.isEditor || canComment) && <ResolveButton slug={slug} commentId={c.id} resolved={c.resolvedAt !== null} />}
            </HStack>
          </li>
        ))}
      </ul>
    </section>
  );
}
