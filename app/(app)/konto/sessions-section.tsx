"use client";

import { BodyLong, BodyShort, Button, Heading, Table, Tag } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatDateTime } from "~/lib/format";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { useTRPC } from "~/app/_components/trpc-provider";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export interface SessionRow {
  id: string;
  device: string;
  signedInAt: Date;
  lastUsedAt: Date;
  current: boolean;
}

/** «Aktive økter»: where the person is signed in, with signing out one other device or all of them. */
export function SessionsSection({ sessions }: { sessions: SessionRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const endFocus = useRef<HTMLDivElement>(null);
  const end = useFormMutation(useMutation(trpc.account.endSession.mutationOptions()).mutateAsync, endFocus);
  const [ending, setEnding] = useState<SessionRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [everywhere, setEverywhere] = useState(false);
  const [everywherePending, setEverywherePending] = useState(false);
  const [everywhereError, setEverywhereError] = useState<string | null>(null);
  const everywhereFocus = useRef<HTMLDivElement>(null);

  async function confirmEnd() {
    if (!ending) return;
    const done = await end.submit({ sessionId: ending.id });
    if (!done) return;
    setStatus(`${ending.device} er logget ut.`);
    setEnding(null);
  }

  async function signOutEverywhere() {
    setEverywherePending(true);
    setEverywhereError(null);
    const { error } = await loadAuthClient().then((client) => client.revokeSessions()).catch(() => ({ error: { status: 0 } }));
    if (error) {
      setEverywherePending(false);
      setEverywhereError(
        error.status === 429 ? "Du har prøvd for mange ganger. Vent et minutt og prøv igjen." : "Noe gikk galt. Sjekk nettforbindelsen og prøv igjen.",
      );
      requestAnimationFrame(() => everywhereFocus.current?.focus());
      return;
    }
    // This device's session is gone too: better-auth has cleared the cookie.
    router.push("/logg-inn");
    router.refresh();
  }

  return (
    <section aria-labelledby="okter-heading">
      <Heading id="okter-heading" level="2" size="medium" spacing>
        Aktive økter
      </Heading>
      <BodyLong spacing className="max-w-prose">
        Her er nettleserne og enhetene der du er logget inn nå. Kjenner du ikke igjen en av dem, logg den ut og bytt passord.
      </BodyLong>
      {status && (
        <BodyShort role="status" size="small" spacing>
          {status}
        </BodyShort>
      )}
      {sessions.length === 0 ? (
        <BodyShort spacing>Du har ingen aktive økter.</BodyShort>
      ) : (
        <ScrollRegion label="Øktene dine">
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Logget inn</Table.HeaderCell>
                <Table.HeaderCell scope="col">Sist brukt</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="sr-only">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sessions.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">
                    <span className="flex flex-wrap items-center gap-2">
                      {s.device}
                      {s.current && (
                        <Tag variant="info" size="xsmall">
                          Denne enheten
                        </Tag>
                      )}
                    </span>
                  </Table.HeaderCell>
                  <Table.DataCell>{formatDateTime(s.signedInAt)}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(s.lastUsedAt)}</Table.DataCell>
                  <Table.DataCell>
                    {!s.current && (
                      <Button size="xsmall" variant="tertiary" onClick={() => (end.reset(), setStatus(null), setEnding(s))}>
                        Logg ut <span className="sr-only">{s.device}, sist brukt {formatDateTime(s.lastUsedAt)}</span>
                      </Button>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      <div className="mt-4">
        <Button variant="secondary" data-color="danger" onClick={() => (setEverywhereError(null), setEverywhere(true))}>
          Logg ut overalt
        </Button>
      </div>
      <ConfirmDialog
        open={ending !== null}
        heading={`Logge ut ${ending?.device ?? ""}?`}
        body="Enheten blir logget ut med en gang. Den som bruker den, må logge inn på nytt."
        confirmLabel="Logg ut"
        pending={end.pending}
        error={end.formError}
        errorRef={endFocus}
        onConfirm={() => void confirmEnd()}
        onClose={() => setEnding(null)}
      />
      <ConfirmDialog
        open={everywhere}
        heading="Logge ut overalt?"
        body="Du blir logget ut i alle nettlesere og på alle enheter, også denne. Du må logge inn på nytt etterpå."
        confirmLabel="Logg ut overalt"
        pending={everywherePending}
        error={everywhereError}
        errorRef={everywhereFocus}
        onConfirm={() => void signOutEverywhere()}
        onClose={() => setEverywhere(false)}
      />
    </section>
  );
}
