/**
 * Reading a plan's activities and indicators from an uploaded spreadsheet, in the layout the
 * Excel export writes (xlsx-layout.ts), so people can export, fill in and import again. Every
 * row is read and checked without touching the database; import-sync.ts matches the rows to
 * the plan by their keys, previews and applies the changes.
 *
 * Every message is Norwegian and names the sheet, the row and the column.
 */
import ExcelJS from "exceljs";
import { type PlanSource } from "~/lib/business-plan/balance";
import { parseTarget, periodLabel, type PeriodKind, type TargetDirection, type TargetKind, type TargetOperator } from "~/lib/business-plan/targets";
import { parseTiming, type TimingKind } from "~/lib/business-plan/timing";
import { itemFieldsInput } from "./items";
import { cellNumber, cellText, clean, dataRows, findHeader, normalise, pad, sheetNamed } from "./xlsx-cells";
import { fileProblem, MAX_ROWS, NOT_XLSX } from "./xlsx-file-checks";
import {
  activityHeaderNames,
  activityHeaders,
  indicatorHeaderNames,
  indicatorHeaders,
  ORIGIN_SHEET,
  originFields,
  planSheets,
  sheetNames,
  valueHeaderNames,
  valueHeaders,
  type FileOrigin,
} from "./xlsx-layout";
import {
  PERIOD_ERROR,
  PERIOD_KIND_ERROR,
  SOURCE_ERROR,
  STATUS_ERROR,
  parsePeriod,
  periodKindWords,
  periodProblem,
  sourceWords,
  statusWords,
  stripUnit,
  type ActionStatus,
} from "./xlsx-values";

/** The report lists at most this many errors, then says how many more there are. */
const MAX_REPORTED_ERRORS = 100;

const requiredActivityColumns = ["area", "goal", "source", "text"] as const;
const requiredIndicatorColumns = ["name", "source", "target"] as const;
const requiredValueColumns = ["indicator", "period", "value"] as const;

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

const fileError = (message: string): ParsedPlanTables => ({
  activities: [],
  indicators: [],
  values: [],
  errors: [{ sheet: "", row: 0, message }],
  origin: null,
  sheets: { activities: false, indicators: false, values: false },
});

/**
 * Reads an uploaded workbook: activities (with their satsingsområder and goals), indicators
 * and measured values. Never throws for a bad file: every problem is an error in the result.
 * `year` is the plan's year, for "når" and periods written without one.
 */
export async function parsePlanWorkbook(buffer: Uint8Array, year: number): Promise<ParsedPlanTables> {
  const problem = await fileProblem(buffer);
  if (problem) return fileError(problem);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ArrayBuffer);
  } catch {
    return fileError(NOT_XLSX);
  }

  // A file exported in either language: its sheets and columns by their name in any of them.
  const activitySheet = sheetNamed(workbook, sheetNames.activities);
  const indicatorSheet = sheetNamed(workbook, sheetNames.indicators);
  const valueSheet = sheetNamed(workbook, sheetNames.values);
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

function tooManyRows(result: ParsedPlanTables, sheet: string, count: number) {
  if (count <= MAX_ROWS) return false;
  result.errors.push({ sheet, row: 0, message: `${sheet}: Arket har ${count} rader. Det kan ha høyst ${MAX_ROWS}.` });
  return true;
}

function readActivities(sheet: ExcelJS.Worksheet, year: number, result: ParsedPlanTables) {
  const name = planSheets.activities;
  const header = findHeader(sheet, activityHeaders, requiredActivityColumns, activityHeaderNames);
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
  const header = findHeader(sheet, indicatorHeaders, requiredIndicatorColumns, indicatorHeaderNames);
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
  const header = findHeader(sheet, valueHeaders, requiredValueColumns, valueHeaderNames);
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
    const period: ReturnType<typeof parsePeriod> =
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

function missingColumnsMessage(sheet: string, missing: string[]) {
  const names = missing.map((m) => `«${m}»`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
  return `${sheet}: Fant ikke ${missing.length === 1 ? "kolonnen" : "kolonnene"} ${list} i overskriftsraden.`;
}
