/**
 * Importing a plan's activities and indicators from a spreadsheet, in the layout the Excel
 * export writes (server/export/plan-xlsx.ts), so people can export, fill in and import again.
 * The work is split by step:
 *
 * - xlsx-file-checks.ts: size, zip and row limits, checked before the workbook is loaded;
 * - xlsx-layout.ts: the sheets, headers and hidden origin sheet the export writes;
 * - xlsx-cells.ts and xlsx-values.ts: reading cells, headers and the words a cell may use;
 * - xlsx-parse.ts: parsePlanWorkbook, which reads and checks every row without the database.
 *
 * import-sync.ts matches the parsed rows to the plan by their keys, previews and applies them.
 */
export { FILE_TOO_LARGE, MAX_IMPORT_BASE64_LENGTH, MAX_ROWS, NOT_XLSX } from "./xlsx-file-checks";
export { activityHeaders, indicatorHeaders, ORIGIN_SHEET, originFields, planSheets, valueHeaders, type FileOrigin } from "./xlsx-layout";
export {
  parsePlanWorkbook,
  type ImportError,
  type ParsedActivity,
  type ParsedIndicator,
  type ParsedPlanTables,
  type ParsedValue,
} from "./xlsx-parse";
export { parsePeriod, periodProblem } from "./xlsx-values";
