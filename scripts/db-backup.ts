/**
 * Online backup of the SQLite database (issue 17 point 4, ADR 0016):
 *
 *   npm run db:backup -- <target-file>
 *
 * Copies the file DATABASE_URL names (default ./data/partnerskap.db) with SQLite's backup API,
 * which is safe while the app serves: it reads one consistent snapshot (WAL mode lets the app keep
 * writing meanwhile). The copy is checked (`pragma integrity_check`) and left as one self-contained
 * file (journal_mode DELETE). Restore: stop the app, copy the backup over the database file (and
 * remove any `-wal`/`-shm` beside it), start the app.
 *
 * On PostgreSQL it refuses: use pg_dump / pg_restore (see the README, «Drift»).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { dialectOf } from "~/db/dialect";
import { resolveDatabasePath } from "~/db/sqlite";

export class BackupError extends Error {}

export interface BackupResult {
  source: string;
  target: string;
  pages: number;
  bytes: number;
  ms: number;
}

export const POSTGRES_REFUSAL =
  "DATABASE_URL points to PostgreSQL; this command backs up the SQLite file only.\n" +
  "Back up PostgreSQL with pg_dump, e.g.  pg_dump --format=custom --file=partnerskap.dump \"$DATABASE_URL\"\n" +
  "and restore into an empty database with  pg_restore --no-owner --dbname=\"$TARGET_URL\" partnerskap.dump";

/** Backs up the SQLite database `url` names into `target` (which must not exist yet). */
export async function backupSqlite(url: string | undefined, target: string): Promise<BackupResult> {
  if (dialectOf(url) === "postgres") throw new BackupError(POSTGRES_REFUSAL);
  const source = resolveDatabasePath(url);
  if (source === ":memory:") throw new BackupError("DATABASE_URL is :memory:; there is no file to back up.");
  if (!fs.existsSync(source)) throw new BackupError(`No SQLite database at ${path.resolve(source)}.`);
  if (!target) throw new BackupError("Name the backup file: npm run db:backup -- <target-file>");
  if (path.resolve(target) === path.resolve(source)) throw new BackupError("The backup file must not be the database itself.");
  if (fs.existsSync(target)) throw new BackupError(`${path.resolve(target)} exists already; choose a new file name (a backup never overwrites).`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });

  const started = performance.now();
  // Its own connection, beside the app's: no migrations, no writes to the source.
  const sqlite = new BetterSqlite3(source, { fileMustExist: true });
  let pages = 0;
  try {
    sqlite.pragma("busy_timeout = 5000");
    const done = await sqlite.backup(target, {
      // All remaining pages in the next step: a step that is interrupted by the app's writes starts
      // over, and one step copies one consistent snapshot however busy the app is.
      progress: () => 0x7fffffff,
    });
    pages = done.totalPages;
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  } finally {
    sqlite.close();
  }

  const copy = new BetterSqlite3(target, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`The backup at ${target} fails its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { source: path.resolve(source), target: path.resolve(target), pages, bytes: fs.statSync(target).size, ms: Math.round(performance.now() - started) };
}

async function main(argv: string[]) {
  const target = argv.find((arg) => !arg.startsWith("-"));
  try {
    const result = await backupSqlite(process.env.DATABASE_URL, target ?? "");
    console.log(`Backed up ${result.source} to ${result.target}: ${result.pages} pages, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.ms} ms, integrity ok.`);
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
