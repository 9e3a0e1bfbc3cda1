"use client";

import { Alert, BodyLong, BodyShort, Button, CopyButton, HStack, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDateTime } from "~/lib/format";
import { messageOf } from "~/app/_lib/trpc-errors";

interface Subscription {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * "Abonner i kalenderen": a private address per person, shown once. The list shows the person's
 * active subscriptions; deleting one stops that address at once.
 */
export function Subscriptions({ subscriptions }: { subscriptions: Subscription[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const subscribe = useMutation(trpc.annualCycle.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.annualCycle.unsubscribe.mutationOptions());
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Subscription | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  async function create() {
    setError(null);
    setStatus(null);
    try {
      const { token } = await subscribe.mutateAsync();
      setCreated(`${window.location.origin}/api/kalender/${token}`);
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  async function revoke() {
    if (!revoking) return;
    setError(null);
    try {
      await unsubscribe.mutateAsync({ id: revoking.id });
      setRevoking(null);
      setCreated(null);
      setStatus("Abonnementet er slettet. Adressen virker ikke lenger.");
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <VStack gap="space-16">
      <BodyLong className="max-w-prose">
        Med en privat adresse kan du se årshjulene til alle partnerskapene du har en rolle i, i Outlook, Google Kalender eller på
        telefonen. Kalenderen oppdaterer seg selv. Adressen er personlig: del den ikke med andre.
      </BodyLong>
      {error && !revoking && (
        <Alert variant="error" role="alert" ref={errorRef} tabIndex={-1} size="small">
          {error}
        </Alert>
      )}
      {status && (
        <BodyShort role="status" size="small">
          {status}
        </BodyShort>
      )}
      {created && (
        <Alert variant="success" ref={createdRef} tabIndex={-1}>
          <VStack gap="space-8">
            <BodyShort weight="semibold">Kopier adressen nå. Den vises bare denne ene gangen.</BodyShort>
            <code className="block rounded bg-ax-bg-neutral-soft p-2 text-sm break-all" id="ny-kalender-adresse">
              {created}
            </code>
            <HStack gap="space-8" align="center">
              <CopyButton copyText={created} text="Kopier adressen" activeText="Adressen er kopiert" variant="action" />
            </HStack>
            <BodyShort size="small">
              Lim den inn der kalenderen din lar deg «legge til kalender fra Internett» eller «abonnere på kalender».
            </BodyShort>
          </VStack>
        </Alert>
      )}
      <div>
        <Button size="small" variant="secondary" loading={subscribe.isPending} onClick={() => void create()}>
          Lag en ny abonnementsadresse
        </Button>
      </div>
      <div>
        <h3 className="aksel-heading aksel-heading--xsmall mb-2">Dine aktive abonnementer</h3>
        {subscriptions.length === 0 ? (
          <BodyShort size="small">Du har ingen aktive abonnementer.</BodyShort>
        ) : (
          <ul className="m-0 list-none space-y-2 p-0">
            {subscriptions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <BodyShort size="small">
                  Laget {formatDateTime(s.createdAt)} · {s.lastUsedAt ? `sist hentet ${formatDateTime(s.lastUsedAt)}` : "ikke hentet ennå"}
                </BodyShort>
                <Button size="xsmall" variant="tertiary" data-color="danger" onClick={() => setRevoking(s)}>
                  Slett<span className="sr-only"> abonnementet laget {formatDateTime(s.createdAt)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        heading="Slette abonnementet?"
        body="Kalenderen som bruker denne adressen, slutter å oppdatere seg og mister hendelsene fra årshjulet. Du kan lage en ny adresse når som helst."
        confirmLabel="Slett abonnementet"
        pending={unsubscribe.isPending}
        error={revoking ? error : null}
        errorRef={errorRef}
        onConfirm={() => void revoke()}
        onClose={() => (setRevoking(null), setError(null))}
      />
    </VStack>
  );
}
