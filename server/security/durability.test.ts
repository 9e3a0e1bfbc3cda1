import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, sqliteHandleOf } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { agreementPoint, auditEvent, partnership } from "~/db/schema";
import { makeFylke, makeKommune } from "~/test/factories";

const WRITERS = 3;
/** Acknowledged writes each writer must have made before the kill, so the kill lands mid-burst. */
const ACKS_BEFORE_KILL = 10;
const WRITER = path.join(import.meta.dirname, "durability-writer.ts");

let dir: string | null = null;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

interface Writer {
  child: ChildProcess;
  acknowledged: string[];
  exited: Promise<NodeJS.Signals | number | null>;
  stderr: string;
}

function startWriter(target: string, fylkeId: string, kommuneId: string, name: string): Writer {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, target, fylkeId, kommuneId, name], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: target },
  });
  children.push(child);
  const writer: Writer = {
    child,
    acknowledged: [],
    stderr: "",
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code))),
  };
  let partial = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop()!;
    writer.acknowledged.push(...lines.filter(Boolean));
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (writer.stderr += chunk));
  return writer;
}

async function until(condition: () => boolean, timeoutMs: number, describe: () => string) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${describe()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("durability", () => {
  it("keeps every acknowledged write after the writing processes are killed with SIGKILL mid-burst", async () => {
    // SQLite: a file of its own. PostgreSQL: this test file's own database (test/postgres-setup.ts).
    const onPostgres = activeDialect() === "postgres";
    if (!onPostgres) dir = fs.mkdtempSync(path.join(os.tmpdir(), "partnerskap-durability-"));
    const target = onPostgres ? process.env.DATABASE_URL! : path.join(dir!, "kill9.db");
    const setup = await openDatabase(target);
    const fylkeId = (await makeFylke(setup)).id;
    const kommuneId = (await makeKommune(setup, fylkeId)).id;
    await closeDatabase(setup);

    const writers = Array.from({ length: WRITERS }, (_, i) => startWriter(target, fylkeId, kommuneId, `skriver-${i}`));
    await until(
      () => writers.every((w) => w.acknowledged.length >= ACKS_BEFORE_KILL || w.child.exitCode !== null),
      45_000,
      () => writers.map((w) => `${w.acknowledged.length} acknowledged; ${w.stderr}`).join(" | "),
    );
    for (const w of writers) w.child.kill("SIGKILL");
    const endings = await Promise.all(writers.map((w) => w.exited));
    // Killed in the middle of the burst, not finished or crashed.
    expect(endings, writers.map((w) => w.stderr).join("\n")).toEqual(writers.map(() => "SIGKILL"));

    const acknowledged = writers.flatMap((w) => w.acknowledged);
    expect(acknowledged.length).toBeGreaterThanOrEqual(WRITERS * ACKS_BEFORE_KILL);

    const reopened = await openDatabase(target);
    try {
      if (!onPostgres) expect(sqliteHandleOf(reopened)!.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = new Set(
        (await reopened.select({ id: partnership.id }).from(partnership).where(inArray(partnership.id, acknowledged))).map((r) => r.id),
      );
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // Each write was one transaction: its audit row and agreement points are there too.
      const audited = new Set(
        (await reopened.select({ id: auditEvent.entityId }).from(auditEvent).where(inArray(auditEvent.entityId, acknowledged))).map((r) => r.id),
      );
      expect(audited.size).toBe(acknowledged.length);
      const sample = acknowledged.at(-1)!;
      expect(await reopened.select().from(agreementPoint).where(eq(agreementPoint.partnershipId, sample))).toHaveLength(5);
    } finally {
      await closeDatabase(reopened);
    }
  }, 60_000);
});
