import { asc, count, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { fylke, kommune, partnership } from "~/db/schema";
import { listPartnershipKommuner } from "~/server/domain/partnership/overview";

export const ADMIN_PAGE_SIZE = 25;

/** The admin's list of partnerships, a page at a time. */
export async function listPartnershipsPage(db: Executor, page: number) {
  const [counted] = await db.select({ n: count() }).from(partnership);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db
    .select({
      id: partnership.id,
      slug: partnership.slug,
      officeName: partnership.officeName,
      fylkeId: partnership.fylkeId,
      fylkeName: fylke.name,
    })
    .from(partnership)
    .innerJoin(fylke, eq(fylke.id, partnership.fylkeId))
    .orderBy(asc(fylke.name), asc(partnership.officeName))
    .limit(ADMIN_PAGE_SIZE)
    .offset((current - 1) * ADMIN_PAGE_SIZE);
  const kommuner = await listPartnershipKommuner(db, rows.map((r) => r.id));
  return {
    total,
    page: current,
    pageCount,
    partnerships: rows.map((r) => ({ ...r, kommuner: kommuner.get(r.id) ?? [] })),
  };
}

/** Fylker with their kommuner, for the admin's pickers. */
export async function listFylkerWithKommuner(db: Executor) {
  const fylker = await db.select({ id: fylke.id, name: fylke.name, slug: fylke.slug }).from(fylke).orderBy(asc(fylke.name));
  const kommuner = await db
    .select({ id: kommune.id, name: kommune.name, number: kommune.number, fylkeId: kommune.fylkeId })
    .from(kommune)
    .orderBy(asc(kommune.name));
  return fylker.map((f) => ({ ...f, kommuner: kommuner.filter((k) => k.fylkeId === f.id) }));
}
