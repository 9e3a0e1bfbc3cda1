/**
 * Reading a worksheet as people fill it in: a cell's text or number whatever Excel stored, and
 * the header row found by the columns' names in any order or case.
 */
import type ExcelJS from "exceljs";
import { parseNorwegianNumber } from "~/lib/business-plan/targets";
import { fromFormulaSafeText } from "~/server/domain/spreadsheet-text";

export const pad = (n: number) => String(n).padStart(2, "0");

/** What a cell says as text, whatever Excel stored: rich text, a formula's result, a date, a hyperlink. */
export function cellText(value: ExcelJS.CellValue): string {
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
export function cellNumber(value: ExcelJS.CellValue): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return undefined;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return cellNumber((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  const text = cellText(value).trim();
  if (text === "") return null;
  return parseNorwegianNumber(text) ?? undefined;
}

export const normalise = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[*:]+$/, "")
    .trim();

/** Text typed into a cell: trimmed, with line endings as \n. */
export const clean = (text: string) => text.replace(/\r\n?/g, "\n").trim();

/** Other header texts people use for the same column. */
const headerAliases: Record<string, string[]> = {
  indicator: ["navn", "indikatornavn"],
  name: ["indikator"],
  responsiblePerson: ["person", "ansvarlig"],
  periodKind: ["måles", "periode", "hyppighet"],
};

type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * Finds the header row (among the first ten) by the column names, in any order or case.
 * Returns the columns found, or the names of the required ones missing from the best row.
 */
export function findHeader<K extends string>(
  sheet: ExcelJS.Worksheet,
  headers: Record<K, string>,
  required: readonly NoInfer<K>[],
  /** The column's name in the other languages the export writes: matched as exactly as `headers`. */
  otherNames: Partial<Record<K, readonly string[]>> = {},
): { row: number; columns: Columns<K> } | { missing: string[] } {
  const wanted = (Object.keys(headers) as K[]).map((key) => {
    const exact = [headers[key], ...(otherNames[key] ?? [])].map(normalise);
    return { key, exact, names: [...exact, ...(headerAliases[key] ?? [])] };
  });
  let best: { row: number; columns: Columns<K>; missing: K[] } | null = null;
  const lastRow = Math.min(sheet.rowCount, 10);
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const columns: Columns<K> = {};
    row.eachCell((cell, col) => {
      const name = normalise(cellText(cell.value));
      // The exact name first, so "Mål" is not taken for an alias of another column.
      const match = wanted.find((w) => w.exact.includes(name)) ?? wanted.find((w) => w.names.includes(name));
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
export function dataRows(sheet: ExcelJS.Worksheet, headerRow: number): { number: number; row: ExcelJS.Row }[] {
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

/** A worksheet by name (or by any of its names in the export's languages), ignoring case and surrounding spaces. */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string | readonly string[]) {
  const names = (typeof name === "string" ? [name] : name).map(normalise);
  return workbook.worksheets.find((s) => names.includes(normalise(s.name)));
}
