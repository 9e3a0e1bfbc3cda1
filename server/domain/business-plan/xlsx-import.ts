/**
 * Importing a plan's activities and indicators from a spreadsheet: the layout the Excel
 * export writes (server/export/plan-xlsx.ts), so people can export, fill in and import again.
 *
 * - parsePlanWorkbook reads and checks every row without touching the database. Headers are
 *   found by name (any order or case), so a reordered or retitled-case sheet still reads.
 * - The export also writes each row's key (hidden columns) and where the file comes from (a
 *   hidden sheet); import-sync.ts matches rows by those keys, previews and applies the changes.
 *
 * Every message is Norwegian and names the sheet, the row and the column.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { actionStatuses } from "~/db/schema/enums";
import { actionStatusLabels } from "~/server/domain/mulighetsrom/plan-wording";
import { planSourceLabels, type PlanSource } from "./balance";
import { itemFieldsInput } from "./items";
import {
  parseNorwegianNumber,
  parseTarget,
  periodInput,
  periodKindLabels,
  periodKindOf,
  periodLabel,
  type PeriodKind,
  type TargetDirection,
  type TargetKind,
  type TargetOperator,
} from "./targets";
import { parseTiming, type TimingKind } from "./timing";
import { fromFormulaSafeText } from "~/server/domain/spreadsheet-text";

type ActionStatus = (typeof actionStatuses)[number];

// --- The layout (shared with the export) ---------------------------------------------

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** What a 5 MB file is as base64 (the API's upload limit). */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/** Unpacked, a workbook may hold at most this much: guards against zip bombs. */
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;
/** Data rows per sheet; a plan has tens of activities, not thousands. */
export const MAX_ROWS = 1000;
/** The report lists at most this many errors, then says how many more there are. */
const MAX_REPORTED_ERRORS = 100;

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

const requiredActivityColumns = ["area", "goal", "source", "text"] as const;
const requiredIndicatorColumns = ["name", "source", "target"] as const;
const requiredValueColumns = ["indicator", "period", "value"] as const;

/** Other header texts people use for the same column. */
const headerAliases: Record<string, string[]> = {
  indicator: ["navn", "indikatornavn"],
  name: ["indikator"],
  responsiblePerson: ["person", "ansvarlig"],
  periodKind: ["måles", "periode", "hyppighet"],
};

// --- Results --------------------------------------------------------------------------

export interface ImportError {
  sheet: string;
  /** The row in the sheet as Excel numbers it; 0 for the file as a whole. */
  row: number;
  message: string;
}

export interface ParsedActivity {
  sheetRow: number;
  /** The activity's key from the hidden column; null for a row someone added. */
  key: string | null;
  area: string;
  /** null: the row only names a satsingsområde. */
  goal: { text: string; source: PlanSource } | null;
  /** null: the row only names a satsingsområde and maybe a goal. */
  activity: {
    text: string;
    responsible: string;
    responsiblePerson: string;
    timingKind: TimingKind;
    timingValue: string | null;
    status: ActionStatus;
  } | null;
}

export interface ParsedIndicator {
  sheetRow: number;
  key: string | null;
  name: string;
  source: PlanSource;
  unit: string;
  baseline: number | null;
  targetKind: TargetKind;
  targetValue: number | null;
  targetDirection: TargetDirection | null;
  targetOperator: TargetOperator | null;
  periodKind: PeriodKind;
}

export interface ParsedValue {
  sheetRow: number;
  /** The indicator's key from the hidden column; the name decides when it is missing. */
  indicatorKey: string | null;
  indicator: string;
  period: string;
  value: number;
}

export interface ParsedPlanTables {
  activities: ParsedActivity[];
  indicators: ParsedIndicator[];
  values: ParsedValue[];
  errors: ImportError[];
  /** Where the export says the file comes from; null for a spreadsheet made by hand. */
  origin: FileOrigin | null;
  /** Which sheets the file has: only a sheet that is there can say a row is gone. */
  sheets: { activities: boolean; indicators: boolean; values: boolean };
}

export const FILE_TOO_LARGE = "Filen er større enn 5 MB.";
export const NOT_XLSX = "Filen er ikke et Excel-regneark (.xlsx).";

