import { BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import Link from "next/link";
import { describeChange } from "~/server/domain/history/describe";
import { formatDateTime } from "~/lib/format";

type Change = {
  id: string;
  at: Date;
  entity: string;
  action: string;
  changes: Record<string, unknown>;
  actorName: string | null;
};

/** The audit trail's latest entries, in words. */
export function RecentChanges({ changes, historyHref }: { changes: Change[]; historyHref: string }) {
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
                {c.actorName ?? "Systemet"} {describeChange(c)}
              </BodyShort>
              <Detail className="text-ax-text-neutral-subtle">{formatDateTime(c.at)}</Detail>
            </li>
          ))}
        </ul>
      )}
      <BodyShort className="mt-4">
        <Link href={historyHref}>Se hele historikken</Link>
      </BodyShort>
    </section>
  );
}
