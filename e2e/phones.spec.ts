import type { Locator, Page } from "@playwright/test";

import { expectNoA11yViolations } from "./axe";
import { expect, test, type SavedRole } from "./fixtures";

/**
 * Issue 13, point 9: on a phone (390 px) no page scrolls sideways. Wide tables either become
 * lists or scroll inside their own labelled, keyboard-reachable region; the page itself never does.
 */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The page's own width against the screen's, with the elements that stick out when it is too wide. */
async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > limit + 1;
    // A wide table inside a scroll region that itself fits is fine: only the region scrolls.
    const contained = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if ((overflow === "auto" || overflow === "scroll" || overflow === "hidden") && !sticksOut(p)) return true;
      }
      return false;
    };
    // The outermost elements that stick out: where a fix belongs.
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => sticksOut(el) && !contained(el) && !(el.parentElement && sticksOut(el.parentElement) && el.parentElement !== document.body))
      .slice(0, 8)
      .map((el) => {
        const id = el.id ? `#${el.id}` : "";
        const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "";
        const text = (el.textContent ?? "").trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${id}${cls} (right ${Math.round(el.getBoundingClientRect().right)} px) «${text}»`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
  });
}

async function expectFitsThePhone(page: Page) {
  const { scrollWidth, clientWidth, culprits } = await sidewaysScroll(page);
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${clientWidth} px screen; sticking out:\n${culprits.join("\n")}`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/** Visits the page, waits for its main heading, and checks width and accessibility. */
async function check(page: Page, heading: Locator) {
  await expect(heading).toBeVisible();
  await expectFitsThePhone(page);
  await expectNoA11yViolations(page);
}

const h1 = (page: Page, name?: string | RegExp) => page.getByRole("heading", { level: 1, ...(name ? { name } : {}) });

const visits: { role: SavedRole; path: string; heading?: string | RegExp }[] = [
  { role: "navleder", path: "/" },
  { role: "navleder", path: "/partnerskap/grimstad", heading: "Nav Grimstad" },
  { role: "navleder", path: "/partnerskap/grimstad/virksomhetsplan" },
  { role: "navleder", path: "/partnerskap/grimstad/virksomhetsplan/2026", heading: /2026/ },
  { role: "navleder", path: "/partnerskap/grimstad/virksomhetsplan/2027", heading: /2027/ },
  { role: "navleder", path: "/partnerskap/grimstad/arshjul/2026", heading: /2026/ },
  { role: "navleder", path: "/partnerskap/grimstad/moter", heading: "Partnerskapsmøter" },
  { role: "navleder", path: "/partnerskap/grimstad/mulighetsrom", heading: /Mulighetsrom/ },
  { role: "navleder", path: "/partnerskap/grimstad/lederavtale/2026", heading: /2026/ },
  { role: "navleder", path: "/partnerskap/grimstad/lederavtale/2027", heading: /2027/ },
  { role: "fylkesdirektor", path: "/fylke/agder" },
  { role: "fasilitator", path: "/nettverk" },
  { role: "admin", path: "/admin" },
];

test.describe("at 390 px no page scrolls sideways", () => {
  for (const { role, path, heading } of visits) {
    test(`${path} as ${role}`, async ({ pageAs }) => {
      const page = await pageAs(role, phone);
      await page.goto(path);
      await check(page, h1(page, heading));
    });
  }

  test("a meeting page and the version comparison", async ({ pageAs }) => {
    const page = await pageAs("navleder", phone);
    await page.goto("/partnerskap/grimstad/moter");
    await page.getByRole("region", { name: "Møter i 2026" }).getByRole("link").last().click();
    await expect(page).toHaveURL(/\/moter\/[^/?#]+$/);
    await check(page, h1(page));

    // The demo plans have one version each; a version compared with itself shows every item.
    await page.goto("/partnerskap/grimstad/virksomhetsplan/2026");
    const pdf = await page.getByRole("link", { name: /PDF/ }).first().getAttribute("href");
    const versionId = new URL(pdf!, page.url()).searchParams.get("versjon");
    expect(versionId).toBeTruthy();
    await page.goto(`/partnerskap/grimstad/virksomhetsplan/2026/sammenlign?fra=${versionId}&til=${versionId}&alle=1`);
    await check(page, h1(page, /Sammenlign versjoner/));
  });

  test("an assessment and a development plan", async ({ pageAs }) => {
    const page = await pageAs("navlederArendal", phone);
    await page.goto("/partnerskap/arendal/mulighetsrom");
    await page.locator("main a[href*='/mulighetsrom/']").first().click();
    await expect(page).toHaveURL(/\/mulighetsrom\/[^/?#]+$/);
    await check(page, h1(page));

    await page.locator("main a[href*='/plan/']").first().click();
    await expect(page).toHaveURL(/\/plan\/[^/?#]+$/);
    await check(page, h1(page));
  });

  test("a network, its samling, and /delta", async ({ pageAs, signedOutPage }) => {
    const page = await pageAs("fasilitator", phone);
    await page.goto("/nettverk");
    await page.getByRole("link", { name: "Pilotnettverk Agder" }).first().click();
    await expect(page).toHaveURL(/\/nettverk\/[^/?#]+$/);
    await check(page, h1(page, "Pilotnettverk Agder"));

    await page.locator("main a[href*='/samling/']").first().click();
    await expect(page).toHaveURL(/\/samling\/[^/?#]+$/);
    await check(page, h1(page));

    const participant = await signedOutPage(phone);
    await participant.goto("/delta");
    await check(participant, h1(participant));
  });
});
