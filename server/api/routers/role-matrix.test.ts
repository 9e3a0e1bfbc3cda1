/**
 * The whole role matrix, walked: every mutation × every role. Each mutation is classified once
 * below; a new mutation fails this test until it is. For the partnership's mutations, a role the
 * matrix refuses is turned away before its input is even read (FORBIDDEN, nothing written), and a
 * role it allows gets past the role check (to input validation, with the probe's empty input).
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makeKommune, makePartnership, makeUser } from "~/test/factories";
import { callerFor, refusal } from "~/test/caller";
import { can, refusals, type PartnershipPermission } from "~/server/domain/access/permissions";
import type { Role } from "~/lib/roles";
import { renderText } from "~/lib/i18n/text";
import { appRouter } from "~/server/api/root";

type Rule =
  | { permission: PartnershipPermission }
  /** Outside any partnership: its own scope (a network's facilitators, a fylke, administrators, oneself, anyone). */
  | { scope: "network" | "fylke" | "admin" | "own account" | "anyone" }
  /** The person a follow-up is assigned to, or those who manage meetings. */
  | { assigneeOr: PartnershipPermission };

const p = (permission: PartnershipPermission): Rule => ({ permission });

const matrix: Record<string, Rule> = {
  "partnership.updateDetails": p("partnership:edit"),
  "partnership.updateAgreementPoint": p("partnership:edit"),
  "partnership.setServiceEnabled": p("partnership:edit"),
  "partnership.addCustomService": p("partnership:edit"),
  "partnership.removeCustomService": p("partnership:edit"),

  "businessPlan.create": p("businessPlan:manage"),
  "businessPlan.updateGeneral": p("businessPlan:manage"),
  "businessPlan.send": p("businessPlan:manage"),
  "businessPlan.withdraw": p("businessPlan:manage"),
  "businessPlan.publish": p("businessPlan:manage"),
  "businessPlan.newVersion": p("businessPlan:manage"),
  "businessPlan.setPublicNames": p("businessPlan:manage"),
  // Activities and indicators; foundations, satsingsområder and goals need plan.manage (checked by kind).
  "businessPlan.addItem": p("businessPlan:contribute"),
  "businessPlan.updateItem": p("businessPlan:contribute"),
  "businessPlan.removeItem": p("businessPlan:contribute"),
  "businessPlan.moveItem": p("businessPlan:contribute"),
  "businessPlan.setActivityStatus": p("businessPlan:contribute"),
  "businessPlan.setIndicatorValue": p("businessPlan:contribute"),
  // An import may add satsingsområder and goals, so it is the editors'.
  "businessPlan.previewImport": p("businessPlan:manage"),
  "businessPlan.confirmImport": p("businessPlan:manage"),
  "businessPlan.decide": p("businessPlan:approve"),
  "businessPlan.addComment": p("businessPlan:comment"),
  "businessPlan.resolveComment": p("businessPlan:comment"),

  "annualCycle.start": p("annualCycle:edit"),
  "annualCycle.addEvent": p("annualCycle:edit"),
  "annualCycle.updateEvent": p("annualCycle:edit"),
  "annualCycle.moveEvent": p("annualCycle:edit"),
  "annualCycle.removeEvent": p("annualCycle:edit"),
  "annualCycle.subscribe": { scope: "own account" },
  "annualCycle.unsubscribe": { scope: "own account" },
  "annualCycle.addTemplateEvent": { scope: "fylke" },
  "annualCycle.updateTemplateEvent": { scope: "fylke" },
  "annualCycle.removeTemplateEvent": { scope: "fylke" },

  "meeting.create": p("meeting:manage"),
  "meeting.update": p("meeting:manage"),
  "meeting.sendInvitation": p("meeting:manage"),
  "meeting.cancel": p("meeting:manage"),
  "meeting.addAgendaItem": p("meeting:manage"),
  "meeting.updateAgendaItem": p("meeting:manage"),
  "meeting.moveAgendaItem": p("meeting:manage"),
  "meeting.removeAgendaItem": p("meeting:manage"),
  "meeting.saveMinutes": p("meeting:manage"),
  "meeting.setAttendance": p("meeting:manage"),
  "meeting.addDecision": p("meeting:manage"),
  "meeting.updateDecision": p("meeting:manage"),
  "meeting.removeDecision": p("meeting:manage"),
  "meeting.addFollowUp": p("meeting:manage"),
  "meeting.updateFollowUp": p("meeting:manage"),
  "meeting.removeFollowUp": p("meeting:manage"),
  "meeting.sendMinutes": p("meeting:manage"),
  "meeting.withdrawMinutes": p("meeting:manage"),
  "meeting.addCorrection": p("meeting:manage"),
  "meeting.approveMinutes": p("minutes:approve"),
  "meeting.remarkMinutes": p("minutes:approve"),
  "meeting.setFollowUpStatus": { assigneeOr: "meeting:manage" },

  "leaderAgreement.create": p("leaderAgreement:edit"),
  "leaderAgreement.updateText": p("leaderAgreement:edit"),
  "leaderAgreement.editDuty": p("leaderAgreement:edit"),
  "leaderAgreement.startAmendment": p("leaderAgreement:edit"),
  "leaderAgreement.sign": p("leaderAgreement:sign"),
  "leaderAgreement.withdrawSignature": p("leaderAgreement:sign"),

  "mulighetsrom.create": p("assessment:manage"),
  "mulighetsrom.updateDetails": p("assessment:manage"),
  "mulighetsrom.addParticipants": p("assessment:manage"),
  "mulighetsrom.setOpen": p("assessment:manage"),
  "mulighetsrom.setStatuses": p("assessment:manage"),
  "mulighetsrom.setPriorities": p("assessment:manage"),
  "mulighetsrom.updateAreaNotes": p("assessment:manage"),
  "mulighetsrom.startPlan": p("assessment:manage"),
  "mulighetsrom.updatePlan": p("assessment:manage"),
  "mulighetsrom.addAction": p("assessment:manage"),
  "mulighetsrom.updateAction": p("assessment:manage"),
  "mulighetsrom.removeAction": p("assessment:manage"),
  "mulighetsrom.moveAction": p("assessment:manage"),
  "mulighetsrom.saveAnswer": p("assessment:answer"),
  "mulighetsrom.submit": p("assessment:answer"),

  "network.respond": p("network:membership"),
  "network.updateSharing": p("network:membership"),
  "network.leave": p("network:membership"),
  "workshop.transfer": p("assessment:manage"),
  "network.create": { scope: "own account" },
  "network.update": { scope: "network" },
  "network.addFacilitator": { scope: "network" },
  "network.removeFacilitator": { scope: "network" },
  "network.invite": { scope: "network" },
  "network.withdraw": { scope: "network" },
  "network.createGathering": { scope: "network" },
  "network.updateGathering": { scope: "network" },
  "network.removeGathering": { scope: "network" },
  "network.addProgrammeItem": { scope: "network" },
  "network.updateProgrammeItem": { scope: "network" },
  "network.removeProgrammeItem": { scope: "network" },
  "workshop.setLive": { scope: "network" },
  "workshop.addTask": { scope: "network" },
  "workshop.updateTask": { scope: "network" },
  "workshop.setTaskStatus": { scope: "network" },
  "workshop.setResultsVisible": { scope: "network" },
  "workshop.moveTask": { scope: "network" },
  "workshop.removeTask": { scope: "network" },
  "workshop.addTheme": { scope: "network" },
  "workshop.removeTheme": { scope: "network" },
  "workshop.assignTheme": { scope: "network" },
  "workshop.join": { scope: "anyone" },
  "workshop.submit": { scope: "anyone" },

  "admin.createPartnership": { scope: "admin" },
  "admin.addKommune": { scope: "admin" },
  "admin.invite": { scope: "admin" },
  "admin.revokeInvitation": { scope: "admin" },
  "admin.deactivate": { scope: "admin" },
  "admin.reactivate": { scope: "admin" },
  "admin.setKommuneMalform": { scope: "admin" },
  "invitation.accept": { scope: "anyone" },
  "notification.markRead": { scope: "own account" },
  "notification.markAllRead": { scope: "own account" },
  "notification.setDelivery": { scope: "own account" },
  "mail.resend": { scope: "admin" },
  "account.endSession": { scope: "own account" },
};

