/**
 * `npm run db:backup` (scripts/db-backup.ts): an online backup of the SQLite file, taken while
 * another process keeps writing, opens as a database with the data in it; restoring (copying the
 * file into place) gives that data back; PostgreSQL is refused with the way to pg_dump.
 */
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { asc, count, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Database } from "~/db/connection";
import * as sqliteSchema from "~/db/schema/sqlite";
import type * as pgSchema from "~/db/schema/pg";
import { backupSqlite, BackupError } from "./db-backup";

// Whatever project runs this file, these databases are SQLite files.
const { fylke, kommune } = sqliteSchema as unknown as typeof pgSchema;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "infra-backup-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function seeded(file: string, rows: number): Promise<Database> {
  const db = await openDatabase(file);
  for (let i = 0; i < rows; i += 100) {
    await db.insert(fylke).values(
      Array.from({ length: Math.min(100, rows - i) }, (_, j) => ({ id: `seed-${i + j}`, slug: `seed-${i + j}`, name: `Fylke ${i + j} `.padEnd(400, "x") })),
    );
  }
  return db;
}

/** Another process that writes a fylke and its kommune in one transaction, as fast as it can. */
function startWriter(file: string) {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    const f = db.prepare("insert into fylke (id, slug, name, created_at) values (?, ?, ?, ?)");
    const k = db.prepare("insert into kommune (id, number, name, fylke_id, created_at) values (?, ?, ?, ?, ?)");
    const pair = db.transaction((n) => { f.run("w-" + n, "w-" + n, "W ".padEnd(400, "y"), Date.now()); k.run("k-" + n, "k" + n, "K " + n, "w-" + n, Date.now()); });
    let n = 0;
    let stop = false;
    process.on("SIGTERM", () => { stop = true; });
    const loop = () => { for (let i = 0; i < 20; i++) pair(n++); if (n % 200 === 0) process.stdout.write(n + "\\n"); if (stop) { process.stdout.write("done " + n + "\\n"); db.close(); process.exit(0); } setImmediate(loop); };
    loop();
  `;
  const child = spawn(process.execPath, ["-e", code, file], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  let written = 0;
  const finished = new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (/^\d+$/.test(line)) written = Number(line);
        const done = /^done (\d+)$/.exec(line);
        if (done) resolve(Number(done[1]));
      }
    });
    child.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`writer exited with ${code}`))));
  });
  return {
    written: () => written,
    stop: async () => {
      child.kill("SIGTERM");
      return finished;
    },
  };
}

describe("db:backup", () => {
  it("backs up the file while another process keeps writing; the backup opens with the data, and restores", async () => {
    const file = path.join(scratch, "app.db");
    const backup = path.join(scratch, "backups", "app-backup.db");
    const app = await seeded(file, 3000);

    const writer = startWriter(file);
    while (writer.written() < 200) await sleep(10);
    const before = writer.written();
    const result = await backupSqlite(file, backup);
    const during = writer.written();
    // The app's own connection keeps writing too.
    await app.insert(fylke).values({ id: "after-backup", slug: "after-backup", name: "Written after the backup" });
    while (writer.written() < during + 200) await sleep(10);
    const total = await writer.stop();
    // The writer was busy before the backup began and went on after it ended.
    expect(total).toBeGreaterThan(during);
    expect(during).toBeGreaterThanOrEqual(before);
    expect(result.pages).toBeGreaterThan(100);
    expect(result.target).toBe(path.resolve(backup));

    // The backup is one self-contained file: no -wal beside it.
    expect(fs.existsSync(`${backup}-wal`)).toBe(false);
    const raw = new BetterSqlite3(backup, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    raw.close();

    const copy = await openDatabase(backup);
    const [{ n: seededRows }] = (await copy.select({ n: count() }).from(fylke).where(like(fylke.id, "seed-%"))) as [{ n: number }];
    const [{ n: writerFylker }] = (await copy.select({ n: count() }).from(fylke).where(like(fylke.id, "w-%"))) as [{ n: number }];
    const [{ n: writerKommuner }] = (await copy.select({ n: count() }).from(kommune)) as [{ n: number }];
    expect(seededRows).toBe(3000);
    // One consistent snapshot: every fylke the writer committed has its kommune, and at least
    // what was written before the backup began is in it, at most what was written in all.
    expect(writerKommuner).toBe(writerFylker);
    expect(writerFylker).toBeGreaterThanOrEqual(before);
    expect(writerFylker).toBeLessThanOrEqual(total);
    expect((await copy.select().from(fylke).orderBy(asc(fylke.id)).limit(1))[0]).toMatchObject({ id: "seed-0", slug: "seed-0" });
    expect(await copy.select().from(fylke).where(like(fylke.id, "after-backup"))).toEqual([]);
    await closeDatabase(copy);

    // Restore: stop the app, copy the backup into place (and drop the old -wal/-shm), start again.
    await closeDatabase(app);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.copyFileSync(backup, file);
    const restored = await openDatabase(file);
    const [{ n: restoredFylker }] = (await restored.select({ n: count() }).from(fylke)) as [{ n: number }];
    expect(restoredFylker).toBe(seededRows + writerFylker);
    expect(await restored.select().from(fylke).where(like(fylke.id, "after-backup"))).toEqual([]);
    await restored.insert(fylke).values({ id: "after-restore", slug: "after-restore", name: "The restored database takes writes" });
    expect(await restored.select({ id: fylke.id }).from(fylke).where(like(fylke.id, "after-restore"))).toEqual([{ id: "after-restore" }]);
    await closeDatabase(restored);
  }, 60_000);

  it("refuses PostgreSQL and points to pg_dump", async () => {
    const refusal = backupSqlite("postgres://app@db.example/partnerskap", path.join(scratch, "pg.db"));
    await expect(refusal).rejects.toBeInstanceOf(BackupError);
    await expect(refusal).rejects.toThrow(/pg_dump/);
    expect(fs.existsSync(path.join(scratch, "pg.db"))).toBe(false);
  });

  it("never overwrites a file and needs an existing database", async () => {
    const file = path.join(scratch, "small.db");
    const db = await seeded(file, 10);
    await closeDatabase(db);
    const existing = path.join(scratch, "existing.db");
    fs.writeFileSync(existing, "keep me");
    await expect(backupSqlite(file, existing)).rejects.toThrow(/exists already/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    await expect(backupSqlite(file, file)).rejects.toThrow(/must not be the database itself/);
    await expect(backupSqlite(path.join(scratch, "missing.db"), path.join(scratch, "x.db"))).rejects.toThrow(/No SQLite database/);
    await expect(backupSqlite(":memory:", path.join(scratch, "x.db"))).rejects.toThrow(/no file/);
  });

  it("runs as `npm run db:backup -- <file>`, and exits non-zero on PostgreSQL", async () => {
    const run = promisify(execFile);
    const file = path.join(scratch, "cli.db");
    await closeDatabase(await seeded(file, 10));
    const target = path.join(scratch, "cli-backup.db");
    const tsx = path.resolve("node_modules/.bin/tsx");
    const { stdout } = await run(tsx, ["scripts/db-backup.ts", target], { env: { ...process.env, DATABASE_URL: file } });
    expect(stdout).toMatch(/Backed up .*cli\.db to .*cli-backup\.db: \d+ pages.*integrity ok/);
    expect(fs.existsSync(target)).toBe(true);

    const refused = await run(tsx, ["scripts/db-backup.ts", path.join(scratch, "cli-pg.db")], { env: { ...process.env, DATABASE_URL: "postgresql://app@db.example/x" } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/pg_dump/);
  }, 60_000);
});



