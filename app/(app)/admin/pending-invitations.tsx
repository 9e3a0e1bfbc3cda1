"use client";

import { useRef, useState } from "react";
import { BodyShort, Button, Heading, Table } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { roleInfo, type Role } from "~/lib/roles";
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
        Invitasjoner som ikke er brukt
      </Heading>

      {invitations.length === 0 ? (
        <BodyShort>Ingen invitasjoner venter. Nye invitasjoner vises her til de er brukt eller utløpt.</BodyShort>
      ) : (
        <ScrollRegion label="Invitasjoner som venter">
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
                <Table.HeaderCell scope="col">Gjelder</Table.HeaderCell>
                <Table.HeaderCell scope="col">Utløper</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="sr-only">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {invitations.map((i) => (
                <Table.Row key={i.id}>
                  <Table.HeaderCell scope="row">{i.name}</Table.HeaderCell>
                  <Table.DataCell>{i.email}</Table.DataCell>
                  <Table.DataCell>{roleInfo[i.role].label}</Table.DataCell>
                  <Table.DataCell>{i.officeName ?? i.fylkeName ?? "–"}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(i.expiresAt)}</Table.DataCell>
                  <Table.DataCell>
                    <Button size="xsmall" variant="tertiary" onClick={() => setConfirming(i)}>
                      Trekk tilbake <span className="sr-only">invitasjonen til {i.name}</span>
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
        heading={`Trekke tilbake invitasjonen til ${confirming?.name ?? ""}?`}
        body="Lenken slutter å virke med en gang. Du kan lage en ny invitasjon senere."
        confirmLabel="Trekk tilbake"
        pending={revoke.pending}
        error={revoke.formError}
        errorRef={revokeFocus}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setConfirming(null)}
      />
    </section>
  );
}
