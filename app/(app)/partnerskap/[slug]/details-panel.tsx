"use client";

import { Alert, BodyShort, Button, Heading, HStack, Radio, RadioGroup, TextField } from "@navikt/ds-react";
import { PencilIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { leaderModelLabels, type LeaderModel } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { DateField } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate, formatNumber } from "~/lib/format";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Props = { partnership: PartnershipOverview; canEdit: boolean };

export function DetailsPanel({ partnership, canEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const hosts = partnership.kommuner.length > 1;

  return (
    <section aria-labelledby="om-heading">
      <HStack justify="space-between" align="center" className="mb-3">
        <Heading id="om-heading" level="2" size="medium">
          Om partnerskapet
        </Heading>
        {canEdit && !editing && (
          <Button variant="secondary" size="small" icon={<PencilIcon aria-hidden />} onClick={() => { setEditing(true); setSavedNotice(false); }}>
            Endre opplysninger
          </Button>
        )}
      </HStack>
      {savedNotice && (
        <Alert variant="success" size="small" className="mb-4" role="status">
          Opplysningene er lagret.
        </Alert>
      )}
      {editing ? (
        <DetailsForm
          partnership={partnership}
          onDone={(saved) => {
            setEditing(false);
            setSavedNotice(saved);
          }}
        />
      ) : (
        <dl className="grid grid-cols-1 gap-x-8 gap-y-3 ax-md:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">Nav-kontor</dt>
          <dd>{partnership.officeName}</dd>
          <dt className="font-semibold">Fylke</dt>
          <dd>{partnership.fylke.name}</dd>
          <dt className="font-semibold">{hosts ? "Kommuner (vertskommunesamarbeid)" : "Kommune"}</dt>
          <dd>
            {partnership.kommuner
              .map((k) => (hosts && k.isHost ? `${k.name} (vertskommune)` : k.name))
              .join(", ")}
          </dd>
          <dt className="font-semibold">Ledermodell</dt>
          <dd>{leaderModelLabels[partnership.leaderModel]}</dd>
          <dt className="font-semibold">Årsverk</dt>
          <dd>
            {formatNumber(partnership.statePositions)} statlige og {formatNumber(partnership.municipalPositions)} kommunale
          </dd>
          <dt className="font-semibold">Partnerskapsavtalen</dt>
          <dd>
            Inngått {formatDate(partnership.agreementDate)}, neste revisjon {formatDate(partnership.agreementNextRevision)}
          </dd>
        </dl>
      )}
    </section>
  );
}

function DetailsForm({ partnership, onDone }: { partnership: PartnershipOverview; onDone: (saved: boolean) => void }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.partnership.updateDetails.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [leaderModel, setLeaderModel] = useState<LeaderModel>(partnership.leaderModel);
  const [statePositions, setStatePositions] = useState(formatNumber(partnership.statePositions).replace("–", ""));
  const [municipalPositions, setMunicipalPositions] = useState(
    formatNumber(partnership.municipalPositions).replace("–", ""),
  );
  const [agreementDate, setAgreementDate] = useState({ iso: partnership.agreementDate, valid: true });
  const [nextRevision, setNextRevision] = useState({ iso: partnership.agreementNextRevision, valid: true });

  async function onSubmit() {
    const localErrors: Record<string, string> = {};
    if (!agreementDate.valid) localErrors.agreementDate = "Avtaledato må være en gyldig dato (d.m.åååå).";
    if (!nextRevision.valid) localErrors.agreementNextRevision = "Neste revisjon må være en gyldig dato (d.m.åååå).";
    const result = await form.submit(
      {
        partnership: partnership.slug,
        version: partnership.version,
        leaderModel,
        statePositions,
        municipalPositions,
        agreementDate: agreementDate.iso,
        agreementNextRevision: nextRevision.iso,
      },
      { localErrors },
    );
    if (result) onDone(true);
  }

  const e = form.fieldErrors;
  return (
    <FormShell
      form={form}
      label="Endre opplysninger om partnerskapet"
      gap="space-20"
      stackClassName="max-w-xl"
      idPrefix="details-"
      warnOnConflict
      submit={{ label: "Lagre" }}
      onCancel={() => onDone(false)}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <RadioGroup
        id="details-leaderModel"
        legend="Ledermodell"
        value={leaderModel}
        onChange={(value: LeaderModel) => setLeaderModel(value)}
        error={e.leaderModel}
      >
        {Object.entries(leaderModelLabels).map(([value, label]) => (
          <Radio key={value} value={value}>
            {label}
          </Radio>
        ))}
      </RadioGroup>
      <HStack gap="space-16">
        <TextField
          id="details-statePositions"
          label="Statlige årsverk"
          inputMode="decimal"
          value={statePositions}
          onChange={(ev) => setStatePositions(ev.target.value)}
          error={e.statePositions}
          htmlSize={8}
        />
        <TextField
          id="details-municipalPositions"
          label="Kommunale årsverk"
          inputMode="decimal"
          value={municipalPositions}
          onChange={(ev) => setMunicipalPositions(ev.target.value)}
          error={e.municipalPositions}
          htmlSize={8}
        />
      </HStack>
      <DateField
        id="details-agreementDate"
        label="Avtaledato"
        description="Datoen partnerskapsavtalen ble inngått."
        defaultValue={partnership.agreementDate}
        onChange={setAgreementDate}
        error={e.agreementDate}
      />
      <DateField
        id="details-agreementNextRevision"
        label="Neste revisjon"
        defaultValue={partnership.agreementNextRevision}
        onChange={setNextRevision}
        error={e.agreementNextRevision}
      />
      <BodyShort size="small">Årsverk skrives med desimalkomma, for eksempel 12,6.</BodyShort>
    </FormShell>
  );
}
