"use client";

import { Alert, BodyShort, Button, Heading, VStack } from "@navikt/ds-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

type Transfer = { taskId: string; gatheringTitle: string; networkName: string; respondents: number; proposal: { areaNo: number; status: string }[] };

/** How many of each status the proposal has, for "9 sterke, 8 kan styrkes, 3 ikke vurdert". */
function summaryValues(proposal: Transfer["proposal"]) {
  const count = (status: string) => proposal.filter((p) => p.status === status).length;
  return { strong: count("sterk"), canStrengthen: count("kan_styrkes"), notAssessed: count("ikke_vurdert") };
}

/** Self-assessments from network samlinger that the office answered, waiting for the Nav-leder to take them over. */
export function WorkshopTransfers({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom.transfers");
  const pending = useQuery(trpc.workshop.pendingTransfers.queryOptions({ partnership: slug }));
  const [done, setDone] = useState<{ title: string; assessmentId: string } | null>(null);

  if (!pending.data || (pending.data.transfers.length === 0 && !done)) return null;
  return (
    <section aria-labelledby="fra-samlinger-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="fra-samlinger-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <VStack gap="space-16">
        {done && (
          <Alert variant="success" role="status">
            {t("done", { title: done.title })}{" "}
            <NextLink className="aksel-link" href={`/partnerskap/${slug}/mulighetsrom/${done.assessmentId}`}>
              {t("goToNew")}
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
  const t = useTranslations("mulighetsrom.transfers");
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.workshop.transfer.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const format = useTranslations("mulighetsrom.format");
  const title = format("inParentheses", { text: transfer.gatheringTitle, extra: transfer.networkName });

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
        {t("row", { title, respondents: transfer.respondents })}
      </BodyShort>
      <BodyShort>{t("proposal", { summary: t("summary", summaryValues(transfer.proposal)) })}</BodyShort>
      {canTransfer ? (
        <div>
          <Button variant="secondary" size="small" onClick={() => setConfirming(true)}>
            {t("transfer")}
          </Button>
        </div>
      ) : (
        <BodyShort size="small" className="text-ax-text-neutral-subtle">
          {t("leaderCan")}
        </BodyShort>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("confirmHeading")}
        body={t("confirmBody", { title })}
        confirmLabel={t("transfer")}
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
