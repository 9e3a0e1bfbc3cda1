"use client";

import { Loader } from "@navikt/ds-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

/**
 * "Svar med navn" for one item. Names are fetched the first time any item is opened
 * (one query for all items), so the page itself carries only counts.
 */
export function NamedAnswers({ slug, assessmentId, item, count }: { slug: string; assessmentId: string; item: string; count: number }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const [opened, setOpened] = useState(false);
  const query = useQuery({
    ...trpc.mulighetsrom.namedAnswers.queryOptions({ partnership: slug, assessmentId }),
    enabled: opened,
    staleTime: 60_000,
  });
  const answers =
    query.data?.conditions.find((c) => c.key === item)?.namedAnswers ??
    query.data?.areas.find((a) => String(a.no) === item)?.namedAnswers ??
    [];

  return (
    <details className="mt-1 text-sm" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
      <summary className="cursor-pointer">{t("named.summary", { count })}</summary>
      {query.isPending && opened && <Loader size="xsmall" title={t("named.loading")} />}
      {query.isError && <span role="alert">{messageOf(query.error)}</span>}
      <ul className="m-0 list-none p-0">
        {answers.map((a, i) => (
          <li key={i} className="mt-1">
            {t("format.answerLine", { name: a.name, side: t(`side.${a.side}`).toLowerCase(), score: t(`score.${a.score}`).toLowerCase() })}
            {a.comment && <span className="block text-ax-text-neutral-subtle">{t("format.quoted", { text: a.comment })}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
