import { historyAreas, historySubjectKinds, type HistoryArea, type HistorySubjectKind } from "~/server/domain/history/areas";

type Search = Record<string, string | string[] | undefined>;

export interface HistoryParams {
  area?: HistoryArea;
  person?: string;
  subject?: { kind: HistorySubjectKind; id: string };
  page: number;
}

/**
 * ?omrade=moter&person=<id>&objekt=mote:<id>&side=2. Anything unknown is read as "no filter"
 * (an old or hand-edited link still shows the history); an object that is not this
 * partnership's is not found.
 */
export function readHistoryParams(search: Search): HistoryParams {
  const get = (key: string) => {
    const v = search[key];
    return ((Array.isArray(v) ? v[0] : v) ?? "").trim();
  };
  const area = (historyAreas as readonly string[]).includes(get("omrade")) ? (get("omrade") as HistoryArea) : undefined;
  const person = /^[A-Za-z0-9-]{1,64}$/.test(get("person")) ? get("person") : undefined;
  const [kind, id] = get("objekt").split(":");
  const subject =
    kind && id && (historySubjectKinds as readonly string[]).includes(kind) && /^[A-Za-z0-9-]{1,64}$/.test(id)
      ? { kind: kind as HistorySubjectKind, id }
      : undefined;
  const side = Number(get("side"));
  const page = Number.isInteger(side) && side >= 1 && side <= 100_000 ? side : 1;
  return { area, person, subject, page };
}

/** The history page's address with these filters; page 1 and empty filters are left out. */
export function historyHref(slug: string, params: Partial<HistoryParams>) {
  const query = new URLSearchParams();
  if (params.area) query.set("omrade", params.area);
  if (params.person) query.set("person", params.person);
  if (params.subject) query.set("objekt", `${params.subject.kind}:${params.subject.id}`);
  if (params.page && params.page > 1) query.set("side", String(params.page));
  const search = query.toString();
  return `/partnerskap/${slug}/historikk${search ? `?${search}` : ""}`;
}
