/**
 * The named places roles hold in a partnership, beside the permission matrix (ADR 0002): which
 * owner seat on a plan a role fills, which role signs the lederavtale for which party, and whom
 * the start page asks to answer. These say *which* role, not *whether* it may; the matrix says that.
 */
import type { agreementParties } from "~/db/schema/enums";
import type { Role } from "~/lib/roles";

// --- Owner seats on the virksomhetsplan -----------------------------------------------

/**
 * An owner seat is one approval the plan needs: the state line ("stat") and each kommune
 * of the partnership ("kommune:<id>"). A vertskommune office has one seat per kommune.
 */
export type Seat = string;
export const STATE_SEAT = "stat";
export const kommuneSeat = (kommuneId: string): Seat => `kommune:${kommuneId}`;
export const requiredSeats = (kommuneIds: readonly string[]): Seat[] => [...kommuneIds.map(kommuneSeat), STATE_SEAT];

export interface OwnerRole {
  role: Role;
  /** The kommune a municipal role represents; null means the partnership's host kommune. */
  kommuneId: string | null;
}

const stateSeatRoles: readonly Role[] = ["fylkesdirektor", "fylkesstab"];
/** The roles that fill a kommune's seat: the one they represent (OwnerRole.kommuneId). */
export const municipalSeatRoles: readonly Role[] = ["kommunal_eier", "kommunal_delegat"];

/** The seats a person may fill: a fylke role fills the state seat, a municipal role its kommune's. */
export function seatsOf(roles: readonly OwnerRole[], hostKommuneId: string | null): Seat[] {
  const seats = new Set<Seat>();
  for (const { role, kommuneId } of roles) {
    if (stateSeatRoles.includes(role)) seats.add(STATE_SEAT);
    if (municipalSeatRoles.includes(role)) {
      const id = kommuneId ?? hostKommuneId;
      if (id) seats.add(kommuneSeat(id));
    }
  }
  return [...seats];
}

// --- Parties to the lederavtale ---------------------------------------------------------

export type AgreementParty = (typeof agreementParties)[number];

/** Who signs for each party, in the order the agreement lists them; stand-ins never sign. */
export const agreementSignatoryRoles = {
  kommune: "kommunal_eier",
  stat: "fylkesdirektor",
  kontor: "nav_leder",
} as const satisfies Record<AgreementParty, Role>;

// --- Whom the start page asks --------------------------------------------------------------

/** A network invitation is put to the Nav-leder and the rådmann holding the role in the partnership itself. */
export const networkInvitationAskedRoles = ["nav_leder", "kommunal_eier"] as const satisfies readonly Role[];

/** Taking over a samling's self-assessment is put to the partnership's own Nav-leder. */
export const isAskedToTransfer = (assignment: { role: Role; partnershipId: string | null }) =>
  assignment.role === "nav_leder" && assignment.partnershipId !== null;
