/**
 * The layout of a plan's spreadsheet: the sheets, the column headers and the hidden sheet that
 * says where a file comes from. The Excel export (server/export/plan-xlsx.ts) writes it, and the
 * import (xlsx-parse.ts) reads it back, so both stay in step.
 */

export const planSheets = { activities: "Aktiviteter", indicators: "Indikatorer", values: "Måleverdier" } as const;

export const activityHeaders = {
  area: "Satsingsområde",
  goal: "Mål",
  source: "Kilde",
  text: "Aktivitet",
  responsible: "Ansvar",
  responsiblePerson: "Ansvarlig person",
  timing: "Når",
  status: "Status",
  key: "Nøkkel",
} as const;

export const indicatorHeaders = {
  name: "Navn",
  source: "Kilde",
  unit: "Enhet",
  baseline: "Utgangsverdi",
  target: "Mål",
  periodKind: "Måles per",
  key: "Nøkkel",
} as const;

export const valueHeaders = { indicator: "Indikator", period: "Periode", value: "Verdi", indicatorKey: "Indikatornøkkel" } as const;

/**
 * The hidden sheet the export writes with where the file comes from, so an import can refuse a
 * file from another plan or partnership instead of matching its keys to nothing.
 */
export const ORIGIN_SHEET = "Nøkler";
export const originFields = {
  partnershipId: "Partnerskap",
  planId: "Plan",
  year: "År",
  versionNo: "Versjon",
  officeName: "Kontor",
} as const;

export interface FileOrigin {
  partnershipId: string;
  planId: string;
  year: number | null;
  versionNo: number | null;
  officeName: string;
}
