"use client";

import { Alert, BodyShort, Button, Table, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { formatDateTime } from "~/lib/format";
import { roleInfo, type Role } from "~/lib/roles";

export interface PersonView {
  id: string;
  name: string;
  email: string;
  /** «Passord», «Jobbkonto», … in words already (the provider labels are the server's). */
  signInMethods: string[];
  hasPassword: boolean;
  twoFactorEnabled: boolean;
  roles: { role: Role; partnershipName: string | null; fylkeName: string | null }[];
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  isMe: boolean;
}

/** Roles shown in the row; the rest are counted, so a person with many roles keeps the row short. */
const ROLES_SHOWN = 3;

const roleText = (r: PersonView["roles"][number]) => {
  const where = r.partnershipName ?? r.fylkeName;
  return where ? `${roleInfo[r.role].label}, ${where}` : roleInfo[r.role].label;
};

function Roles({ roles }: { roles: PersonView["roles"] }) {
  if (roles.length === 0) return <>Ingen roller</>;
  const shown = roles.slice(0, ROLES_SHOWN);
  const more = roles.length - shown.length;
  return (
    <ul className="m-0 list-none p-0">
      {shown.map((r, i) => (
        <li key={i}>{roleText(r)}</li>
      ))}
      {more > 0 && <li>og {more === 1 ? "1 rolle" : `${more} roller`} til</li>}
    </ul>
  );
}

function twoFactorText(person: PersonView) {
  // TOTP belongs to password sign-in; a provider asks for its own second factor.
  if (!person.hasPassword) return "Ikke aktuelt";
  return person.twoFactorEnabled ? "På" : "Av";
}

export function PeopleTable({ people }: { people: PersonView[] }) {
  const trpc = useTRPC();
  const deactivateFocus = useRef<HTMLDivElement>(null);
  const reactivateFocus = useRef<HTMLDivElement>(null);
  const deactivate = useFormMutation(useMutation(trpc.admin.deactivate.mutationOptions()).mutateAsync, deactivateFocus);
  const reactivate = useFormMutation(useMutation(trpc.admin.reactivate.mutationOptions()).mutateAsync, reactivateFocus);
  const [confirming, setConfirming] = useState<PersonView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reactivating, setReactivating] = useState<string | null>(null);

  async function confirmDeactivate() {
    if (!confirming) return;
    const person = confirming;
    if (await deactivate.submit({ userId: person.id })) {
      setConfirming(null);
      setDone(`${person.name} er deaktivert og logget ut.`);
    }
  }

  async function reactivatePerson(person: PersonView) {
    setDone(null);
    setReactivating(person.id);
    const ok = await reactivate.submit({ userId: person.id });
    setReactivating(null);
    if (ok) setDone(`${person.name} er aktivert igjen og kan logge inn.`);
  }

  return (
    <VStack gap="space-16">
      {/* Always in the page, so screen readers announce what changes in it. */}
      <div role="status">{done && <BodyShort>{done}</BodyShort>}</div>
      {reactivate.formError && (
        <Alert variant="error" size="small" role="alert" ref={reactivateFocus} tabIndex={-1}>
          {reactivate.formError}
        </Alert>
      )}
      <ScrollRegion label="Personer">
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
              <Table.HeaderCell scope="col">Logger inn med</Table.HeaderCell>
              <Table.HeaderCell scope="col">Tofaktor</Table.HeaderCell>
              <Table.HeaderCell scope="col">Roller</Table.HeaderCell>
              <Table.HeaderCell scope="col">Sist innlogget</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="sr-only">Handling</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {people.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  {p.name}
                  {p.isMe && <span className="font-normal"> (deg)</span>}
                </Table.HeaderCell>
                <Table.DataCell>{p.email}</Table.DataCell>
                <Table.DataCell>{p.signInMethods.length > 0 ? p.signInMethods.join(", ") : "Ingen innlogging"}</Table.DataCell>
                <Table.DataCell>{twoFactorText(p)}</Table.DataCell>
                <Table.DataCell>
                  <Roles roles={p.roles} />
                </Table.DataCell>
                <Table.DataCell>{p.lastSignInAt ? formatDateTime(p.lastSignInAt) : "Ikke logget inn nå"}</Table.DataCell>
                <Table.DataCell>
                  {p.deactivatedAt ? (
                    <VStack gap="space-4" align="start">
                      <StatusTag tone="neutral" size="xsmall">
                        Deaktivert
                      </StatusTag>
                      <BodyShort size="small">{formatDateTime(p.deactivatedAt)}</BodyShort>
                    </VStack>
                  ) : (
                    <StatusTag tone="success" size="xsmall">
                      Aktiv
                    </StatusTag>
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  {p.isMe ? null : p.deactivatedAt ? (
                    <Button size="xsmall" variant="tertiary" loading={reactivating === p.id} onClick={() => void reactivatePerson(p)}>
                      Aktiver igjen<span className="sr-only"> {p.name}</span>
                    </Button>
                  ) : (
                    <Button
                      size="xsmall"
                      variant="tertiary"
                      data-color="danger"
                      onClick={() => {
                        setDone(null);
                        deactivate.reset();
                        setConfirming(p);
                      }}
                    >
                      Deaktiver<span className="sr-only"> {p.name}</span>
                    </Button>
                  )}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <ConfirmDialog
        open={confirming !== null}
        heading={`Deaktivere ${confirming?.name ?? ""}?`}
        body={`${confirming?.name ?? "Personen"} blir logget ut på alle enheter med en gang og kan ikke logge inn før en administrator aktiverer kontoen igjen. Kalenderabonnementene slutter å virke. Navnet står fortsatt i historikken og der personen er nevnt, og rollene beholdes.`}
        confirmLabel="Deaktiver"
        pending={deactivate.pending}
        error={deactivate.formError}
        errorRef={deactivateFocus}
        onConfirm={() => void confirmDeactivate()}
        onClose={() => setConfirming(null)}
      />
    </VStack>
  );
}
