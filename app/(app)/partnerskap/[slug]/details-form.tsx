"use client";

import { BodyShort, HStack, Radio, RadioGroup, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { leaderModels } from "~/db/schema/enums";
import type { LeaderModel } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { DateField } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatNumber } from "~/lib/format";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** «Endre opplysninger» of ./details-panel.tsx, fetched when someone opens it. */
export default function DetailsForm({ partnership, onDone }: { partnership: PartnershipOverview; onDone: (saved: boolean) => void }) {
  const t = useTranslations("partnership.detailsForm");
  const tp = useTranslations("partnership");
  const locale = useLocale();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.partnership.updateDetails.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [leaderModel, setLeaderModel] = useState<LeaderModel>(partnership.leaderModel);
  const [statePositions, setStatePositions] = useState(formatNumber(partnership.statePositions, locale).replace("–", ""));
  const [municipalPositions, setMunicipalPositions] = useState(
    formatNumber(partnership.municipalPositions, locale).replace("–", ""),
  );
  const [agreementDate, setAgreementDate] = useState({ iso: partnership.agreementDate, valid: true });
  const [nextRevision, setNextRevision] = useState({ iso: partnership.agreementNextRevision, valid: true });

  async function onSubmit() {
    const localErrors: Record<string, string> = {};
    if (!agreementDate.valid) localErrors.agreementDate = t("invalidAgreementDate");
    if (!nextRevision.valid) localErrors.agreementNextRevision = t("invalidNextRevision");
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
      label={t("label")}
      gap="space-20"
      stackClassName="max-w-xl"
      idPrefix="details-"
      warnOnConflict
      submit={{ label: t("save") }}
      onCancel={() => onDone(false)}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <RadioGroup
        id="details-leaderModel"
        legend={t("leaderModel")}
        value={leaderModel}
        onChange={(value: LeaderModel) => setLeaderModel(value)}
        error={e.leaderModel}
      >
        {leaderModels.map((value) => (
          <Radio key={value} value={value}>
            {tp(`leaderModel.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <HStack gap="space-16">
        <TextField
          id="details-statePositions"
          label={t("statePositions")}
          inputMode="decimal"
          value={statePositions}
          onChange={(ev) => setStatePositions(ev.target.value)}
          error={e.statePositions}
          htmlSize={8}
        />
        <TextField
          id="details-municipalPositions"
          label={t("municipalPositions")}
          inputMode="decimal"
          value={municipalPositions}
          onChange={(ev) => setMunicipalPositions(ev.target.value)}
          error={e.municipalPositions}
          htmlSize={8}
        />
      </HStack>
      <DateField
        id="details-agreementDate"
        label={t("agreementDate")}
        description={t("agreementDateDescription")}
        defaultValue={partnership.agreementDate}
        onChange={setAgreementDate}
        error={e.agreementDate}
      />
      <DateField
        id="details-agreementNextRevision"
        label={t("nextRevision")}
        defaultValue={partnership.agreementNextRevision}
        onChange={setNextRevision}
        error={e.agreementNextRevision}
      />
      <BodyShort size="small">{t("positionsHint")}</BodyShort>
    </FormShell>
  );
}
