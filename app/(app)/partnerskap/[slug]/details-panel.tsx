"use client";

import { Alert, Button, Heading, HStack } from "@navikt/ds-react";
import { PencilIcon } from "@navikt/aksel-icons";
import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { formatDate, formatNumber } from "~/lib/format";

// The form opens on «Endre opplysninger»; its code is fetched then, not with the page (issue 18).
const DetailsForm = lazy(() => import("./details-form"));

type Props = { partnership: PartnershipOverview; canEdit: boolean };

export function DetailsPanel({ partnership, canEdit }: Props) {
  const t = useTranslations("partnership.details");
  const tp = useTranslations("partnership");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const hosts = partnership.kommuner.length > 1;

  return (
    <section aria-labelledby="om-heading">
      <HStack justify="space-between" align="center" className="mb-3">
        <Heading id="om-heading" level="2" size="medium">
          {t("heading")}
        </Heading>
        {canEdit && !editing && (
          <Button variant="secondary" size="small" icon={<PencilIcon aria-hidden />} onClick={() => { setEditing(true); setSavedNotice(false); }}>
            {t("edit")}
          </Button>
        )}
      </HStack>
      {savedNotice && (
        <Alert variant="success" size="small" className="mb-4" role="status">
          {t("saved")}
        </Alert>
      )}
      {editing ? (
        <Suspense fallback={null}>
          <DetailsForm
            partnership={partnership}
            onDone={(saved) => {
              setEditing(false);
              setSavedNotice(saved);
            }}
          />
        </Suspense>
      ) : (
        <dl className="grid grid-cols-1 gap-x-8 gap-y-3 ax-md:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">{t("office")}</dt>
          <dd>{partnership.officeName}</dd>
          <dt className="font-semibold">{t("fylke")}</dt>
          <dd>{partnership.fylke.name}</dd>
          <dt className="font-semibold">{hosts ? t("kommunerHost") : t("kommune")}</dt>
          <dd>
            {partnership.kommuner
              .map((k) => (hosts && k.isHost ? t("host", { name: k.name }) : k.name))
              .join(", ")}
          </dd>
          <dt className="font-semibold">{t("leaderModel")}</dt>
          <dd>{tp(`leaderModel.${partnership.leaderModel}`)}</dd>
          <dt className="font-semibold">{t("positions")}</dt>
          <dd>
            {t("positionsValue", { state: formatNumber(partnership.statePositions, locale), municipal: formatNumber(partnership.municipalPositions, locale) })}
          </dd>
          <dt className="font-semibold">{t("agreement")}</dt>
          <dd>
            {t("agreementValue", { date: formatDate(partnership.agreementDate, locale), revision: formatDate(partnership.agreementNextRevision, locale) })}
          </dd>
        </dl>
      )}
    </section>
  );
}
