"use client";

import { Alert, BodyShort, Button, Heading, HStack, Pagination, Select, Table, VStack } from "@navikt/ds-react";
import { ChevronDownIcon, ChevronUpIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useRef, useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { InviteForm } from "./invite-form";
import { ScrollRegion } from "~/app/_components/scroll-region";

type Fylke = { id: string; name: string; kommuner: { id: string; name: string }[] };
type Partnership = {
  id: string;
  slug: string;
  officeName: string;
  fylkeId: string;
  fylkeName: string;
  kommuner: { id: string; name: string; isHost: boolean }[];
};
type List = { total: number; page: number; pageCount: number; partnerships: Partnership[] };

export function PartnershipList({ list, fylker }: { list: List; fylker: Fylke[] }) {
  const t = useTranslations("admin.list");
  const router = useRouter();
  // One row's tools open at a time; they are rendered only while open.
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section aria-labelledby="partnerskap-admin-heading">
      <Heading id="partnerskap-admin-heading" level="2" size="medium" spacing>
        {t("heading", { count: list.total })}
      </Heading>
      {list.total === 0 ? (
        <BodyShort>{t("empty")}</BodyShort>
      ) : (
        <VStack gap="space-16">
          <BodyShort size="small">{t("hint")}</BodyShort>
          <ScrollRegion label={t("tableLabel")}>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("office")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("fylke")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("kommuner")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">
                    <span className="sr-only">{t("actions")}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {list.partnerships.map((p) => {
                  const open = openId === p.id;
                  const toolsId = `verktoy-${p.id}`;
                  return (
                    <Fragment key={p.id}>
                      <Table.Row>
                        <Table.DataCell>
                          <NextLink className="aksel-link" href={`/partnerskap/${p.slug}`}>
                            {p.officeName}
                          </NextLink>
                        </Table.DataCell>
                        <Table.DataCell>{p.fylkeName}</Table.DataCell>
                        <Table.DataCell>{p.kommuner.map((k) => k.name).join(", ")}</Table.DataCell>
                        <Table.DataCell align="right">
                          <Button
                            variant="tertiary"
                            size="xsmall"
                            aria-expanded={open}
                            aria-controls={open ? toolsId : undefined}
                            icon={open ? <ChevronUpIcon aria-hidden /> : <ChevronDownIcon aria-hidden />}
                            iconPosition="right"
                            onClick={() => setOpenId(open ? null : p.id)}
                          >
                            {t("manage")} <span className="sr-only">{p.officeName}</span>
                          </Button>
                        </Table.DataCell>
                      </Table.Row>
                      {open && (
                        <Table.Row>
                          <Table.DataCell colSpan={4} id={toolsId}>
                            <PartnershipTools partnership={p} fylke={fylker.find((f) => f.id === p.fylkeId)} />
                          </Table.DataCell>
                        </Table.Row>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollRegion>
          {list.pageCount > 1 && (
            <Pagination
              page={list.page}
              count={list.pageCount}
              onPageChange={(page) => router.push(`/admin?side=${page}`)}
              size="small"
              srHeading={{ tag: "h3", text: t("pages") }}
            />
          )}
        </VStack>
      )}
    </section>
  );
}

function PartnershipTools({ partnership, fylke }: { partnership: Partnership; fylke: Fylke | undefined }) {
  const t = useTranslations("admin.list");
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.admin.addKommune.mutationOptions()).mutateAsync, formFocus);
  const available = (fylke?.kommuner ?? []).filter((k) => !partnership.kommuner.some((m) => m.id === k.id));
  const [kommuneId, setKommuneId] = useState("");
  const prefix = `kommune-${partnership.id}-`;

  return (
    <VStack gap="space-24" className="py-2">
      <form
        noValidate
        aria-label={t("addKommuneLabel", { office: partnership.officeName })}
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            { partnershipId: partnership.id, kommuneId },
            { localErrors: kommuneId ? {} : { kommuneId: t("chooseKommuneError") } },
          );
        }}
      >
        <HStack gap="space-8" align="end">
          <Select
            id={`${prefix}kommuneId`}
            label={t("addKommune")}
            value={kommuneId}
            onChange={(e) => setKommuneId(e.target.value)}
            error={form.fieldErrors.kommuneId}
          >
            <option value="">{t("chooseKommune")}</option>
            {available.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary" size="small" loading={form.pending}>
            {t("add")}
          </Button>
        </HStack>
        {form.formError && <Alert variant="error" size="small" className="mt-2">{form.formError}</Alert>}
        {form.saved && <BodyShort size="small" role="status" className="mt-2">{t("kommuneAdded")}</BodyShort>}
      </form>
      <div>
        <Heading level="3" size="xsmall" spacing>
          {t("invitePerson", { office: partnership.officeName })}
        </Heading>
        <InviteForm target={{ kind: "partnership", partnershipId: partnership.id, officeName: partnership.officeName, kommuner: partnership.kommuner }} />
      </div>
    </VStack>
  );
}
