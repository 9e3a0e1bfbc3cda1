import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";
import type { FocusAreaNode, IndicatorNode } from "~/server/domain/business-plan/snapshot";
import type { EditorOptions, ItemKind } from "./item-editor";

/** The year's page data once a plan exists. */
export type PlanYear = Exclude<inferRouterOutputs<AppRouter>["businessPlan"]["year"], { plan: null }>;

/** What the viewer may do on the page, worked out once and handed to every section. */
export interface PlanView {
  slug: string;
  year: number;
  versionId: string;
  /** The page's own address, without a query. */
  base: string;
  /** The version named in the address, if any. */
  versjon: string | undefined;
  editable: boolean;
  /** The avdelingsleder contributes activities and indicators to a draft. */
  contributable: boolean;
  contributes: (kind: ItemKind) => boolean;
  canComment: boolean;
  mayFollowUp: boolean;
  canFollowUp: boolean;
  options: EditorOptions;
  /** Open (unresolved) comments per item key. */
  commentsByKey: Map<string, number>;
}

export function planView(data: PlanYear, page: { slug: string; year: number; versjon?: string; oppfolging?: string }): PlanView {
  const { snapshot, actions } = data;
  const editable = actions.includes("edit");
  // The avdelingsleder contributes activities and indicators to a draft; the rest is the editors' (the role matrix).
  const contributable = actions.includes("contribute");
  // Status menus and measurement forms are a mode of their own: a plan is read far more often
  // than it is followed up, and 150 menus made the page several times heavier.
  const mayFollowUp = actions.includes("follow_up");
  const commentsByKey = new Map<string, number>();
  for (const c of data.comments) if (c.targetKey && !c.resolvedAt) commentsByKey.set(c.targetKey, (commentsByKey.get(c.targetKey) ?? 0) + 1);
  return {
    slug: page.slug,
    year: page.year,
    versionId: snapshot.version.id,
    base: `/partnerskap/${page.slug}/virksomhetsplan/${page.year}`,
    versjon: page.versjon,
    editable,
    contributable,
    contributes: (kind) => editable || (contributable && (kind === "activity" || kind === "indicator")),
    canComment: actions.includes("comment"),
    mayFollowUp,
    // A draft being written shows the measurement forms anyway (its activities are edited in their own forms).
    canFollowUp: mayFollowUp && (contributable || page.oppfolging === "1"),
    options: {
      year: page.year,
      foundations: snapshot.foundations.map((f) => ({ key: f.key, title: f.title, line: f.line })),
      developmentActions: data.developmentActions,
    },
    commentsByKey,
  };
}

/** Each goal's, activity's and indicator's text by its key, to say what a comment is about. */
export function itemTitles(areas: FocusAreaNode[], indicators: IndicatorNode[]) {
  const titles = new Map<string, string>();
  for (const a of areas) for (const g of a.goals) {
    titles.set(g.key, g.text);
    for (const x of g.activities) titles.set(x.key, x.text);
  }
  for (const i of indicators) titles.set(i.key, i.name);
  return titles;
}
