"use client";

import { Alert, Button, Heading, HStack } from "@navikt/ds-react";
import { PencilIcon } from "@navikt/aksel-icons";
import { lazy, Suspense, useState } from "react";
import { leaderModelLabels } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { formatDate, formatNumber } from "~/lib/format";

// The form opens on «Endre opplysninger»; its code is fetched then, not with the page (issue 18).
const DetailsForm = lazy(() => import("./details-form"));

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
