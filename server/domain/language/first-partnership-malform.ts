import { sql, type SQL } from "drizzle-orm";
import type { Malform } from "~/lib/i18n/locales";

/**
 * The målform of the kommune of a person's first partnership, as a subquery on the person's row
 * (`"user"."id"`): the kommune they represent there (a vertskommune office), else the office's
 * host kommune. Null for a person with no partnership role. Page requests read it with the session
 * (server/auth/read-session.ts). Written with aliases, since Drizzle leaves column names in a
 * select's `sql` unqualified, and a subquery over three tables needs them qualified.
 */
export function firstPartnershipMalform(): SQL<Malform | null> {
  return sql<Malform | null>`(
    select k.malform from role_assignment ra
    join partnership_kommune pk on pk.partnership_id = ra.partnership_id
    join kommune k on k.id = coalesce(ra.kommune_id, pk.kommune_id)
    where ra.user_id = "user"."id"
    order by ra.created_at, pk.is_host desc
    limit 1)`;
}
