import { BodyShort, Detail, Heading } from "@navikt/ds-react";
import { formatDateTime } from "../../../_lib/format";

type Change = { id: string; at: Date; entity: string; action: string; actorName: string | null };

const entityLabels: Record<string, string> = {
  partnership: "opplysninger om partnerskapet",
  agreement_point: "et punkt i partnerskapsavtalen",
  partnership_service: "tjenesteporteføljen",
  partnership_kommune: "kommunene i partnerskapet",
  role_assignment: "personer og roller",
  invitation: "en invitasjon",
};
const actionLabels: Record<string, string> = { create: "la til", update: "endret", delete: "fjernet" };

/** The audit trail's latest entries, in words. */
export function RecentChanges({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="endringer-heading">
      <Heading id="endringer-heading" level="2" size="medium" spacing>
        Siste endringer
      </Heading>
      {changes.length === 0 ? (
        <BodyShort>Ingen endringer er gjort ennå. Alt som endres, logges her med hvem og når.</BodyShort>
      ) : (
        <ul className="m-0 list-none p-0 flex flex-col gap-2">
          {changes.map((c) => (
            <li key={c.id}>
              <BodyShort>
                {c.actorName ?? "Systemet"} {actionLabels[c.action] ?? c.action} {entityLabels[c.entity] ?? c.entity}
              </BodyShort>
              <Detail className="text-ax-text-neutral-subtle">{formatDateTime(c.at)}</Detail>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
