import { z } from "zod";
import { nn, no } from "zod/locales";
import { scopedLocale } from "./locale-scope";

// Fallback messages for any rule that does not carry its own, in the language of the request
// being checked (./locale-scope.ts): zod's own nynorsk and bokmål ("no") locales.
const bokmal = no().localeError;
const nynorsk = nn().localeError;

z.config({ localeError: (issue) => (scopedLocale() === "nn" ? nynorsk : bokmal)(issue) });