const fileError = (message: string): ParsedPlanTables => ({
  activities: [],
  indicators: [],
  values: [],
  errors: [{ sheet: "", row: 0, message }],
  origin: null,
  sheets: { activities: false, indicators: false, values: false },
});

// --- Reading cells -------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, "0");

/** What a cell says as text, whatever Excel stored: rich text, a formula's result, a date, a hyperlink. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // The export puts an apostrophe before formula-like text (../spreadsheet-text.ts).
  if (typeof value === "string") return fromFormulaSafeText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "Ja" : "Nei";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ""
      : `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? "").join("");
    if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in value) return cellText((value as { text: ExcelJS.CellValue }).text);
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return "";
}

/** A number cell: a real number, or text written the Norwegian way. undefined when unreadable. */
function cellNumber(value: ExcelJS.CellValue): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return undefined;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return cellNumber((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  const text = cellText(value).trim();
  if (text === "") return null;
  return parseNorwegianNumber(text) ?? undefined;
}

const normalise = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[*:]+$/, "")
    .trim();

/** Text typed into a cell: trimmed, with line endings as \n. */
const clean = (text: string) => text.replace(/\r\n?/g, "\n").trim();

// --- Checking the file ---------------------------------------------------------------

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The unpacked size the zip's central directory declares, or null when the directory cannot be
 * read (or uses zip64, which no plan needs). Read before unpacking, so a small file that would
 * unpack to gigabytes is refused without trying.
 */
function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65 535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * Finds the header row (among the first ten) by the column names, in any order or case.
 * Returns the columns found, or the names of the required ones missing from the best row.
 */
function findHeader<K extends string>(
  sheet: ExcelJS.Worksheet,
  headers: Record<K, string>,
  required: readonly NoInfer<K>[],
): { row: number; columns: Columns<K> } | { missing: string[] } {
  const wanted = (Object.keys(headers) as K[]).map((key) => ({
    key,
    names: [normalise(headers[key]), ...(headerAliases[key] ?? [])],
  }));
  let best: { row: number; columns: Columns<K>; missing: K[] } | null = null;
  const lastRow = Math.min(sheet.rowCount, 10);
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const columns: Columns<K> = {};
    row.eachCell((cell, col) => {
      const name = normalise(cellText(cell.value));
      // The exact name first, so "Mål" is not taken for an alias of another column.
      const match = wanted.find((w) => w.names[0] === name) ?? wanted.find((w) => w.names.includes(name));
      if (match && columns[match.key] === undefined) columns[match.key] = col;
    });
    const missing = required.filter((k) => columns[k] === undefined);
    if (!best || missing.length < best.missing.length) best = { row: r, columns, missing };
    if (missing.length === 0) break;
  }
  if (!best || best.missing.length > 0) return { missing: (best?.missing ?? [...required]).map((k) => headers[k]) };
  return { row: best.row, columns: best.columns };
}

/** The rows below the header that have anything in them, with their Excel row numbers. */
function dataRows(sheet: ExcelJS.Worksheet, headerRow: number): { number: number; row: ExcelJS.Row }[] {
  const rows: { number: number; row: ExcelJS.Row }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number <= headerRow) return;
    let filled = false;
    row.eachCell((cell) => {
      if (cellText(cell.value).trim() !== "") filled = true;
    });
    if (filled) rows.push({ number, row });
  });
  return rows;
}

/** A worksheet by name, ignoring case and surrounding spaces. */
function sheetNamed(workbook: ExcelJS.Workbook, name: string) {
  return workbook.worksheets.find((s) => normalise(s.name) === normalise(name));
}

// --- Reading values ------------------------------------------------------------------

const sourceWords = new Map<string, PlanSource>([
  ...Object.entries(planSourceLabels).map(([key, label]) => [normalise(label), key as PlanSource] as const),
  ["statlig", "stat"],
  ["kommunal", "kommune"],
]);
const SOURCE_ERROR = "Kilden må være «Stat», «Kommune» eller «Felles».";

const statusWords = new Map<string, ActionStatus>([
  ...Object.entries(actionStatusLabels).map(([key, label]) => [normalise(label), key as ActionStatus] as const),
  ["ikke påbegynt", "ikke_startet"],
  ["pagar", "pagar"],
  ["fullfort", "fullfort"],
  ["ferdig", "fullfort"],
]);
const STATUS_ERROR = `Status må være ${Object.values(actionStatusLabels)
  .map((l) => `«${l}»`)
  .join(", ")
  .replace(/, ([^,]*)$/, " eller $1")}.`;

