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
export async function liveSamling(db: Database, suffix = "") {
  const fylke = await makeFylke(db, { slug: `agder${suffix}`, name: `Agder${suffix}` });
  const arendal = await makePartnership(db, fylke.id, { slug: `arendal${suffix}`, officeName: `Nav Arendal${suffix}` });
  const grimstad = await makePartnership(db, fylke.id, { slug: `grimstad${suffix}`, officeName: `Nav Grimstad${suffix}` });
  /** Not in the network. */
  const lillesand = await makePartnership(db, fylke.id, { slug: `lillesand${suffix}`, officeName: `Nav Lillesand${suffix}` });
  const net = await makeNetwork(db, { slug: `agder-pilot${suffix}`, name: `Pilotnettverket i Agder${suffix}` });
  const facilitator = await makeNetworkFacilitator(db, net.id);
  await makeNetworkMember(db, net.id, arendal.id);
  await makeNetworkMember(db, net.id, grimstad.id);
  const created = await makeGathering(db, net.id, { title: "Samling 1", startsOn: "2018-04-17", endsOn: "2018-04-18", place: "Kristiansand" });
  const actor = { userId: facilitator.id };
  const scope = networkScope(db, facilitator.id, net, { isFacilitator: true, ownPartnershipIds: [] });
  const opened = await setLive(scope, { gatheringId: created.id, version: created.version, open: true });

  const current = async () => (await db.select().from(gathering).where(eq(gathering.id, created.id)).limit(1))[0]!;
  const task = async (id: string) => (await db.select().from(workshopTask).where(eq(workshopTask.id, id)).limit(1))[0]!;

  /** Adds a task and opens it. */
  async function openTask(kind: WorkshopTaskKind, statements?: string[]) {
    const added = await addTask(scope, { gatheringId: created.id, kind, ...(statements ? { statements } : {}) });
    return await setTaskStatus(scope, { gatheringId: created.id, taskId: added.id, version: added.version, status: "apen" });
  }

  async function closeTask(id: string) {
    const row = await task(id);
    return await setTaskStatus(scope, { gatheringId: created.id, taskId: id, version: row.version, status: "lukket" });
  }

  /** A named guest of the office (or of fylke without one), as the participant row answers are submitted with. */
  async function guest(name: string, roleGroup: RoleGroup, partnershipId: string | null) {
    const joined = await joinWorkshop(db, null, { code: (await current()).joinCode!, name, roleGroup, partnershipId });
    return { ...(await participantByToken(db, joined.token)), token: joined.token };
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

export type LiveSamling = Awaited<ReturnType<typeof liveSamling>>;
