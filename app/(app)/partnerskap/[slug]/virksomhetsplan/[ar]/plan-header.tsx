import { BodyLong, Heading } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RoleNote } from "~/app/_components/role-note";
import type { PermissionSet } from "~/server/domain/access/permissions";

/** The year's heading with links to the years around it, and what the viewer's role may do. */
export function PlanHeader({ slug, year, permissions }: { slug: string; year: number; permissions: PermissionSet }) {
  const t = useTranslations("plan.page");
  return (
    <div>
      <HStack gap="space-16" className="mb-2">
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year - 1}`}>{t("previousYear", { year: year - 1 })}</Link>
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year + 1}`}>{t("nextYear", { year: year + 1 })}</Link>
      </HStack>
      <Heading level="1" size="xlarge" spacing>
        {t("heading", { year })}
      </Heading>
      <BodyLong className="max-w-prose">
        {t("intro")}
      </BodyLong>
      <RoleNote permissions={permissions} area="virksomhetsplan" />
    </div>
  );
}