const periodKindWords = new Map<string, PeriodKind>([
  ...Object.entries(periodKindLabels).map(([key, label]) => [normalise(label), key as PeriodKind] as const),
  ["maned", "maned"],
  ["mnd", "maned"],
  ["månedlig", "maned"],
  ["tertialvis", "tertial"],
  ["ar", "ar"],
  ["årlig", "ar"],
  ["per år", "ar"],
]);
const PERIOD_KIND_ERROR = "«Måles per» må være «Måned», «Tertial» eller «År».";

const PERIOD_ERROR = "Perioden må være en måned (mars 2027), et tertial (1. tertial 2027) eller et år (2027).";

/** "1. tertial 2027", "2027-T1", "T1 2027", "mars 2027", "2027-03", "03.2027", "2027"; a text without a year means the plan's. */
export function parsePeriod(text: string, year: number): { period: string } | { error: string } {
  const t = normalise(text);
  if (/^\d{4}$/.test(t)) return { period: t };
  let m = /^([1-3])\.? ?tertial(?: (\d{4}))?$/.exec(t) ?? /^t([1-3])(?: (\d{4}))?$/.exec(t);
  if (m) return { period: `${m[2] ?? year}-T${m[1]}` };
  m = /^(\d{4}) ?- ?t([1-3])$/.exec(t);
  if (m) return { period: `${m[1]}-T${m[2]}` };
  const timing = parseTiming(text, year);
  if ("kind" in timing && timing.kind === "maned" && timing.value) return { period: timing.value };
  return { error: PERIOD_ERROR };
}

/** The indicator's unit written after the target ("80 dager") is not part of the target. */
function stripUnit(target: string, unit: string): string {
  const u = unit.trim().toLowerCase();
  const t = target.trim();
  if (u && t.toLowerCase().endsWith(u)) return t.slice(0, t.length - u.length).trim();
  return t;
}

// --- Parsing --------------------------------------------------------------------------

/**
 * Reads an uploaded workbook: activities (with their satsingsområder and goals), indicators
 * and measured values. Never throws for a bad file: every problem is an error in the result.
 * `year` is the plan's year, for "når" and periods written without one.
 */
export async function parsePlanWorkbook(buffer: Uint8Array, year: number): Promise<ParsedPlanTables> {
  if (buffer.byteLength > MAX_IMPORT_BYTES) return fileError(FILE_TOO_LARGE);
  if (!isZip(buffer)) return fileError(NOT_XLSX);
  const unpacked = declaredUnpackedSize(buffer);
  if (unpacked === null) return fileError(NOT_XLSX);
  if (unpacked > MAX_UNPACKED_BYTES) return fileError("Regnearket inneholder for mye data. Del det opp i mindre filer.");

  // Count rows while streaming, and stop at the limit: loading a 100 000-row file whole takes
  // seconds and hundreds of megabytes before the row limit could even be checked.
  const oversized = await firstOversizedSheet(buffer, MAX_ROWS + ROW_SLACK);
  if (oversized) return fileError(`Arket «${oversized}» har mer enn ${MAX_ROWS} rader. Et ark kan ha høyst ${MAX_ROWS} rader.`);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ArrayBuffer);
  } catch {
    return fileError(NOT_XLSX);
  }

  const activitySheet = sheetNamed(workbook, planSheets.activities);
  const indicatorSheet = sheetNamed(workbook, planSheets.indicators);
  const valueSheet = sheetNamed(workbook, planSheets.values);
  if (!activitySheet && !indicatorSheet && !valueSheet) {
    return fileError(
      `Fant ikke arkene «${planSheets.activities}» eller «${planSheets.indicators}» i regnearket. ` +
        "Bruk regnearket du får når du eksporterer planen til Excel, og behold navnene på arkene.",
    );
  }

  const result: ParsedPlanTables = {
    activities: [],
    indicators: [],
    values: [],
    errors: [],
    origin: null,
    sheets: { activities: !!activitySheet, indicators: !!indicatorSheet, values: !!valueSheet },
  };
  try {
    result.origin = readOrigin(sheetNamed(workbook, ORIGIN_SHEET));
    if (activitySheet) readActivities(activitySheet, year, result);
    if (indicatorSheet) readIndicators(indicatorSheet, result);
    if (valueSheet) readValues(valueSheet, year, result);
  } catch {
    // exceljs reads lazily in places; a workbook that breaks while reading is not one we can use.
    return fileError(NOT_XLSX);
  }
  if (result.errors.length > MAX_REPORTED_ERRORS) {
    const more = result.errors.length - MAX_REPORTED_ERRORS;
    result.errors = [
      ...result.errors.slice(0, MAX_REPORTED_ERRORS),
      { sheet: "", row: 0, message: `… og ${more} feil til. Rett feilene over og prøv igjen.` },
    ];
  }
  return result;
}

