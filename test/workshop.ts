/** A network with two member offices and a samling in live mode, for the live workshop's tests. */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { gathering, workshopTask } from "~/db/schema";
import {
  makeFylke,
  makeGathering,
  makeNetwork,
  makeNetworkFacilitator,
  makeNetworkMember,
  makePartnership,
  makePersonWithRole,
} from "~/test/factories";
import { joinWorkshop, participantByToken, setLive } from "~/server/domain/workshop/live";
import { addTask, setTaskStatus } from "~/server/domain/workshop/tasks";
import { networkScope } from "~/server/domain/scope";
import type { RoleGroup, WorkshopTaskKind } from "~/lib/workshop/labels";

/** `suffix` tells a second network's slugs apart ("-b": agder-b, arendal-b, …). */
export function liveSamling(db: Database, suffix = "") {
  const fylke = makeFylke(db, { slug: `agder${suffix}`, name: `Agder${suffix}` });
  const arendal = makePartnership(db, fylke.id, { slug: `arendal${suffix}`, officeName: `Nav Arendal${suffix}` });
  const grimstad = makePartnership(db, fylke.id, { slug: `grimstad${suffix}`, officeName: `Nav Grimstad${suffix}` });
  /** Not in the network. */
  const lillesand = makePartnership(db, fylke.id, { slug: `lillesand${suffix}`, officeName: `Nav Lillesand${suffix}` });
  const net = makeNetwork(db, { slug: `agder-pilot${suffix}`, name: `Pilotnettverket i Agder${suffix}` });
  const facilitator = makeNetworkFacilitator(db, net.id);
  makeNetworkMember(db, net.id, arendal.id);
  makeNetworkMember(db, net.id, grimstad.id);
  const created = makeGathering(db, net.id, { title: "Samling 1", startsOn: "2018-04-17", endsOn: "2018-04-18", place: "Kristiansand" });
  const actor = { userId: facilitator.id };
  const scope = networkScope(db, facilitator.id, net, { isFacilitator: true, ownPartnershipIds: [] });
  const opened = setLive(scope, { gatheringId: created.id, version: created.version, open: true });

  const current = () => db.select().from(gathering).where(eq(gathering.id, created.id)).get()!;
  const task = (id: string) => db.select().from(workshopTask).where(eq(workshopTask.id, id)).get()!;

  /** Adds a task and opens it. */
  function openTask(kind: WorkshopTaskKind, statements?: string[]) {
    const added = addTask(scope, { gatheringId: created.id, kind, ...(statements ? { statements } : {}) });
    return setTaskStatus(scope, { gatheringId: created.id, taskId: added.id, version: added.version, status: "apen" });
  }

  function closeTask(id: string) {
    const row = task(id);
    return setTaskStatus(scope, { gatheringId: created.id, taskId: id, version: row.version, status: "lukket" });
  }

  /** A named guest of the office (or of fylke without one), as the participant row answers are submitted with. */
  function guest(name: string, roleGroup: RoleGroup, partnershipId: string | null) {
    const joined = joinWorkshop(db, null, { code: current().joinCode!, name, roleGroup, partnershipId });
    return { ...participantByToken(db, joined.token), token: joined.token };
  }

  return {
    fylke,
    arendal,
    grimstad,
    lillesand,
    network: net,
    facilitator,
    actor,
    /** The facilitator's network scope, as networkFacilitatorProcedure builds it. */
    scope,
    gatheringId: created.id,
    code: opened.joinCode!,
    current,
    task,
    openTask,
    closeTask,
    guest,
    navLeder: (partnershipId: string) => makePersonWithRole(db, "nav_leder", { partnershipId }),
  };
}

export type LiveSamling = ReturnType<typeof liveSamling>;
