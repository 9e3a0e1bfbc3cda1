import { Heading } from "@navikt/ds-react/Typography";
import Link from "next/link";
import { formatDateTime } from "~/lib/format";
import { planStatusLabels, type PlanStatus } from "~/server/domain/business-plan/lifecycle";
import type { PlanDecision } from "~/server/domain/business-plan/view";

interface VersionEntry {
  id: string;
  versionNo: number;
  status: PlanStatus;
  createdAt: Date;
  approvedAt: Date | null;
  publishedAt: Date | null;
  changeNote: string;
  decisions: PlanDecision[];
}

/** Every version with the owners' decisions and what they wrote, so an approval's words are kept. */
export function VersionHistory({ versions, currentId, base }: { versions: VersionEntry[]; currentId: string; base: string }) {
  return (
    <section aria-labelledby="versjonshistorikk">
      <Heading id="versjonshistorikk" level="2" size="medium" spacing>
        Versjonshistorikk
      </Heading>
      <ol className="m-0 flex list-none flex-col gap-4 p-0">
        {versions.map((v) => (
          <li key={v.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
            <p className="m-0 font-semibold">
              {v.id === currentId ? (
                `Versjon ${v.versionNo} (denne)`
              ) : (
                <Link href={`${base}?versjon=${v.id}`}>Versjon {v.versionNo}</Link>
              )}{" "}
              · {planStatusLabels[v.status]}
            </p>
            <p className="m-0 text-sm text-ax-text-neutral-subtle">
              Startet {formatDateTime(v.createdAt)}
              {v.approvedAt ? ` · godkjent ${formatDateTime(v.approvedAt)}` : ""}
              {v.publishedAt ? ` · publisert ${formatDateTime(v.publishedAt)}` : ""}
            </p>
            {v.changeNote && <p className="m-0 text-sm">Endring: {v.changeNote}</p>}
            {v.decisions.length === 0 ? (
              <p className="m-0 mt-1 text-sm">Ingen av eierne har behandlet denne versjonen.</p>
            ) : (
              <ul className="m-0 mt-2 flex list-none flex-col gap-1 p-0">
                {v.decisions.map((d, i) => (
                  <li key={i} className="text-sm">
                    {d.decision === "godkjent" ? "Godkjent" : "Sendt tilbake"} av {d.by} for {d.seats.join(" og ")}, {formatDateTime(d.decidedAt)}
                    {d.round > 1 ? ` (runde ${d.round})` : ""}
                    {d.comment ? <span className="block whitespace-pre-line pl-3">«{d.comment}»</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
