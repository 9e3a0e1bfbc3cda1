"use client";

import { Alert, BodyShort, Button, Heading, VStack } from "@navikt/ds-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

type Transfer = { taskId: string; gatheringTitle: string; networkName: string; respondents: number; proposal: { areaNo: number; status: string }[] };

/** "9 sterke, 8 kan styrkes, 3 ikke vurdert" */
function summary(proposal: Transfer["proposal"]) {
  const count = (status: string) => proposal.filter((p) => p.status === status).length;
  const strong = count("sterk");
  return `${strong} ${strong === 1 ? "sterk" : "sterke"}, ${count("kan_styrkes")} kan styrkes, ${count("ikke_vurdert")} ikke vurdert`;
}

/** Self-assessments from network samlinger that the office answered, waiting for the Nav-leder to take them over. */
export function WorkshopTransfers({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const pending = useQuery(trpc.workshop.pendingTransfers.queryOptions({ partnership: slug }));
  const [done, setDone] = useState<{ title: string; assessmentId: string } | null>(null);

  if (!pending.data || (pending.data.transfers.length === 0 && !done)) return null;
  return (
    <section aria-labelledby="fra-samlinger-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="fra-samlinger-heading" level="2" size="medium" spacing>
        Selvvurderinger fra nettverkssamlinger
      </Heading>
      <VStack gap="space-16">
        {done && (
          <Alert variant="success" role="status">
            Selvvurderingen fra {done.title} er overført.{" "}
            <NextLink className="aksel-link" href={`/partnerskap/${slug}/mulighetsrom/${done.assessmentId}`}>
              Gå til den nye vurderingen
            </NextLink>
          </Alert>
        )}
        {pending.data.transfers.map((t) => (
          <TransferRow key={t.taskId} slug={slug} transfer={t} canTransfer={pending.data.canTransfer} onDone={setDone} />
        ))}
      </VStack>
    </section>
  );
}

function TransferRow({
  slug,
  transfer,
  canTransfer,
  onDone,
}: {
  slug: string;
  transfer: Transfer;
  canTransfer: boolean;
  onDone: (done: { title: string; assessmentId: string }) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.workshop.transfer.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const title = `${transfer.gatheringTitle} (${transfer.networkName})`;

  async function confirm() {
    setError(null);
    try {
      const created = await mutation.mutateAsync({ partnership: slug, taskId: transfer.taskId });
      setConfirming(false);
      onDone({ title, assessmentId: created.id });
      await queryClient.invalidateQueries({ queryKey: trpc.workshop.pendingTransfers.queryKey({ partnership: slug }) });
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <BodyShort weight="semibold">
        Selvvurdering fra {title}: {transfer.respondents} fra kontoret svarte
      </BodyShort>
      <BodyShort>Forslag til felles status: {summary(transfer.proposal)}.</BodyShort>
      {canTransfer ? (
        <div>
          <Button variant="secondary" size="small" onClick={() => setConfirming(true)}>
            Overfør til en ny vurdering
          </Button>
        </div>
      ) : (
        <BodyShort size="small" className="text-ax-text-neutral-subtle">
          Nav-lederen kan overføre svarene til en ny vurdering for partnerskapet.
        </BodyShort>
      )}
      <ConfirmDialog
        open={confirming}
        heading="Overføre selvvurderingen?"
        body={`Det lages en ny vurdering for partnerskapet med kontorets svar fra ${title} som felles status. Du kan endre statusene i vurderingen etterpå.`}
        confirmLabel="Overfør til en ny vurdering"
        pending={mutation.isPending}
        error={error}
        errorRef={errorRef}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      />
    </div>
  );
}
