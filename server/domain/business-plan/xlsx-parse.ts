/**
 * Reading a plan's activities and indicators from an uploaded spreadsheet, in the layout the
 * Excel export writes (xlsx-layout.ts), so people can export, fill in and import again. Every
 * row is read and checked without touching the database; import-sync.ts matches the rows to
 * the plan by their keys, previews and applies the changes.
 *
 * Every message is in the reader's language (ADR 0018) and names the sheet, the row and the
 * column by their names in it.
 */
import ExcelJS from "exceljs";
import { type PlanSource } from "~/lib/business-plan/balance";
import { periodText } from "~/lib/business-plan/period-words";
import { parseTarget, type PeriodKind, type TargetDirection, type TargetKind, type TargetOperator } from "~/lib/business-plan/targets";
import { parseTiming, type TimingKind } from "~/lib/business-plan/timing";
import type { Locale } from "~/lib/i18n/locales";
import { text, type Text } from "~/lib/i18n/text";
import { itemFieldsInput } from "./items";
import { cellNumber, cellText, clean, dataRows, findHeader, normalise, pad, sheetNamed } from "./xlsx-cells";
import { fileProblem, MAX_ROWS, NOT_XLSX } from "./xlsx-file-checks";
import { activityHeaderNames, indicatorHeaderNames, ORIGIN_SHEET, originFields, sheetNames, valueHeaderNames, type FileOrigin } from "./xlsx-layout";
import {
  importWords,
  PERIOD_ERROR,
  parsePeriod,
  periodKindError,
  periodKindWords,
  periodProblem,
  quotedList,
  sourceError,
  sourceWords,
  statusError,
  statusWords,
  stripUnit,
  type ActionStatus,
  type ImportWords,
} from "./xlsx-values";

/** The report lists at most this many errors, then says how many more there are. */
const MAX_REPORTED_ERRORS = 100;

const requiredActivityColumns = ["area", "goal", "source", "text"] as const;
const requiredIndicatorColumns = ["name", "source", "target"] as const;
const requiredValueColumns = ["indicator", "period", "value"] as const;

/** A problem with the file, written in the reader's language (the language the import was read in). */
export interface ImportError {
  /** The sheet's name in the reader's language; "" for the file as a whole. */
  sheet: string;
  /** The row in the sheet as Excel numbers it; 0 for the file as a whole. */
  row: number;
  message: string;
}

/** "Aktiviteter, rad 5, kolonne «Kilde»: …": a cell's error, as the import and the matching (import-sync.ts) write it. */
export const cellError = (w: ImportWords, sheet: string, row: number, column: string, message: string): ImportError => ({
  sheet,
  row,
  message: w.t("import.atCell", { sheet, row: String(row), column, message }),
});

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
 * and measured values. Never throws for a bad file: every problem is an error in the result,
 * written in `locale`, the reader's language. `year` is the plan's year, for "når" and periods
 * written without one.
 */
