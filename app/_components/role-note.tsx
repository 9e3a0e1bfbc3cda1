import { BodyShort } from "@navikt/ds-react/Typography";
import { abilitiesIn, abilitySentence, type AbilityArea } from "~/server/domain/access/abilities";
import type { PermissionSet } from "~/server/domain/access/permissions";

/** What the person's role lets them do on this page, in the same terms the server enforces. */
export function RoleNote({ permissions, area }: { permissions: PermissionSet; area: AbilityArea }) {
  return (
    <BodyShort size="small" className="text-ax-text-neutral-subtle" data-testid="role-note">
      {abilitySentence(permissions, area)}
    </BodyShort>
  );
}

/** The overview's full list: everything the person may do in the partnership, and that the rest is for reading. */
export function RoleAbilities({ permissions }: { permissions: PermissionSet }) {
  const abilities = abilitiesIn(permissions);
  if (abilities.length === 0) {
    return <BodyShort size="small" className="mt-2">Med din rolle kan du lese alt i partnerskapet, men ikke endre noe.</BodyShort>;
  }
  return (
    <div className="mt-2 max-w-prose">
      <BodyShort size="small">Med din rolle kan du</BodyShort>
      <ul className="m-0 mt-1 list-disc pl-6 text-ax-text-neutral text-sm">
        {abilities.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <BodyShort size="small" className="mt-1">
        Alt annet i partnerskapet kan du lese.
      </BodyShort>
    </div>
  );
}
