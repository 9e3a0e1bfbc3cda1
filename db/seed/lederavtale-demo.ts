/**
 * Lederavtale demo data for the Agder partnerships, as things stand in late
 * autumn 2026: Grimstad signed its 2026 agreement in January and has drafted
 * 2027's from it, unsigned (the end-to-end test has the three parties sign it).
 * A few others are some way with 2026's, so the fylke view (which shows the
 * current year) has every state: Grimstad and Vennesla signed, Froland two of
 * three signatures (the fylkesdirektør's is missing), Arendal the Nav-leder's
 * only, Kvinesdal an unsigned draft, and the other six none.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { leaderAgreementVersion, partnership } from "~/db/schema";
import { seedAgreement, type SeedAgreement } from "./agreement-builder";

/** A time of day in Oslo in winter (UTC+1), which every date below is. */
const oslo = (isoDate: string, time: string) => new Date(`${isoDate}T${time}:00+01:00`);

export const demoAgreements: readonly (SeedAgreement & { slug: string })[] = [
  {
    slug: "grimstad",
    year: 2026,
    basis: "mal",
    draftedAt: oslo("2026-01-12", "09:30"),
    place: "Grimstad",
    signingDate: "2026-01-20",
    signatures: [
      { party: "kontor", at: oslo("2026-01-20", "14:05") },
      { party: "kommune", at: oslo("2026-01-21", "08:40") },
      { party: "stat", at: oslo("2026-01-22", "11:15") },
    ],
  },
  { slug: "grimstad", year: 2027, basis: "forrige", draftedAt: oslo("2026-11-16", "10:00") },
  {
    slug: "vennesla",
    year: 2026,
    basis: "mal",
    draftedAt: oslo("2026-01-26", "13:00"),
    place: "Vennesla",
    signingDate: "2026-02-05",
    signatures: [
      { party: "kontor", at: oslo("2026-02-05", "09:10") },
      { party: "kommune", at: oslo("2026-02-05", "15:30") },
      { party: "stat", at: oslo("2026-02-06", "10:20") },
    ],
  },
  {
    slug: "froland",
    year: 2026,
    basis: "mal",
    draftedAt: oslo("2026-02-02", "12:00"),
    place: "Froland",
    signingDate: "2026-02-12",
    signatures: [
      { party: "kontor", at: oslo("2026-02-12", "09:00") },
      { party: "kommune", at: oslo("2026-02-13", "13:45") },
    ],
  },
  {
    slug: "arendal",
    year: 2026,
    basis: "mal",
    draftedAt: oslo("2026-10-26", "08:30"),
    place: "Arendal",
    signingDate: "2026-11-19",
    signatures: [{ party: "kontor", at: oslo("2026-11-19", "10:00") }],
  },
  { slug: "kvinesdal", year: 2026, basis: "mal", draftedAt: oslo("2026-11-18", "14:00") },
];

/**
 * Seeds the demo agreements into partnerships that have none yet (a partnership
 * with any lederavtale version, seeded or made in the demo, is left alone). Call
 * inside the demo seed's transaction, after the people exist.
 */
export async function seedLederavtaleDemo(db: Database) {
  const bySlug = new Map<string, (typeof demoAgreements)[number][]>();
  for (const a of demoAgreements) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);

  for (const [slug, list] of bySlug) {
    const [target] = await db
      .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
      .from(partnership)
      .where(eq(partnership.slug, slug))
      .limit(1);
    if (!target) continue;
    const [existing] = await db
      .select({ id: leaderAgreementVersion.id })
      .from(leaderAgreementVersion)
      .where(eq(leaderAgreementVersion.partnershipId, target.id))
      .limit(1);
    if (existing) continue;
    // Oldest year first: "forrige" builds on it.
    for (const spec of list.toSorted((a, b) => a.year - b.year)) await seedAgreement(db, target, spec);
  }
}
