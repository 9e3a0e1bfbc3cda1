import { expect, type Page } from "@playwright/test";

/**
 * Words only bokmål uses (nynorsk: ikkje, korleis, frå, kva, kven, kvar, berre, nokon, noko,
 * mykje, sjølv, vel): one of them in a button, heading or label of a nynorsk page is a message
 * left untranslated.
 */
const BOKMAL_ONLY = /(?<!\p{L})(ikke|hvordan|fra|hva|hvem|hvor|bare|noen|noe|mye|selv|velg)(?!\p{L})/iu;

/**
 * The page's buttons, headings and labels (what its accessible names are made of), without the
 * text people wrote: `[data-user-content]` marks goals, titles and names typed by someone.
 */
export async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "h1, h2, h3, h4, [role=heading], button, [role=button], input[type=submit], label, legend, th";
    const texts: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest("[data-user-content]") || element.closest("[hidden]")) continue;
      const copy = element.cloneNode(true) as HTMLElement;
      for (const content of copy.querySelectorAll("[data-user-content]")) content.remove();
      const text = (copy.innerText || copy.textContent || element.getAttribute("aria-label") || "").trim();
      if (text) texts.push(text);
    }
    return texts;
  });
}

export async function expectNoBokmalOnlyWords(page: Page) {
  const suspects = (await uiTexts(page)).filter((text) => BOKMAL_ONLY.test(text));
  expect(suspects, `bokmål words on the nynorsk page ${page.url()}`).toEqual([]);
}
