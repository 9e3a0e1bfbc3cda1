import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { kommune, partnershipKommune, roleAssignment } from "~/db/schema";
import type { Malform } from "~/lib/i18n/locales";

/**
 * The målform of the kommune of a person's first partnership, as a subquery: the kommune they
 * represent there (a vertskommune office), else the office's host kommune. Null for a person with
 * no partnership role. Page requests read it with the session (server/auth/read-session.ts).
 */
export function firstPartnershipMalform(userId: AnyColumn | SQL): SQL<Malform | null> {
  return sql<Malform | null>`(
    select ${kommune.malform} from ${roleAssignment}
    join ${partnershipKommune} on ${partnershipKommune.partnershipId} = ${roleAssignment.partnershipId}
    join ${kommune} on ${kommune.id} = coalesce(${roleAssignment.kommuneId}, ${partnershipKommune.kommuneId})
    where ${roleAssignment.userId} = ${userId}
    order by ${roleAssignment.createdAt}, ${partnershipKommune.isHost} desc
    limit 1)`;
}
