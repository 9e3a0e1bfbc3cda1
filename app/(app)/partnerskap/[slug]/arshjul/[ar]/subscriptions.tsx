"use client";

import { Alert, BodyLong, BodyShort, Button, CopyButton, HStack, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("cycle.subscriptions");
  const locale = useLocale();
  const at = (instant: Date) => formatDateTime(instant, locale);
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
      setStatus(t("revoked"));
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <VStack gap="space-16">
      <BodyLong className="max-w-prose">
        {t("intro")}
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
            <BodyShort weight="semibold">{t("copyNow")}</BodyShort>
            <code className="block rounded bg-ax-bg-neutral-soft p-2 text-sm break-all" id="ny-kalender-adresse">
              {created}
            </code>
            <HStack gap="space-8" align="center">
              <CopyButton copyText={created} text={t("copy")} activeText={t("copied")} variant="action" />
            </HStack>
            <BodyShort size="small">
              {t("paste")}
            </BodyShort>
          </VStack>
        </Alert>
      )}
      <div>
        <Button size="small" variant="secondary" loading={subscribe.isPending} onClick={() => void create()}>
          {t("create")}
        </Button>
      </div>
      <div>
        <h3 className="aksel-heading aksel-heading--xsmall mb-2">{t("activeHeading")}</h3>
        {subscriptions.length === 0 ? (
          <BodyShort size="small">{t("none")}</BodyShort>
        ) : (
          <ul className="m-0 list-none space-y-2 p-0">
            {subscriptions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <BodyShort size="small">
                  {t("line", {
                    made: t("made", { at: at(s.createdAt) }),
                    fetched: s.lastUsedAt ? t("lastFetched", { at: at(s.lastUsedAt) }) : t("notFetched"),
                  })}
                </BodyShort>
                <Button size="xsmall" variant="tertiary" data-color="danger" onClick={() => setRevoking(s)}>
                  {t("delete")}
                  <span className="sr-only"> {t("deleteWhich", { at: at(s.createdAt) })}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        heading={t("confirmHeading")}
        body={t("confirmBody")}
        confirmLabel={t("confirm")}
        pending={unsubscribe.isPending}
        error={revoking ? error : null}
        errorRef={errorRef}
        onConfirm={() => void revoke()}
        onClose={() => (setRevoking(null), setError(null))}
      />
    </VStack>
  );
}
