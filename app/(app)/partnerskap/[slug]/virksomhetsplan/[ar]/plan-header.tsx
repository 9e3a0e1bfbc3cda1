import { BodyLong, Heading } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { RoleNote } from "~/app/_components/role-note";
import type { PermissionSet } from "~/server/domain/access/permissions";

/** The year's heading with links to the years around it, and what the viewer's role may do. */
export function PlanHeader({ slug, year, permissions }: { slug: string; year: number; permissions: PermissionSet }) {
  return (
    <div>
      <HStack gap="space-16" className="mb-2">
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year - 1}`}>← {year - 1}</Link>
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year + 1}`}>{year + 1} →</Link>
      </HStack>
      <Heading level="1" size="xlarge" spacing>
        Felles virksomhetsplan {year}
      </Heading>
      <BodyLong className="max-w-prose">
        Én plan for hele kontoret, med mål fra både den statlige og den kommunale styringslinjen. Hvert mål og hver indikator viser
        hvor det kommer fra. Nav-lederen skriver planen; kommunen og Nav fylke godkjenner den.
      </BodyLong>
      <RoleNote permissions={permissions} area="virksomhetsplan" />
    </div>
  );
}
