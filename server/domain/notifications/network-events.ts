/**
 * A network's invitation to a partnership, raised by network/members.ts: put to the people the
 * start page asks to answer it (seats.ts, networkInvitationAskedRoles: the Nav-leder and the
 * rådmann holding the role in the partnership itself).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { network, partnership, roleAssignment } from "~/db/schema";
import { text } from "~/lib/i18n/text";
import { networkInvitationAskedRoles } from "~/server/domain/access/seats";
import type { Actor } from "~/server/domain/audit/record";
import { notify, type NotifyResult } from "./notify";

export async function networkInvitation(
  tx: Executor,
  actor: Actor,
  member: { id: string; networkId: string; partnershipId: string; invitedAt: Date },
): Promise<NotifyResult> {
  const [office] = await tx
    .select({ slug: partnership.slug, officeName: partnership.officeName })
    .from(partnership)
    .where(eq(partnership.id, member.partnershipId))
    .limit(1);
  const [net] = await tx.select({ name: network.name }).from(network).where(eq(network.id, member.networkId)).limit(1);
  if (!office || !net) return { notified: [], mailed: [] };
  const asked = (
    await tx
      .select({ userId: roleAssignment.userId })
      .from(roleAssignment)
      .where(and(eq(roleAssignment.partnershipId, member.partnershipId), inArray(roleAssignment.role, [...networkInvitationAskedRoles])))
      .orderBy(roleAssignment.userId)
  ).map((r) => r.userId);
  return notify(tx, actor, {
    kind: "network_invitation",
    recipientUserIds: asked,
    partnershipId: member.partnershipId,
    title: text("mail.network.invitationTitle", { office: office.officeName, network: net.name }),
    link: `/partnerskap/${office.slug}#nettverk`,
    // Invited again after a «nei» or leaving is a new invitation.
    dedupeKey: `network-invitation.${member.id}.${member.invitedAt.getTime()}`,
    intro: text("mail.network.invitationIntro"),
    reason: text("mail.network.invitationReason", { office: office.officeName }),
  });
}
