import { BodyShort } from "@navikt/ds-react/Typography";
import { useLocale, useTranslations } from "next-intl";
import { abilitiesIn, abilitySentence, type AbilityArea } from "~/server/domain/access/abilities";
import type { PermissionSet } from "~/server/domain/access/permissions";

/** What the person's role lets them do on this page, in the same terms the server enforces. */
export function RoleNote({ permissions, area }: { permissions: PermissionSet; area: AbilityArea }) {
  const locale = useLocale();
  return (
    <BodyShort size="small" className="text-ax-text-neutral-subtle" data-testid="role-note">
      {abilitySentence(permissions, area, locale)}
    </BodyShort>
  );
}

/** The overview's full list: everything the person may do in the partnership, and that the rest is for reading. */
export function RoleAbilities({ permissions }: { permissions: PermissionSet }) {
  const t = useTranslations("shell.roles");
  const locale = useLocale();
  const abilities = abilitiesIn(permissions, undefined, locale);
  if (abilities.length === 0) {
    return (
      <BodyShort size="small" className="mt-2">
        {t("readOnly")}
      </BodyShort>
    );
  }
  return (
    <div className="mt-2 max-w-prose">
      <BodyShort size="small">{t("canDo")}</BodyShort>
      <ul className="m-0 mt-1 list-disc pl-6 text-ax-text-neutral text-sm">
        {abilities.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <BodyShort size="small" className="mt-1">
        {t("restReadable")}
      </BodyShort>
    </div>
  );
}
