"use client";

import { BodyLong, BodyShort, Button, Checkbox, CheckboxGroup, Heading, HStack, Select, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormMessages, FormShell } from "~/app/_components/form-shell";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate } from "~/lib/format";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import {
  DEFAULT_SHARING,
  sharingOptions,
  sharingSummary,
  type Sharing,
  type SharingKey,
} from "~/lib/network/labels";

interface Row extends Sharing {
  memberId: string;
  version: number;
  networkSlug: string;
  networkName: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  sharedAssessmentId: string | null;
}

/** A closed assessment the partnership may choose to show a network. */
interface ClosedAssessment {
  id: string;
  occasion: string;
  heldOn: string;
}

const LATEST_IN_PERIOD = "";

const toKeys = (s: Sharing) => sharingOptions.filter((o) => s[o.key]).map((o) => o.key);
const fromKeys = (keys: string[]): Sharing => Object.fromEntries(sharingOptions.map((o) => [o.key, keys.includes(o.key)])) as Sharing;

/** The checkboxes for what the network may see, with help text per choice. */
function SharingChoices({ id, value, onChange }: { id: string; value: SharingKey[]; onChange: (keys: SharingKey[]) => void }) {
  // Two namespaces: the section's own words and the network's sharing choices.
  const t = useTranslations();
  return (
    <CheckboxGroup id={id} legend={t("partnership.networks.whatCanNetworkSee")} description={t("network.sharing.neverIndividual")} value={value} onChange={onChange}>
      {sharingOptions.map((o) => (
        <Checkbox key={o.key} value={o.key} description={t(`network.sharing.${o.key}.help`)}>
          {t(`network.sharing.${o.key}.label`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

function Invitation({ slug, row, canAnswer }: { slug: string; row: Row; canAnswer: boolean }) {
  const t = useTranslations("partnership.networks");
  const locale = useLocale();
  const trpc = useTRPC();
  const respond = useMutation(trpc.network.respond.mutationOptions());
  const form = useFormMutation((input: { accept: boolean; sharing: Sharing }) => respond.mutateAsync({ partnership: slug, memberId: row.memberId, version: row.version, accept: input.accept, ...input.sharing }));
  const [keys, setKeys] = useState<SharingKey[]>(toKeys(DEFAULT_SHARING));
  const prefix = `invitasjon-${row.memberId}-`;
  return (
    <li className="rounded-md border border-ax-border-info p-4">
      <VStack gap="space-12">
        <HStack gap="space-8" align="center">
          <StatusTag tone="info" size="xsmall">
            {t("invitation")}
          </StatusTag>
          <Heading level="3" size="small">
            {row.networkName}
          </Heading>
        </HStack>
        <BodyShort size="small">
          {t("period", { start: formatDate(row.periodStart, locale), end: formatDate(row.periodEnd, locale) })}
        </BodyShort>
        {row.description && <BodyLong className="max-w-prose whitespace-pre-line">{row.description}</BodyLong>}
        {canAnswer ? (
          <form
            noValidate
            aria-label={t("answerLabel", { network: row.networkName })}
            onSubmit={(e) => {
              e.preventDefault();
              void form.submit({ accept: true, sharing: fromKeys(keys) });
            }}
          >
            <VStack gap="space-12">
              <FormMessages form={form} idPrefix={prefix} size="small" warnOnConflict />
              <SharingChoices id={`${prefix}sharing`} value={keys} onChange={setKeys} />
              <HStack gap="space-8">
                <Button type="submit" loading={form.pending && respond.variables?.accept === true}>
                  {t("join")}
                </Button>
                <Button type="button" variant="secondary" loading={form.pending && respond.variables?.accept === false} onClick={() => void form.submit({ accept: false, sharing: fromKeys([]) })}>
                  {t("decline")}
                </Button>
              </HStack>
            </VStack>
          </form>
        ) : (
          <BodyShort>{t("othersAnswer")}</BodyShort>
        )}
      </VStack>
    </li>
  );
}

function Membership({ slug, row, canAnswer, assessments }: { slug: string; row: Row; canAnswer: boolean; assessments: ClosedAssessment[] }) {
  const t = useTranslations("partnership.networks");
  const tn = useTranslations("network.sharing");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.network.updateSharing.mutationOptions());
  const leave = useMutation(trpc.network.leave.mutationOptions());
  const [assessmentId, setAssessmentId] = useState(row.sharedAssessmentId ?? LATEST_IN_PERIOD);
  const form = useFormMutation((sharing: Sharing) =>
    update.mutateAsync({ partnership: slug, memberId: row.memberId, version: row.version, ...sharing, sharedAssessmentId: assessmentId || null }),
  );
  const shared = assessments.find((a) => a.id === row.sharedAssessmentId);
  const [editing, setEditing] = useState(false);
  const [keys, setKeys] = useState<SharingKey[]>(toKeys(row));
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const prefix = `medlemskap-${row.memberId}-`;
  return (
    <li className="rounded-md border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-12">
        <HStack gap="space-8" align="center">
          <StatusTag tone="success" size="xsmall">
            {t("member")}
          </StatusTag>
          <Heading level="3" size="small">
            <NextLink className="aksel-link" href={`/nettverk/${row.networkSlug}`}>
              {row.networkName}
            </NextLink>
          </Heading>
        </HStack>
        <BodyShort>{t("networkSees", { summary: sharingSummary(row, { short: (key) => tn(`${key}.short`), nothing: tn("nothing"), list: (first, last) => tn("list", { first, last }) }) })}</BodyShort>
        <BodyShort>
          {shared
            ? t("shownChosen", { occasion: shared.occasion, date: formatDate(shared.heldOn, locale) })
            : t("shownLatest")}
        </BodyShort>
        {form.saved && !editing && <BodyShort role="status">{t("saved")}</BodyShort>}
        {canAnswer &&
          (editing ? (
            <FormShell
              form={form}
              label={t("editLabel", { network: row.networkName })}
              gap="space-12"
              idPrefix={prefix}
              alertSize="small"
              warnOnConflict
              submit={{ label: t("save"), size: "small" }}
              onCancel={() => {
                setKeys(toKeys(row));
                setAssessmentId(row.sharedAssessmentId ?? LATEST_IN_PERIOD);
                setEditing(false);
              }}
              onSubmit={async () => {
                if (await form.submit(fromKeys(keys))) {
                  setEditing(false);
                  requestAnimationFrame(() => editButton.current?.focus());
                }
              }}
            >
              <SharingChoices id={`${prefix}sharing`} value={keys} onChange={setKeys} />
              <Select
                id={`${prefix}sharedAssessmentId`}
                label={t("whichAssessment")}
                description={t("whichAssessmentDescription")}
                value={assessmentId}
                onChange={(e) => setAssessmentId(e.target.value)}
                error={form.fieldErrors.sharedAssessmentId}
              >
                <option value={LATEST_IN_PERIOD}>{t("latestOption")}</option>
                {assessments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t("assessmentOption", { occasion: a.occasion, date: formatDate(a.heldOn, locale) })}
                  </option>
                ))}
              </Select>
            </FormShell>
          ) : (
            <HStack gap="space-8">
              <Button ref={editButton} type="button" size="small" variant="secondary" onClick={() => setEditing(true)}>
                {t("edit")}
              </Button>
              <Button type="button" size="small" variant="tertiary" data-color="danger" onClick={() => { setError(null); setLeaving(true); }}>
                {t("leave")}
              </Button>
            </HStack>
          ))}
      </VStack>
      <ConfirmDialog
        open={leaving}
        heading={t("leaveHeading", { network: row.networkName })}
        body={t("leaveBody")}
        confirmLabel={t("leaveConfirm")}
        pending={leave.isPending}
        error={error}
        onClose={() => setLeaving(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await leave.mutateAsync({ partnership: slug, memberId: row.memberId, version: row.version });
            setLeaving(false);
            router.refresh();
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      />
    </li>
  );
}

/** The partnership's networks: invitations to answer and memberships with what they share. */
export function NetworkMemberships({
  slug,
  invitations,
  memberships,
  canAnswer,
  assessments,
}: {
  slug: string;
  invitations: Row[];
  memberships: Row[];
  canAnswer: boolean;
  assessments: ClosedAssessment[];
}) {
  const t = useTranslations("partnership.networks");
  return (
    <section aria-labelledby="nettverk-heading" id="nettverk" className="scroll-mt-4">
      <Heading id="nettverk-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      {invitations.length === 0 && memberships.length === 0 ? (
        <BodyShort>{t("empty")}</BodyShort>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-4 p-0">
          {invitations.map((row) => (
            <Invitation key={row.memberId} slug={slug} row={row} canAnswer={canAnswer} />
          ))}
          {memberships.map((row) => (
            <Membership key={row.memberId} slug={slug} row={row} canAnswer={canAnswer} assessments={assessments} />
          ))}
        </ul>
      )}
    </section>
  );
}
