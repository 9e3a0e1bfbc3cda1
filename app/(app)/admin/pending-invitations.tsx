"use client";

import { useRef, useState } from "react";
import { BodyShort, Button, Heading, Table } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { Role } from "~/lib/roles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDateTime } from "~/lib/format";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { ScrollRegion } from "~/app/_components/scroll-region";

type Invitation = {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeName: string | null;
  fylkeName: string | null;
  expiresAt: Date;
};

export function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  const t = useTranslations("admin.pending");
  const tp = useTranslations("partnership");
  const locale = useLocale();
  const trpc = useTRPC();
  const revokeFocus = useRef<HTMLDivElement>(null);
  const revoke = useFormMutation(useMutation(trpc.admin.revokeInvitation.mutationOptions()).mutateAsync, revokeFocus);
  const [confirming, setConfirming] = useState<Invitation | null>(null);

  async function confirmRevoke() {
    if (!confirming) return;
    const done = await revoke.submit({ invitationId: confirming.id });
    if (done) setConfirming(null);
  }
  return (
    <section aria-labelledby="ventende-heading">
      <Heading id="ventende-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>

      {invitations.length === 0 ? (
        <BodyShort>{t("empty")}</BodyShort>
      ) : (
        <ScrollRegion label={t("tableLabel")}>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("name")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("email")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("role")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("scope")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("expires")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="sr-only">{t("action")}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {invitations.map((i) => (
                <Table.Row key={i.id}>
                  <Table.HeaderCell scope="row">{i.name}</Table.HeaderCell>
                  <Table.DataCell>{i.email}</Table.DataCell>
                  <Table.DataCell>{tp(`role.${i.role}`)}</Table.DataCell>
                  <Table.DataCell>{i.officeName ?? i.fylkeName ?? "–"}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(i.expiresAt, locale)}</Table.DataCell>
                  <Table.DataCell>
                    <Button size="xsmall" variant="tertiary" onClick={() => setConfirming(i)}>
                      {t("revoke")} <span className="sr-only">{t("revokeFor", { name: i.name })}</span>
                    </Button>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      <ConfirmDialog
        open={confirming !== null}
        heading={t("confirmHeading", { name: confirming?.name ?? "" })}
        body={t("confirmBody")}
        confirmLabel={t("revoke")}
        pending={revoke.pending}
        error={revoke.formError}
        errorRef={revokeFocus}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setConfirming(null)}
      />
    </section>
  );
}
