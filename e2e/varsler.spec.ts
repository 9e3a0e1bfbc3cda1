import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { escapeRegExp, expect, hydrated, test } from "./fixtures";

/**
 * Issue 16, notifications. The Nav-leder sends a plan for approval; the rådmann sees it in the
 * bell and on /varsler, opens it and lands on the plan, and it is read.
 *
 * Grimstad's 2034 plan is this spec's own (the virksomhetsplan spec uses 2026–2030, no other
 * spec 2034). It is built through the API, as the Nav-leder: filling a plan by hand is the
 * virksomhetsplan spec's job; sending it is ours and happens on the page. Other specs running at
 * the same time may notify the rådmann too, so counts are compared, never fixed.
 */
const YEAR = 2034;
const PLAN = `/partnerskap/grimstad/virksomhetsplan/${YEAR}`;
const TITLE = `Virksomhetsplanen ${YEAR} for Nav Grimstad venter på din godkjenning`;

/** One tRPC call as the page's signed-in person, the way our own pages make it (superjson, same origin). */
async function trpc<T>(page: Page, origin: string, path: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const response =
    kind === "query"
      ? await page.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
      : await page.request.post(`/api/trpc/${path}`, { data: { json: input }, headers: { origin } });
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
  if (!response.ok() || !body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error ?? body)}`);
  return body.result.data.json;
}

/** A complete draft: everything «Send til godkjenning» asks for, with one item of each kind. */
async function draftPlan(page: Page, origin: string) {
  const at = { partnership: "grimstad" };
  const { versionId } = await trpc<{ versionId: string }>(page, origin, "businessPlan.create", { ...at, year: YEAR, basis: "tom" });
  const add = (fields: Record<string, unknown>, parentId?: string) =>
    trpc<{ id: string; key: string }>(page, origin, "businessPlan.addItem", { ...at, versionId, ...(parentId ? { parentId } : {}), fields });
  await add({ kind: "foundation", line: "stat", title: "Mål- og disponeringsbrev", summary: "", url: "" });
  await add({ kind: "foundation", line: "kommune", title: "Kommuneplanens samfunnsdel", summary: "", url: "" });
  const area = await add({ kind: "focus_area", title: "Flere i arbeid", description: "" });
  const goal = await add({ kind: "goal", text: "Flere unge i jobb", source: "felles", foundationKey: null }, area.id);
  await add(
    {
      kind: "activity",
      text: "Jobbmesse for unge",
      responsible: "Markedsteamet",
      responsiblePerson: "",
      timing: { kind: "fortlopende", value: null },
      status: "ikke_startet",
      developmentActionId: null,
    },
    goal.id,
  );
  await add({
    kind: "indicator",
    name: "Andel unge i arbeid",
    source: "stat",
    unit: "%",
    baseline: 40,
    targetKind: "tall",
    targetValue: 50,
    targetDirection: null,
    targetOperator: null,
    periodKind: "tertial",
  });
  const year = await trpc<{ snapshot: { version: { version: number } } }>(page, origin, "businessPlan.year", { ...at, year: YEAR }, "query");
  const empty = { income: null, expenses: null };
  await trpc(page, origin, "businessPlan.updateGeneral", {
    ...at,
    versionId,
    version: year.snapshot.version.version,
    vision: "Flere i arbeid og aktivitet",
    description: "Nav Grimstad er et partnerskap mellom stat og kommune.",
    statePositions: null,
    municipalPositions: null,
    budget: { budgetThisYear: { income: 1000000, expenses: 950000 }, budgetLastYear: empty, accountsLastYear: empty },
    positionsBudget: null,
    positionsResult: null,
  });
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Varsler(, .*)?$/ });

/** The number in the bell's name: «Varsler, 3 uleste» → 3, «Varsler, ingen uleste» → 0. */
async function unreadInBell(page: Page): Promise<number> {
  await expect(bell(page)).toHaveAccessibleName(/^Varsler, (ingen uleste|\d+ uleste?)$/);
  const name = (await bell(page).textContent()) ?? "";
  const match = /(\d+) uleste?/.exec(name);
  return match ? Number(match[1]) : 0;
}

test.describe("varsler", () => {
  test("the Nav-leder sends a plan for approval; the rådmann sees the bell count and the item, opens it and lands on the plan", async ({
    pageAs,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;

    // --- The rådmann before: whatever the bell says now ---------------------------------------
    const radmann = await pageAs("radmann");
    await radmann.goto("/");
    const before = await unreadInBell(radmann);

    // --- The Nav-leder sends the plan for approval, on the plan page ---------------------------
    const navleder = await pageAs("navleder");
    await navleder.goto("/");
    await draftPlan(navleder, origin);
    await navleder.goto(PLAN);
    const statusBox = navleder.getByRole("region", { name: /^Versjon \d+$/ });
    await (await hydrated(statusBox.getByRole("button", { name: "Send til godkjenning", exact: true }))).click();
    await expect(statusBox.getByRole("status")).toHaveText("Planen er sendt til godkjenning.");
    // The one who sent it is not told of it.
    await navleder.goto("/varsler");
    await expect(navleder.getByRole("link", { name: TITLE })).toHaveCount(0);

    // --- The rådmann: one more in the bell, on every page, as text ------------------------------
    await radmann.goto("/");
    await expect.poll(() => unreadInBell(radmann)).toBeGreaterThan(before);
    await bell(radmann).click();
    await expect(radmann).toHaveURL("/varsler");
    await expect(radmann.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
    const today = radmann.getByRole("region", { name: "I dag" });
    const item = today.getByRole("listitem").filter({ has: radmann.getByRole("link", { name: TITLE }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText("Ulest", { exact: true })).toBeVisible();
    await expect(item.getByRole("button", { name: `Merk som lest: ${TITLE}` })).toBeVisible();
    await expectNoA11yViolations(radmann);

    // --- Opening it marks it read and lands on the plan ------------------------------------------
    const unreadNow = await unreadInBell(radmann);
    await (await hydrated(item.getByRole("link", { name: TITLE }))).click();
    await expect(radmann).toHaveURL(PLAN);
    await expect(radmann.getByRole("heading", { level: 1, name: `Felles virksomhetsplan ${YEAR}` })).toBeVisible();
    await expect.poll(() => unreadInBell(radmann)).toBeLessThan(unreadNow + 1);
    await radmann.goto("/varsler");
    const opened = radmann.getByRole("listitem").filter({ has: radmann.getByRole("link", { name: new RegExp(`^${escapeRegExp(TITLE)}$`) }) });
    await expect(opened.getByText("Ulest", { exact: true })).toHaveCount(0);
    await expect(opened.getByRole("button", { name: /^Merk som lest/ })).toHaveCount(0);
  });

  test("each person chooses how each kind reaches them by e-mail", async ({ pageAs }) => {
    const page = await pageAs("avdelingsleder");
    await page.goto("/varsler");
    await expectNoA11yViolations(page);
    await page.getByRole("link", { name: "Velg hvilke varsler du får på e-post" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Varsler på e-post" })).toBeVisible();
    const form = page.getByRole("form", { name: "Varsler på e-post" });
    const comments = form.getByRole("combobox", { name: "Kommentar på et punkt i virksomhetsplanen" });
    await expect(comments).toHaveValue("digest");
    await (await hydrated(comments)).selectOption({ label: "Ikke på e-post" });
    await form.getByRole("button", { name: "Lagre valgene" }).click();
    await expect(form.getByRole("status")).toHaveText("Lagret.");
    await expectNoA11yViolations(page);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Kommentar på et punkt i virksomhetsplanen" })).toHaveValue("off");
  });
});