/** The hidden sheet's rows «Felt | Verdi»; null unless it names both the partnership and the plan. */
function readOrigin(sheet: ExcelJS.Worksheet | undefined): FileOrigin | null {
  if (!sheet) return null;
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(normalise(cellText(row.getCell(1).value)), clean(cellText(row.getCell(2).value))));
  const field = (key: keyof typeof originFields) => values.get(normalise(originFields[key])) ?? "";
  const whole = (text: string) => (/^\d{1,6}$/.test(text) ? Number(text) : null);
  if (!field("partnershipId") || !field("planId")) return null;
  return {
    partnershipId: field("partnershipId"),
    planId: field("planId"),
    year: whole(field("year")),
    versionNo: whole(field("versionNo")),
    officeName: field("officeName"),
  };
}

type ErrorAt = (column: string | null, message: string) => void;

function errorsFor(result: ParsedPlanTables, sheet: string, row: number): ErrorAt {
  return (column, message) =>
    result.errors.push({ sheet, row, message: `${sheet}, rad ${row}${column ? `, kolonne «${column}»` : ""}: ${message}` });
}

/** Runs the same field rules as the plan's own forms and reports each broken one by its column. */
function checkFields(fields: unknown, columnOf: Record<string, string>, fallback: string, report: ErrorAt): boolean {
  const parsed = itemFieldsInput.safeParse(fields);
  if (parsed.success) return true;
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const column = columnOf[String(issue.path[0] ?? "")] ?? fallback;
    const key = `${column}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report(column, issue.message);
  }
  return false;
}

/** Header rows and blank lines a sheet may have beyond its data rows. */
const ROW_SLACK = 50;

/**
 * The name of the first sheet with more rows than the limit, read as a stream that stops there.
 * A file the stream cannot read is left to the full load below, which says what is wrong with it.
 */
async function firstOversizedSheet(buffer: Uint8Array, limit: number): Promise<string | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)), {
    worksheets: "emit",
    sharedStrings: "ignore",
    styles: "ignore",
    hyperlinks: "ignore",
  });
  try {
    for await (const sheet of reader) {
      let rows = 0;
      for await (const _row of sheet) {
        rows += 1;
        if (rows > limit) return (sheet as unknown as { name?: string }).name ?? "?";
      }
    }
    return null;
  } catch {
    return null;
  }
}

function tooManyRows(result: ParsedPlanTables, sheet: string, count: number) {
  if (count <= MAX_ROWS) return false;
  result.errors.push({ sheet, row: 0, message: `${sheet}: Arket har ${count} rader. Det kan ha høyst ${MAX_ROWS}.` });
  return true;
}

function readActivities(sheet: ExcelJS.Worksheet, year: number, result: ParsedPlanTables) {
  const name = planSheets.activities;
  const header = findHeader(sheet, activityHeaders, requiredActivityColumns);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(result, name, rows.length)) return;
  const get = (row: ExcelJS.Row, key: keyof typeof activityHeaders) => {
    const col = header.columns[key];
    return col === undefined ? "" : clean(cellText(row.getCell(col).value));
  };
  const H = activityHeaders;

  for (const { number, row } of rows) {
    const report = errorsFor(result, name, number);
    const before = result.errors.length;
    const area = get(row, "area");
    const goalText = get(row, "goal");
    const sourceText = get(row, "source");
    const text = get(row, "text");
    const responsible = get(row, "responsible");
    const responsiblePerson = get(row, "responsiblePerson");
    const timingText = get(row, "timing");
    const statusText = get(row, "status");
    const key = get(row, "key") || null;

    if (area === "") report(H.area, "Skriv inn satsingsområdet raden hører til.");
    else checkFields({ kind: "focus_area", title: area, description: "" }, { title: H.area }, H.area, report);

    let goal: ParsedActivity["goal"] = null;
    if (goalText === "") {
      if (text !== "") report(H.goal, "Skriv inn målet aktiviteten hører til.");
      else if (sourceText !== "") report(H.goal, "Skriv inn målet kilden gjelder.");
    } else {
      const source = sourceWords.get(normalise(sourceText));
      if (sourceText === "") report(H.source, `Skriv inn kilden til målet. ${SOURCE_ERROR}`);
      else if (!source) report(H.source, SOURCE_ERROR);
      else if (checkFields({ kind: "goal", text: goalText, source, foundationKey: null }, { text: H.goal, source: H.source }, H.goal, report)) {
        goal = { text: goalText, source };
      }
    }

    let activity: ParsedActivity["activity"] = null;
    if (text === "") {
      if (responsible || responsiblePerson || timingText || statusText) {
        report(H.text, "Skriv inn aktiviteten, eller tøm cellene for ansvar, når og status.");
      }
    } else {
      const timing = timingText === "" ? ({ kind: "fortlopende", value: null } as const) : parseTiming(timingText, year);
      if ("error" in timing) report(H.timing, timing.error);
      const status: ActionStatus | undefined = statusText === "" ? "ikke_startet" : statusWords.get(normalise(statusText));
      if (!status) report(H.status, STATUS_ERROR);
      if (!("error" in timing) && status) {
        const ok = checkFields(
          { kind: "activity", text, responsible, responsiblePerson, timing, status, developmentActionId: null },
          { text: H.text, responsible: H.responsible, responsiblePerson: H.responsiblePerson, timing: H.timing, status: H.status },
          H.text,
          report,
        );
        if (ok) {
          activity = { text, responsible, responsiblePerson, timingKind: timing.kind, timingValue: timing.value, status };
        }
      }
    }

    if (result.errors.length === before) result.activities.push({ sheetRow: number, key: activity ? key : null, area, goal, activity });
  }
}

function readIndicators(sheet: ExcelJS.Worksheet, result: ParsedPlanTables) {
  const name = planSheets.indicators;
  const header = findHeader(sheet, indicatorHeaders, requiredIndicatorColumns);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(result, name, rows.length)) return;
  const raw = (row: ExcelJS.Row, key: keyof typeof indicatorHeaders) => {
    const col = header.columns[key];
    return col === undefined ? null : row.getCell(col).value;
  };
  const get = (row: ExcelJS.Row, key: keyof typeof indicatorHeaders) => clean(cellText(raw(row, key)));
  const H = indicatorHeaders;
  const seen = new Map<string, number>();

  for (const { number, row } of rows) {
    const report = errorsFor(result, name, number);
    const before = result.errors.length;
    const indicatorName = get(row, "name");
    const sourceText = get(row, "source");
    const unit = get(row, "unit");
    const targetText = get(row, "target");
    const periodText = get(row, "periodKind");

    if (indicatorName === "") report(H.name, "Skriv inn navnet på indikatoren.");
    else if (seen.has(indicatorName)) report(H.name, `Indikatoren «${indicatorName}» står også på rad ${seen.get(indicatorName)}.`);
    else seen.set(indicatorName, number);

    const source = sourceWords.get(normalise(sourceText));
    if (sourceText === "") report(H.source, `Skriv inn kilden til indikatoren. ${SOURCE_ERROR}`);
    else if (!source) report(H.source, SOURCE_ERROR);

    const baseline = cellNumber(raw(row, "baseline"));
    if (baseline === undefined) report(H.baseline, "Utgangsverdien må være et tall, for eksempel 12,6.");

    const target = targetText === "" ? { error: "Skriv inn målet, for eksempel «50 %», «< 6,3» eller «skal øke»." } : parseTarget(stripUnit(targetText, unit));
    if ("error" in target) report(H.target, target.error);

    const periodKind: PeriodKind | undefined = periodText === "" ? "tertial" : periodKindWords.get(normalise(periodText));
    if (!periodKind) report(H.periodKind, PERIOD_KIND_ERROR);

    if (result.errors.length > before || !source || baseline === undefined || "error" in target || !periodKind) continue;
    const fields = { name: indicatorName, source, unit, baseline, ...target, periodKind };
    const ok = checkFields(
      { kind: "indicator", ...fields },
      {
        name: H.name,
        source: H.source,
        unit: H.unit,
        baseline: H.baseline,
        targetKind: H.target,
        targetValue: H.target,
        targetDirection: H.target,
        targetOperator: H.target,
        periodKind: H.periodKind,
      },
      H.name,
      report,
    );
    if (ok) result.indicators.push({ sheetRow: number, key: get(row, "key") || null, ...fields });
  }
}

function readValues(sheet: ExcelJS.Worksheet, year: number, result: ParsedPlanTables) {
  const name = planSheets.values;
  const header = findHeader(sheet, valueHeaders, requiredValueColumns);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(result, name, rows.length)) return;
  const raw = (row: ExcelJS.Row, key: keyof typeof valueHeaders) => {
    const col = header.columns[key];
    return col === undefined ? null : row.getCell(col).value;
  };
  const H = valueHeaders;
  // Indicators in the file; the others are checked against the plan when importing.
  const kinds = new Map(result.indicators.map((i) => [i.name, i.periodKind]));
  const seen = new Map<string, number>();

  for (const { number, row } of rows) {
    const report = errorsFor(result, name, number);
    const before = result.errors.length;
    const indicator = clean(cellText(raw(row, "indicator")));
    if (indicator === "") report(H.indicator, "Skriv inn navnet på indikatoren verdien gjelder.");

    const periodCell = raw(row, "period");
    // Excel turns "2027-03" into a date: read a date as its month.
    const period =
      periodCell instanceof Date && !Number.isNaN(periodCell.getTime())
        ? { period: `${periodCell.getUTCFullYear()}-${pad(periodCell.getUTCMonth() + 1)}` }
        : cellText(periodCell).trim() === ""
          ? { error: `Skriv inn perioden. ${PERIOD_ERROR}` }
          : parsePeriod(cellText(periodCell), year);
    if ("error" in period) report(H.period, period.error);

    const value = cellNumber(raw(row, "value"));
    if (value === null) report(H.value, "Skriv inn verdien.");
    else if (value === undefined) report(H.value, "Verdien må være et tall, for eksempel 12,6.");
    else if (Math.abs(value) > 1_000_000_000) report(H.value, "Verdien må være mellom −1 000 000 000 og 1 000 000 000.");

    if ("period" in period && indicator !== "") {
      const problem = periodProblem(indicator, period.period, kinds.get(indicator) ?? null, year);
      if (problem) report(H.period, problem);
      const key = `${indicator}\u0000${period.period}`;
      if (seen.has(key)) report(H.period, `Indikatoren har allerede en verdi for ${periodLabel(period.period)} på rad ${seen.get(key)}.`);
      else seen.set(key, number);
    }

    if (result.errors.length === before && "period" in period && typeof value === "number") {
      result.values.push({ sheetRow: number, indicatorKey: clean(cellText(raw(row, "indicatorKey"))) || null, indicator, period: period.period, value });
    }
  }
}

/** Why a period does not fit the indicator (its kind, or the years values may be given for); null when it fits. */
export function periodProblem(indicator: string, period: string, kind: PeriodKind | null, year: number): string | null {
  const actual = periodKindOf(period);
  if (!actual) return PERIOD_ERROR;
  if (kind && actual !== kind) {
    return `Indikatoren «${indicator}» måles per ${periodKindLabels[kind].toLowerCase()}, så perioden må være ${
      { maned: "en måned (mars 2027)", tertial: "et tertial (1. tertial 2027)", ar: "et år (2027)" }[kind]
    }.`;
  }
  const range = periodInput(kind ?? actual, year).safeParse(period);
  return range.success ? null : (range.error.issues[0]?.message ?? PERIOD_ERROR);
}

function missingColumnsMessage(sheet: string, missing: string[]) {
  const names = missing.map((m) => `«${m}»`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
  return `${sheet}: Fant ikke ${missing.length === 1 ? "kolonnen" : "kolonnene"} ${list} i overskriftsraden.`;
}
