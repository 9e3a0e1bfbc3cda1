"use client";

import { Alert, BodyShort, Button, Table, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { formatDateTime } from "~/lib/format";
import type { Role } from "~/lib/roles";

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

function Roles({ roles }: { roles: PersonView["roles"] }) {
  const t = useTranslations("admin.people");
  const tp = useTranslations("partnership");
  const roleText = (r: PersonView["roles"][number]) => {
    const where = r.partnershipName ?? r.fylkeName;
    return where ? t("roleIn", { role: tp(`role.${r.role}`), where }) : tp(`role.${r.role}`);
  };
  if (roles.length === 0) return <>{t("noRoles")}</>;
  const shown = roles.slice(0, ROLES_SHOWN);
  const more = roles.length - shown.length;
  return (
    <ul className="m-0 list-none p-0">
      {shown.map((r, i) => (
        <li key={i}>{roleText(r)}</li>
      ))}
      {more > 0 && <li>{t("moreRoles", { count: more })}</li>}
    </ul>
  );
}

/** TOTP belongs to password sign-in; a provider asks for its own second factor. */
const twoFactorKey = (person: PersonView) => (!person.hasPassword ? "notApplicable" : person.twoFactorEnabled ? "on" : "off");

export function PeopleTable({ people }: { people: PersonView[] }) {
  const t = useTranslations("admin.people");
  const locale = useLocale();
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
      setDone(t("deactivated", { name: person.name }));
    }
  }

  async function reactivatePerson(person: PersonView) {
    setDone(null);
    setReactivating(person.id);
    const ok = await reactivate.submit({ userId: person.id });
    setReactivating(null);
    if (ok) setDone(t("reactivated", { name: person.name }));
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
      <ScrollRegion label={t("tableLabel")}>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("name")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("email")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("signsInWith")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("twoFactor")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("roles")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("lastSignIn")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("status")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="sr-only">{t("action")}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {people.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  {p.name}
                  {p.isMe && <span className="font-normal">{t("you")}</span>}
                </Table.HeaderCell>
                <Table.DataCell>{p.email}</Table.DataCell>
                <Table.DataCell>{p.signInMethods.length > 0 ? p.signInMethods.join(", ") : t("noSignIn")}</Table.DataCell>
                <Table.DataCell>{t(`twoFactorState.${twoFactorKey(p)}`)}</Table.DataCell>
                <Table.DataCell>
                  <Roles roles={p.roles} />
                </Table.DataCell>
                <Table.DataCell>{p.lastSignInAt ? formatDateTime(p.lastSignInAt, locale) : t("neverSignedIn")}</Table.DataCell>
                <Table.DataCell>
                  {p.deactivatedAt ? (
                    <VStack gap="space-4" align="start">
                      <StatusTag tone="neutral" size="xsmall">
                        {t("deactivatedTag")}
                      </StatusTag>
                      <BodyShort size="small">{formatDateTime(p.deactivatedAt, locale)}</BodyShort>
                    </VStack>
                  ) : (
                    <StatusTag tone="success" size="xsmall">
                      {t("active")}
                    </StatusTag>
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  {p.isMe ? null : p.deactivatedAt ? (
                    <Button size="xsmall" variant="tertiary" loading={reactivating === p.id} onClick={() => void reactivatePerson(p)}>
                      {t("reactivate")}<span className="sr-only"> {p.name}</span>
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
                      {t("deactivate")}<span className="sr-only"> {p.name}</span>
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
        heading={t("confirmHeading", { name: confirming?.name ?? "" })}
        body={t("confirmBody", { name: confirming?.name ?? t("thePerson") })}
        confirmLabel={t("deactivate")}
        pending={deactivate.pending}
        error={deactivate.formError}
        errorRef={deactivateFocus}
        onConfirm={() => void confirmDeactivate()}
        onClose={() => setConfirming(null)}
      />
    </VStack>
  );
}
