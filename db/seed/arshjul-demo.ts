/**
 * Årshjul demo data, built through the domain (server/domain/annual-cycle): Nav Agder's template
 * (the default with a felles ledersamling in September and a few words of its own), and Nav
 * Grimstad's wheels for 2026 and 2027 started from it, each with some events of its own and one
 * template event changed locally. Idempotent: the template is adjusted only while Agder has none,
 * and a year is filled only when this run starts it, so re-runs and changes made in the demo stay.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { businessPlan, cycleEvent, cycleTemplateEvent, fylke, partnership } from "~/db/schema";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import { DEFAULT_TEMPLATE } from "~/server/domain/annual-cycle/default-template";
import { addEvent, moveEvent, updateEvent, type EventFields } from "~/server/domain/annual-cycle/events";
import { addTemplateEvent, isYearStarted, startYear, updateTemplateEvent } from "~/server/domain/annual-cycle/template";
import { partnershipScope } from "~/server/domain/scope";
import { agderFylkesdirektor, agderPartnerships } from "./agder";
import { auditMark, backdateAudit } from "./assessment-builder";

const grimstad = agderPartnerships.find((p) => p.slug === "grimstad")!;

type Own = Omit<EventFields, "link"> & { linkPlanYear?: number };

const date = (startDate: string) => ({ dateKind: "dato" as const, startDate, endDate: null, month: null });
const period = (startDate: string, endDate: string) => ({ dateKind: "periode" as const, startDate, endDate, month: null });

const ownEvents: Record<number, Own[]> = {
  2026: [
    {
      title: "Orientering i hovedutvalg for helse og omsorg",
      category: "politikk",
      when: date("2026-05-27"),
      responsible: "Kari Nordmo og kommunalsjef Randi Birkeland",
      description: "Status for ungdomsløftet og tallene fra første tertial.",
    },
    {
      title: "Fagdag om ungdom og arbeid",
      category: "utvikling",
      when: date("2026-11-12"),
      responsible: "Avdelingsleder oppfølging",
      description: "For hele kontoret, med næringslivet i Grimstad og oppfølgingstjenesten i fylkeskommunen.",
    },
  ],
  2027: [
    {
      title: "Arbeidsmøter om virksomhetsplanen for 2028",
      category: "plan_styring",
      when: period("2027-11-15", "2027-12-10"),
      responsible: "Nav-lederen og ledergruppen",
      description: "Utkastet bygger på prioriteringene fra høstmøtet.",
      linkPlanYear: 2027,
    },
    {
      title: "Nytt saksbehandlingssystem for sosiale tjenester tas i bruk",
      category: "utvikling",
      when: period("2027-12-01", "2028-01-31"),
      responsible: "Avdelingsleder oppfølging",
      description: "Opplæring i desember, i drift fra januar.",
    },
    {
      title: "Budsjettseminar for kommunestyret",
      category: "politikk",
      when: date("2027-11-24"),
      responsible: "Kommunedirektøren",
      description: "Nav-lederen presenterer konsekvensene av budsjettforslaget for de kommunale tjenestene.",
    },
  ],
};

/** One template event per year that Grimstad has changed itself (so template changes pass it by). */
const customised: Record<number, { key: string; when: EventFields["when"]; responsible?: string }> = {
  2026: { key: "medarbeidersamtale", when: date("2026-11-18"), responsible: "Kommunedirektør Per Haugland, forankret med fylkesdirektøren" },
  2027: { key: "lederavtale", when: period("2027-01-11", "2027-02-12") },
};

export async function seedArshjulDemo(db: Database) {
  const [agder] = await db.select().from(fylke).where(eq(fylke.slug, "agder")).limit(1);
  const [home] = await db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.slug, grimstad.slug))
    .limit(1);
  const director = await findUserByEmail(db, agderFylkesdirektor.email);
  const leader = await findUserByEmail(db, grimstad.navLeder.email);
  if (!agder || !home || !director || !leader) return;

  // Audit rows are moved to when the work was done, so the demo's "Siste endringer" stay the partnership's own.
  const templateMark = auditMark();
  const [hasTemplate] = await db.select({ id: cycleTemplateEvent.id }).from(cycleTemplateEvent).where(eq(cycleTemplateEvent.fylkeId, agder.id)).limit(1);
  if (!hasTemplate) {
    const fylkesdirektor = { userId: director.id };
    await addTemplateEvent(db, fylkesdirektor, agder.id, {
      fields: {
        title: "Felles ledersamling i Nav Agder",
        category: "utvikling",
        month: 9,
        day: 16,
        endMonth: 9,
        endDay: 17,
        responsible: "Nav Agder",
        description: "For Nav-ledere og kommunalsjefer i fylket: erfaringer fra partnerskapene og felles satsinger.",
      },
    });
    const politisk = DEFAULT_TEMPLATE.find((e) => e.key === "politisk-orientering")!;
    const { key: _key, ...fields } = politisk;
    await updateTemplateEvent(db, fylkesdirektor, agder.id, {
      key: politisk.key,
      version: 1,
      fields: { ...fields, month: 2, responsible: "Kommunedirektøren og Nav-lederen; Nav Agder deltar ved behov" },
    });
    await backdateAudit(db, templateMark, new Date("2025-11-20T09:00:00Z"));
  }

  const navleder = partnershipScope(db, leader.id, home, await loadPartnershipAccess(db, leader.id, home));
  for (const year of [2026, 2027]) {
    if (await isYearStarted(db, home.id, year)) continue;
    const yearMark = auditMark();
    await startYear(navleder, { year });

    const plan = await db.select({ id: businessPlan.id, year: businessPlan.year }).from(businessPlan).where(eq(businessPlan.partnershipId, home.id));
    for (const { linkPlanYear, ...fields } of ownEvents[year] ?? []) {
      const linked = linkPlanYear ? plan.find((p) => p.year === linkPlanYear) : undefined;
      await addEvent(navleder, { year, fields: { ...fields, link: linked ? { kind: "virksomhetsplan", id: linked.id } : null } });
    }

    const change = customised[year];
    const [copy] = change
      ? await db
          .select()
          .from(cycleEvent)
          .where(and(eq(cycleEvent.partnershipId, home.id), eq(cycleEvent.year, year), eq(cycleEvent.templateKey, change.key)))
          .limit(1)
      : [];
    if (change && copy) {
      const moved = await moveEvent(navleder, { id: copy.id, version: copy.version, when: change.when });
      if (change.responsible) {
        await updateEvent(navleder, {
          id: copy.id,
          version: moved.version,
          fields: {
            title: copy.title,
            category: copy.category,
            when: change.when,
            responsible: change.responsible,
            description: copy.description,
            link: null,
          },
        });
      }
    }
    // Each wheel was laid out at the autumn partnership meeting the year before.
    await backdateAudit(db, yearMark, new Date(`${year - 1}-11-10T09:00:00Z`));
  }
}