const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures;
const mutations = Object.entries(procedures)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path)
  .sort();

const partnershipRoles = ["nav_leder", "avdelingsleder", "kommunal_eier", "kommunal_delegat", "fylkesdirektor", "fylkesstab"] as const;
const outsideRoles = ["fasilitator", "admin"] as const;

let db: Database;
const people = new Map<Role, { id: string; name: string; email: string }>();

beforeEach(async () => {
  db = await createTestDatabase();
  const fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  const kommuneId = (await makeKommune(db, fylkeId, { name: "Grimstad" })).id;
  const partnershipId = (await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad", kommuneIds: [kommuneId] })).id;
  people.clear();
  for (const role of [...partnershipRoles, ...outsideRoles]) {
    const user = await makeUser(db, { name: role, email: `${role}@test.no` });
    const scope =
      role === "fylkesdirektor" || role === "fylkesstab"
        ? { fylkeId }
        : role === "kommunal_eier" || role === "kommunal_delegat"
          ? { partnershipId, kommuneId }
          : role === "fasilitator" || role === "admin"
            ? {}
            : { partnershipId };
    await grantRole(db, user.id, role, scope);
    people.set(role, user);
  }
});

/** Calls the mutation at this path as the person, with only the partnership named. */
function probe(path: string, role: Role) {
  const caller = callerFor(db, people.get(role)!) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [area, name] = path.split(".") as [string, string];
  return refusal(caller[area]![name]!({ partnership: "grimstad" }));
}

describe("the role matrix over every mutation", () => {
  it("classifies every mutation the app has", () => {
    expect(mutations).toEqual(Object.keys(matrix).sort());
  });

  const partnershipMutations = Object.entries(matrix).flatMap(([path, rule]) => ("permission" in rule ? [[path, rule.permission] as const] : []));

  it.each(partnershipMutations)("%s: allowed for the roles with %s, refused for the rest before anything is read", async (path, permission) => {
    const auditBefore = (await db.select().from(auditEvent)).length;
    for (const role of partnershipRoles) {
      const result = await probe(path, role);
      if (can([role], permission)) {
        expect({ role, code: result.code }).not.toEqual({ role, code: "FORBIDDEN" });
      } else {
        expect({ role, ...result }).toEqual({ role, code: "FORBIDDEN", messages: [renderText(refusals[permission], "nb")] });
      }
    }
    for (const role of outsideRoles) {
      expect({ role, ...(await probe(path, role)) }).toEqual({ role, code: "FORBIDDEN", messages: ["Du har ingen rolle i dette partnerskapet."] });
    }
    expect(await db.select().from(auditEvent)).toHaveLength(auditBefore);
  });

  it("lets the assignee of a follow-up (any role) or a meeting manager change its status", async () => {
    for (const role of partnershipRoles) {
      // Past the role check for everyone; the domain decides by assignment (moter.test.ts).
      expect((await probe("meeting.setFollowUpStatus", role)).code).toBe("BAD_REQUEST");
    }
  });
});