export async function parsePlanWorkbook(buffer: Uint8Array, year: number, locale?: Locale): Promise<ParsedPlanTables> {
  const w = importWords(locale);
  const problem = await fileProblem(buffer);
  if (problem) return fileError(w.say(problem));

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ArrayBuffer);
  } catch {
    return fileError(w.say(NOT_XLSX));
  }

  // A file exported in either language: its sheets and columns by their name in any of them.
  const activitySheet = sheetNamed(workbook, sheetNames.activities);
  const indicatorSheet = sheetNamed(workbook, sheetNames.indicators);
  const valueSheet = sheetNamed(workbook, sheetNames.values);
  if (!activitySheet && !indicatorSheet && !valueSheet) {
    return fileError(w.t("import.noSheets", { activities: w.layout.sheets.activities, indicators: w.layout.sheets.indicators }));
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
    if (activitySheet) readActivities(w, activitySheet, year, result);
    if (indicatorSheet) readIndicators(w, indicatorSheet, result);
    if (valueSheet) readValues(w, valueSheet, year, result);
  } catch {
    // exceljs reads lazily in places; a workbook that breaks while reading is not one we can use.
    return fileError(w.say(NOT_XLSX));
  }
  if (result.errors.length > MAX_REPORTED_ERRORS) {
    const more = result.errors.length - MAX_REPORTED_ERRORS;
    result.errors = [
      ...result.errors.slice(0, MAX_REPORTED_ERRORS),
      { sheet: "", row: 0, message: w.t("import.moreErrors", { more: String(more) }) },
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

/** Reports a problem in a column of the row: a rule's message (Text), or one already written. */
type ErrorAt = (column: string, message: Text | string) => void;

function errorsFor(w: ImportWords, result: ParsedPlanTables, sheet: string, row: number): ErrorAt {
  return (column, message) => result.errors.push(cellError(w, sheet, row, column, w.say(message)));
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

function tooManyRows(w: ImportWords, result: ParsedPlanTables, sheet: string, count: number) {
  if (count <= MAX_ROWS) return false;
  result.errors.push({ sheet, row: 0, message: w.t("import.tooManyRows", { sheet, count: String(count), max: String(MAX_ROWS) }) });
  return true;
}

function readActivities(w: ImportWords, sheet: ExcelJS.Worksheet, year: number, result: ParsedPlanTables) {
  const name = w.layout.sheets.activities;
  const H = w.layout.activityHeaders;
  const header = findHeader(sheet, H, requiredActivityColumns, activityHeaderNames);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(w, name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(w, result, name, rows.length)) return;
  const get = (row: ExcelJS.Row, key: keyof typeof H) => {
    const col = header.columns[key];
    return col === undefined ? "" : clean(cellText(row.getCell(col).value));
  };

  for (const { number, row } of rows) {
    const report = errorsFor(w, result, name, number);
    const before = result.errors.length;
    const area = get(row, "area");
    const goalText = get(row, "goal");
    const sourceText = get(row, "source");
    const activityText = get(row, "text");
    const responsible = get(row, "responsible");
    const responsiblePerson = get(row, "responsiblePerson");
    const timingText = get(row, "timing");
    const statusText = get(row, "status");
    const key = get(row, "key") || null;

    if (area === "") report(H.area, text("plan.import.areaRequired"));
    else checkFields({ kind: "focus_area", title: area, description: "" }, { title: H.area }, H.area, report);

    let goal: ParsedActivity["goal"] = null;
    if (goalText === "") {
      if (activityText !== "") report(H.goal, text("plan.import.goalForActivity"));
      else if (sourceText !== "") report(H.goal, text("plan.import.goalForSource"));
    } else {
      const source = sourceWords.get(normalise(sourceText));
      if (sourceText === "") report(H.source, `${w.t("import.goalSourceRequired")} ${sourceError(w)}`);
      else if (!source) report(H.source, sourceError(w));
      else if (checkFields({ kind: "goal", text: goalText, source, foundationKey: null }, { text: H.goal, source: H.source }, H.goal, report)) {
        goal = { text: goalText, source };
      }
    }

    let activity: ParsedActivity["activity"] = null;
    if (activityText === "") {
      if (responsible || responsiblePerson || timingText || statusText) report(H.text, text("plan.import.activityRequired"));
    } else {
      const timing = timingText === "" ? ({ kind: "fortlopende", value: null } as const) : parseTiming(timingText, year);
      if ("error" in timing) report(H.timing, timing.error);
      const status: ActionStatus | undefined = statusText === "" ? "ikke_startet" : statusWords.get(normalise(statusText));
      if (!status) report(H.status, statusError(w));
      if (!("error" in timing) && status) {
        const ok = checkFields(
          { kind: "activity", text: activityText, responsible, responsiblePerson, timing, status, developmentActionId: null },
          { text: H.text, responsible: H.responsible, responsiblePerson: H.responsiblePerson, timing: H.timing, status: H.status },
          H.text,
          report,
        );
        if (ok) {
          activity = { text: activityText, responsible, responsiblePerson, timingKind: timing.kind, timingValue: timing.value, status };
        }
      }
    }

    if (result.errors.length === before) result.activities.push({ sheetRow: number, key: activity ? key : null, area, goal, activity });
  }
}

function readIndicators(w: ImportWords, sheet: ExcelJS.Worksheet, result: ParsedPlanTables) {
  const name = w.layout.sheets.indicators;
  const H = w.layout.indicatorHeaders;
  const header = findHeader(sheet, H, requiredIndicatorColumns, indicatorHeaderNames);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(w, name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(w, result, name, rows.length)) return;
  const raw = (row: ExcelJS.Row, key: keyof typeof H) => {
    const col = header.columns[key];
    return col === undefined ? null : row.getCell(col).value;
  };
  const get = (row: ExcelJS.Row, key: keyof typeof H) => clean(cellText(raw(row, key)));
  const seen = new Map<string, number>();

  for (const { number, row } of rows) {
    const report = errorsFor(w, result, name, number);
    const before = result.errors.length;
    const indicatorName = get(row, "name");
    const sourceText = get(row, "source");
    const unit = get(row, "unit");
    const targetText = get(row, "target");
    const periodText = get(row, "periodKind");

    if (indicatorName === "") report(H.name, text("plan.import.indicatorNameRequired"));
    else if (seen.has(indicatorName)) report(H.name, text("plan.import.indicatorTwice", { name: indicatorName, row: String(seen.get(indicatorName)) }));
    else seen.set(indicatorName, number);

    const source = sourceWords.get(normalise(sourceText));
    if (sourceText === "") report(H.source, `${w.t("import.indicatorSourceRequired")} ${sourceError(w)}`);
    else if (!source) report(H.source, sourceError(w));

    const baseline = cellNumber(raw(row, "baseline"));
    if (baseline === undefined) report(H.baseline, text("plan.import.baselineNotNumber"));

    const target = targetText === "" ? { error: text("plan.import.targetRequired") } : parseTarget(stripUnit(targetText, unit));
    if ("error" in target) report(H.target, target.error);

    const periodKind: PeriodKind | undefined = periodText === "" ? "tertial" : periodKindWords.get(normalise(periodText));
    if (!periodKind) report(H.periodKind, periodKindError(w));

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

function readValues(w: ImportWords, sheet: ExcelJS.Worksheet, year: number, result: ParsedPlanTables) {
  const name = w.layout.sheets.values;
  const H = w.layout.valueHeaders;
  const header = findHeader(sheet, H, requiredValueColumns, valueHeaderNames);
  if ("missing" in header) {
    result.errors.push({ sheet: name, row: 1, message: missingColumnsMessage(w, name, header.missing) });
    return;
  }
  const rows = dataRows(sheet, header.row);
  if (tooManyRows(w, result, name, rows.length)) return;
  const raw = (row: ExcelJS.Row, key: keyof typeof H) => {
    const col = header.columns[key];
    return col === undefined ? null : row.getCell(col).value;
  };
  // Indicators in the file; the others are checked against the plan when importing.
  const kinds = new Map(result.indicators.map((i) => [i.name, i.periodKind]));
  const seen = new Map<string, number>();

  for (const { number, row } of rows) {
    const report = errorsFor(w, result, name, number);
    const before = result.errors.length;
    const indicator = clean(cellText(raw(row, "indicator")));
    if (indicator === "") report(H.indicator, text("plan.import.valueIndicatorRequired"));

    const periodCell = raw(row, "period");
    // Excel turns "2027-03" into a date: read a date as its month.
    const period: { period: string } | { error: Text | string } =
      periodCell instanceof Date && !Number.isNaN(periodCell.getTime())
        ? { period: `${periodCell.getUTCFullYear()}-${pad(periodCell.getUTCMonth() + 1)}` }
        : cellText(periodCell).trim() === ""
          ? { error: `${w.t("import.periodRequired")} ${w.say(PERIOD_ERROR)}` }
          : parsePeriod(cellText(periodCell), year);
    if ("error" in period) report(H.period, period.error);

    const value = cellNumber(raw(row, "value"));
    if (value === null) report(H.value, text("plan.import.valueRequired"));
    else if (value === undefined) report(H.value, text("plan.import.valueNotNumber"));
    else if (Math.abs(value) > 1_000_000_000) report(H.value, text("plan.import.valueRange"));

    if ("period" in period && indicator !== "") {
      const problem = periodProblem(indicator, period.period, kinds.get(indicator) ?? null, year);
      if (problem) report(H.period, problem);
      const key = `${indicator}\u0000${period.period}`;
      if (seen.has(key)) {
        report(H.period, text("plan.import.valueTwice", { period: periodText(period.period, w.locale, w.t), row: String(seen.get(key)) }));
      } else seen.set(key, number);
    }

    if (result.errors.length === before && "period" in period && typeof value === "number") {
      result.values.push({ sheetRow: number, indicatorKey: clean(cellText(raw(row, "indicatorKey"))) || null, indicator, period: period.period, value });
    }
  }
}

function missingColumnsMessage(w: ImportWords, sheet: string, missing: string[]) {
  return w.t("import.missingColumns", { sheet, count: missing.length, list: quotedList(w, missing, "andList") });
}
