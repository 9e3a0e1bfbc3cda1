/**
 * The people most router tests need: Nav Grimstad in Agder with its Nav-leder, an avdelingsleder,
 * the rådmann, the fylkesdirektør, and the Nav-leder of another office who must be refused.
 */
import type { Database } from "~/db/connection";
import type { Role } from "~/lib/roles";
import { grantRole, makeFylke, makeKommune, makePartnership, makeUser } from "~/test/factories";

export type User = Awaited<ReturnType<typeof makeUser>>;

export const GRIMSTAD = "grimstad";

/** A person with one role. */
export async function person(db: Database, name: string, role: Role, scope: Parameters<typeof grantRole>[3]): Promise<User> {
  const user = await makeUser(db, { name });
  await grantRole(db, user.id, role, scope);
  return user;
}

export interface CastOptions {
  /** The other office: Nav Arendal in Agder unless it must sit in a fylke of its own. */
  other?: { slug: string; officeName: string; ownFylke?: { slug: string; name: string } };
}

export async function grimstadCast(db: Database, options: CastOptions = {}) {
  const fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  const grimstadId = (await makeKommune(db, fylkeId, { name: "Grimstad" })).id;
  const home = await makePartnership(db, fylkeId, { slug: GRIMSTAD, officeName: "Nav Grimstad", kommuneIds: [grimstadId] });
  const otherSpec = options.other ?? { slug: "arendal", officeName: "Nav Arendal" };
  const otherFylkeId = otherSpec.ownFylke ? (await makeFylke(db, otherSpec.ownFylke)).id : fylkeId;
  const other = await makePartnership(db, otherFylkeId, { slug: otherSpec.slug, officeName: otherSpec.officeName });
  return {
    fylkeId,
    otherFylkeId,
    grimstadId,
    home,
    other,
    leder: await person(db, "Nora Leder", "nav_leder", { partnershipId: home.id }),
    avdelingsleder: await person(db, "Anne Avdeling", "avdelingsleder", { partnershipId: home.id }),
    eier: await person(db, "Kari Eier", "kommunal_eier", { partnershipId: home.id, kommuneId: grimstadId }),
    direktor: await person(db, "Finn Fylke", "fylkesdirektor", { fylkeId }),
    outsider: await person(db, "Ola Arendal", "nav_leder", { partnershipId: other.id }),
  };
}
