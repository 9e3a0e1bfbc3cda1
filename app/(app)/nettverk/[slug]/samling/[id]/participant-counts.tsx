"use client";

import { BodyShort, Heading, HStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { roleGroups } from "~/db/schema/enums";
import type { LiveView } from "./workshop-types";

/** How many have joined, by role group; announced politely as it changes. */
export function ParticipantCounts({ total, byGroup }: { total: number; byGroup: LiveView["participantsByGroup"] }) {
  const t = useTranslations("workshop");
  const count = (group: string) => byGroup.find((g) => g.roleGroup === group)?.count ?? 0;
  const groupCount = (g: (typeof roleGroups)[number]) =>
    t.rich("live.groupCount", { group: t(`roleGroupShort.${g}`), count: count(g), strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <section aria-labelledby="deltakere-heading">
      <Heading id="deltakere-heading" level="3" size="medium" spacing>
        {t("live.participants")}
      </Heading>
      <div aria-live="polite" aria-atomic="true">
        <BodyShort size="large" weight="semibold">
          {total === 0 ? t("live.noneJoined") : t("live.joined", { count: total })}
        </BodyShort>
      </div>
      {total > 0 && (
        <HStack as="ul" gap="space-8" className="m-0 mt-2 list-none p-0" wrap>
          {roleGroups.map((g) => (
            <li key={g} className="rounded-md border border-ax-border-neutral-subtle px-3 py-1">
              {groupCount(g)}
            </li>
          ))}
        </HStack>
      )}
    </section>
  );
}
