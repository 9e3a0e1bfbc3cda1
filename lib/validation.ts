import { z } from "zod";
import { parseNorwegianNumber } from "./norwegian-number";

/**
 * Input rules shared by routers and forms. Messages are the Norwegian text shown
 * next to the field, so each rule carries its own.
 */

// Kept in a module without zod, so the browser can have it without the schemas (issue 18).
export { parseNorwegianNumber };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as yyyy-mm-dd that exists (no 31.2.). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} må være en dato.` })
    .regex(ISO_DATE, { error: `${label} må være en gyldig dato (d.m.åååå).` })
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `${label} må være en dato som finnes.`);

/** A decimal number typed the Norwegian way ("12,6") or sent as a number. */
export const decimalInput = (label: string, { min = 0, max = 100_000, example = "12,6" } = {}) =>
  z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      if (value.trim() === "") return null;
      return parseNorwegianNumber(value) ?? Number.NaN;
    },
    z
      .number({ error: `${label} må være et tall, for eksempel ${example}.` })
      .refine(Number.isFinite, `${label} må være et tall, for eksempel ${example}.`)
      .min(min, `${label} kan ikke være mindre enn ${min}.`)
      .max(max, `${label} er for stort.`)
      .nullable(),
  );

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} må fylles ut.` })
    .trim()
    .min(1, `${label} må fylles ut.`)
    .max(max, `${label} kan ha høyst ${max} tegn.`);

export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} må være tekst.` })
    .trim()
    .max(max, `${label} kan ha høyst ${max} tegn.`);

export const entityId = z.string({ error: "Mangler id." }).min(1, "Mangler id.").max(64, "Ugyldig id.");

export const versionInput = z
  .number({ error: "Mangler versjon." })
  .int("Ugyldig versjon.")
  .min(0, "Ugyldig versjon.");

export const slugInput = z
  .string({ error: "Mangler partnerskap." })
  .min(1, "Mangler partnerskap.")
  .max(80, "Ugyldig adresse.")
  .regex(/^[a-z0-9-]+$/, "Ugyldig adresse.");

/** A plan or agreement year. */
export const yearInput = z
  .number({ error: "Velg et år." })
  .int("Velg et år.")
  .min(2000, "Året må være mellom 2000 og 2100.")
  .max(2100, "Året må være mellom 2000 og 2100.");
