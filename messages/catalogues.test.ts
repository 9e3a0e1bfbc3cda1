import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogues";

type Tree = { [key: string]: string | Tree };

/** Every message as "namespace.key.path" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments and tags a message uses, with their kinds: "count:plural", "name:argument". */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) {
        found.add(`${element.value}:tag`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const bokmal = flatten(catalogues.nb);
const nynorsk = flatten(catalogues.nn);

describe("the message catalogues", () => {
  it("have the same keys in bokmål and nynorsk", () => {
    expect([...nynorsk.keys()].filter((key) => !bokmal.has(key))).toEqual([]);
    expect([...bokmal.keys()].filter((key) => !nynorsk.has(key))).toEqual([]);
  });

  it("use the same ICU arguments and tags in both languages", () => {
    const differing = [...bokmal].filter(([key, text]) => {
      const other = nynorsk.get(key);
      return other !== undefined && argumentsOf(text).join() !== argumentsOf(other).join();
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("hold no empty messages", () => {
    const empty = [...bokmal, ...nynorsk].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("keep bokmål-only words out of nynorsk", () => {
    // Words a nynorsk writer never uses; a message that has one was copied from bokmål.
    const bokmalOnly =
      /(?<!\p{L})(ikke|hvordan|hva|hvem|hvor|hvis|hvilke|hvilken|fra|bare|noen|noe|mye|selv|jeg|være|vært|gjøre|mulig|velg)(?!\p{L})/iu;
    const suspects = [...nynorsk].filter(([, text]) => bokmalOnly.test(stripArguments(text))).map(([key, text]) => `${key}: ${text}`);
    expect(suspects).toEqual([]);
  });

  it("tell a missing argument apart from a wrong one", () => {
    expect(argumentsOf("{count, plural, one {# har svart} other {# har svart}} i <b>{name}</b>")).toEqual([
      "b:tag",
      "count:plural",
      "name:argument",
    ]);
  });
});

/** The words a person reads: without {arguments}, which are names in code. */
function stripArguments(text: string): string {
  return text.replace(/\{[^{}]*\}/g, " ");
}
