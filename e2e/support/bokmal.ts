/**
 * The bokmål words the specs look for, read from the catalogues themselves (messages/nb) so a
 * changed message changes the test too. Loaded with require: Playwright runs the specs as ES
 * modules, where Node imports JSON only with an import attribute the app's bundlers do not need,
 * so the specs do not import the app modules that import the catalogues.
 */
import { createRequire } from "node:module";
import { areaKey, conditionKeys, modelAreas } from "~/lib/mulighetsrom/model";
import type Auth from "~/messages/nb/auth.json";
import type Mulighetsrom from "~/messages/nb/mulighetsrom.json";
import type Workshop from "~/messages/nb/workshop.json";

const require = createRequire(import.meta.url);
const mulighetsrom = require("../../messages/nb/mulighetsrom.json") as typeof Mulighetsrom;
const workshop = require("../../messages/nb/workshop.json") as typeof Workshop;
const auth = require("../../messages/nb/auth.json") as typeof Auth;

/** The 20 development areas with their bokmål names. */
export const areas = modelAreas.map((area) => ({ ...area, name: mulighetsrom.areas[areaKey(area.no)].name }));
/** The four conditions with their bokmål names. */
export const conditions = conditionKeys.map((key) => ({ key, name: mulighetsrom.conditions[key] }));

export const taskKindLabels = workshop.taskKind;
export type WorkshopTaskKind = keyof typeof workshop.taskKind;
/** KS's six evaluation statements, in order. */
export const defaultEvaluationStatements: readonly string[] = Object.values(workshop.defaultStatements);

export const signInRefusals = auth.refusal;
