"use client";

import { BodyLong, BodyShort, Button, Heading, Table, Tag } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("account.sessions");
  const common = useTranslations("common");
  const locale = useLocale();
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
    setStatus(t("signedOut", { device: ending.device }));
    setEnding(null);
  }

  async function signOutEverywhere() {
    setEverywherePending(true);
    setEverywhereError(null);
    const { error } = await loadAuthClient().then((client) => client.revokeSessions()).catch(() => ({ error: { status: 0 } }));
    if (error) {
      setEverywherePending(false);
      setEverywhereError(error.status === 429 ? common("errors.tooManyTries") : common("errors.network"));
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
        {t("heading")}
      </Heading>
      <BodyLong spacing className="max-w-prose">
        {t("intro")}
      </BodyLong>
      {status && (
        <BodyShort role="status" size="small" spacing>
          {status}
        </BodyShort>
      )}
      {sessions.length === 0 ? (
        <BodyShort spacing>{t("none")}</BodyShort>
      ) : (
        <ScrollRegion label={t("tableLabel")}>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("device")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("signedIn")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("lastUsed")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="sr-only">{t("action")}</span>
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
                          {t("thisDevice")}
                        </Tag>
                      )}
                    </span>
                  </Table.HeaderCell>
                  <Table.DataCell>{formatDateTime(s.signedInAt, locale)}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(s.lastUsedAt, locale)}</Table.DataCell>
                  <Table.DataCell>
                    {!s.current && (
                      <Button size="xsmall" variant="tertiary" onClick={() => (end.reset(), setStatus(null), setEnding(s))}>
                        {t("signOut")}{" "}
                        <span className="sr-only">{t("signOutNamed", { device: s.device, lastUsed: formatDateTime(s.lastUsedAt, locale) })}</span>
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
          {t("everywhere")}
        </Button>
      </div>
      <ConfirmDialog
        open={ending !== null}
        heading={t("confirmHeading", { device: ending?.device ?? "" })}
        body={t("confirmBody")}
        confirmLabel={t("signOut")}
        pending={end.pending}
        error={end.formError}
        errorRef={endFocus}
        onConfirm={() => void confirmEnd()}
        onClose={() => setEnding(null)}
      />
      <ConfirmDialog
        open={everywhere}
        heading={t("everywhereHeading")}
        body={t("everywhereBody")}
        confirmLabel={t("everywhere")}
        pending={everywherePending}
        error={everywhereError}
        errorRef={everywhereFocus}
        onConfirm={() => void signOutEverywhere()}
        onClose={() => setEverywhere(false)}
      />
    </section>
  );
}
