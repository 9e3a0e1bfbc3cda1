/**
 * The checks an uploaded file passes before it is loaded as a workbook: its size, that it is a
 * zip, what it would unpack to and how many rows its sheets have. Each is cheap, so a wrong or
 * hostile file is refused without unpacking it.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { text, type Text } from "~/lib/i18n/text";
import { MAX_IMPORT_BYTES } from "~/lib/limits";

/** What a 5 MB file is as base64 (the API's upload limit). */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/** Unpacked, a workbook may hold at most this much: guards against zip bombs. */
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;
/** Data rows per sheet; a plan has tens of activities, not thousands. */
export const MAX_ROWS = 1000;

export const FILE_TOO_LARGE = text("plan.import.fileTooLarge");
export const NOT_XLSX = text("plan.import.notXlsx");

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

/** Header rows and blank lines a sheet may have beyond its data rows. */
const ROW_SLACK = 50;

/**
 * The name of the first sheet with more rows than the limit, read as a stream that stops there.
 * A file the stream cannot read is left to the full load (xlsx-parse.ts), which says what is wrong with it.
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

/** Why the file cannot be loaded as a plan's workbook, or null when it may be. */
export async function fileProblem(buffer: Uint8Array): Promise<Text | null> {
  if (buffer.byteLength > MAX_IMPORT_BYTES) return FILE_TOO_LARGE;
  if (!isZip(buffer)) return NOT_XLSX;
  const unpacked = declaredUnpackedSize(buffer);
  if (unpacked === null) return NOT_XLSX;
  if (unpacked > MAX_UNPACKED_BYTES) return text("plan.import.tooMuchData");

  // Count rows while streaming, and stop at the limit: loading a 100 000-row file whole takes
  // seconds and hundreds of megabytes before the row limit could even be checked.
  const oversized = await firstOversizedSheet(buffer, MAX_ROWS + ROW_SLACK);
  // The limit as text: a number value would be formatted ("1 000").
  if (oversized) return text("plan.import.sheetTooLong", { sheet: oversized, max: String(MAX_ROWS) });
  return null;
}
