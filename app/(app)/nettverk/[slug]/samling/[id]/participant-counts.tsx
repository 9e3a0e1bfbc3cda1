"use client";

import { BodyShort, Heading, HStack } from "@navikt/ds-react";
import { roleGroups } from "~/db/schema/enums";
import { roleGroupShortLabels } from "~/lib/workshop/labels";
import type { LiveView } from "./workshop-types";

/** How many have joined, by role group; announced politely as it changes. */
export function ParticipantCounts({ total, byGroup }: { total: number; byGroup: LiveView["participantsByGroup"] }) {
  const count = (group: string) => byGroup.find((g) => g.roleGroup === group)?.count ?? 0;
  return (
    <section aria-labelledby="deltakere-heading">
      <Heading id="deltakere-heading" level="3" size="medium" spacing>
        Deltakere
      </Heading>
      <div aria-live="polite" aria-atomic="true">
        <BodyShort size="large" weight="semibold">
          {total === 0 ? "Ingen har blitt med ennå." : `${total} ${total === 1 ? "deltaker" : "deltakere"} har blitt med`}
        </BodyShort>
      </div>
      {total > 0 && (
        <HStack as="ul" gap="space-8" className="m-0 mt-2 list-none p-0" wrap>
          {roleGroups.map((g) => (
            <li key={g} className="rounded-md border border-ax-border-neutral-subtle px-3 py-1">
              {roleGroupShortLabels[g]}: <strong>{count(g)}</strong>
            </li>
          ))}
        </HStack>
      )}
    </section>
  );
}
