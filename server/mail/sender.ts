/**
 * Delivers the outbox (ADR 0014): claims due rows atomically, sends each over SMTP with its
 * idempotency key as Message-ID, and marks it sent, or schedules a retry with backoff, or gives
 * up after MAX_ATTEMPTS. At-least-once: a process that dies after the SMTP server accepted a
 * mail and before marking it leaves the row `sending`; when its claim's lease runs out, another
 * run sends it again, with the same Message-ID.
 *
 * Several instances may run this at once: a claim is one UPDATE … WHERE id IN (SELECT … LIMIT n)
 * that repeats the due condition outside the sub-select, so a row another claimer took in the
 * meantime no longer matches (SQLite runs the statement alone; PostgreSQL re-checks the outer
 * condition on the row it waited for, and its sub-select takes FOR UPDATE SKIP LOCKED, so a
 * claimer passes over rows another is claiming instead of waiting for them and finding them gone). While a pass sends, it renews its claims every
 * RENEW_EVERY_MS and sends a row only while the claim is still its own, so a slow instance never
 * sends a row someone else has reclaimed.
 */
import os from "node:os";
import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { createDatabase, dialectOfDatabase, type Database } from "~/db/connection";
import { mailOutbox } from "~/db/schema";
import { mailFrom, messageIdFor, smtpUrl } from "./config";
import { readExtras } from "./outbox";
import { isoToday } from "~/lib/dates";
import { digestInstant, sendDueDigests } from "./digest";
import { sendDueReminders } from "~/server/domain/notifications/reminders";
import { errorFields, log } from "~/server/ops/log";

const REMINDER_INTERVAL_MS = 10 * 60_000;

export const MINUTE = 60_000;
/** Wait before attempt 2, 3, …: 1 min, 5 min, 30 min, 2 h, 6 h. The sixth failure is final. */
export const BACKOFF_MS = [1, 5, 30, 120, 360].map((m) => m * MINUTE);
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
/**
 * A claim older than this is taken to belong to a process that died. Well above RENEW_EVERY_MS
 * plus the longest one message can take (the transport's timeouts below).
 */
export const LEASE_MS = 5 * MINUTE;
export const DEFAULT_BATCH = 50;

export type OutboxRow = typeof mailOutbox.$inferSelect;

/** What the sender needs of nodemailer: a transport, or a fake in tests. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close?(): void;
}

/** A pooled SMTP transport: a handful of connections reused across messages. */
export function createSmtpTransport(url: string, options: { maxConnections?: number } = {}): MailTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: options.maxConnections ?? 4,
    maxMessages: 500,
    // Short enough that one message never outlives its claim's lease (LEASE_MS).
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/** The message nodemailer sends for a row: Message-ID from the key, unsubscribe headers, the .ics. */
export function messageFor(row: OutboxRow, from = mailFrom()): SendMailOptions {
  const extras = readExtras(row.extras);
  const headers: Record<string, string> = {};
  if (extras.unsubscribeUrl) {
    // RFC 8058: a mail client may offer «unsubscribe», which POSTs List-Unsubscribe=One-Click to the URL.
    headers["List-Unsubscribe"] = `<${extras.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    from,
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    html: row.html,
    messageId: messageIdFor(row.idempotencyKey),
    headers,
    attachments: extras.ics
      ? [
          {
            filename: extras.ics.filename,
            content: extras.ics.content,
            contentType: `text/calendar; charset=utf-8; method=${extras.ics.method}`,
          },
        ]
      : [],
  };
}

// --- Claims ---------------------------------------------------------------------------------

export interface ClaimOptions {
  instanceId: string;
  now?: Date;
  batchSize?: number;
  leaseMs?: number;
}

/** Waiting and due, or stuck in `sending` past the lease with attempts left. */
function dueCondition(now: Date, leaseMs: number): SQL {
  return or(
    and(eq(mailOutbox.status, "waiting"), lte(mailOutbox.nextAttemptAt, now)),
    and(
      eq(mailOutbox.status, "sending"),
      lt(mailOutbox.claimedAt, new Date(now.getTime() - leaseMs)),
      lt(mailOutbox.attempts, MAX_ATTEMPTS),
    ),
  )!;
}

/**
 * Claims up to batchSize due rows for this instance in one statement and counts the attempt.
 * Rows stuck in `sending` whose attempts are spent are marked failed instead.
 */
export async function claimDue(
  db: Database,
  { instanceId, now = new Date(), batchSize = DEFAULT_BATCH, leaseMs = LEASE_MS }: ClaimOptions,
): Promise<OutboxRow[]> {
  await db
    .update(mailOutbox)
    .set({ status: "failed", claimedAt: null, claimedBy: null, lastError: "Avbrutt under sending for mange ganger; sendt eller ikke er ukjent." })
    .where(
      and(
        eq(mailOutbox.status, "sending"),
        lt(mailOutbox.claimedAt, new Date(now.getTime() - leaseMs)),
        gte(mailOutbox.attempts, MAX_ATTEMPTS),
      ),
    );
  const due = dueCondition(now, leaseMs);
  const selected = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(due)
    .orderBy(mailOutbox.nextAttemptAt, mailOutbox.createdAt, mailOutbox.id)
    .limit(batchSize);
  // PostgreSQL: rows another claimer has locked are passed over (the outer `due` keeps the claim
  // atomic either way). SQLite has no row locks and runs the statement alone.
  const candidates = dialectOfDatabase(db) === "postgres" ? selected.for("update", { skipLocked: true }) : selected;
  return db
    .update(mailOutbox)
    .set({ status: "sending", claimedAt: now, claimedBy: instanceId, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(and(inArray(mailOutbox.id, candidates), due))
    .returning();
}

/**
 * Renews this instance's claims on the rows it has not finished, in one statement; returns the ids
 * still ours (a row missing was reclaimed by another instance after we stalled past the lease).
 */
async function renewClaims(db: Database, ids: string[], instanceId: string, at: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const renewed = await db
    .update(mailOutbox)
    .set({ claimedAt: at })
    .where(and(inArray(mailOutbox.id, ids), eq(mailOutbox.status, "sending"), eq(mailOutbox.claimedBy, instanceId)))
    .returning({ id: mailOutbox.id });
  return new Set(renewed.map((r) => r.id));
}

/**
 * How often a pass renews its claims while it sends. With one message's timeouts (under 2 min) on
 * top, a claim renewed this often never reaches LEASE_MS while its instance is alive; renewing per
 * batch instead of per message spares a commit (an fsync) per mail.
 */
export const RENEW_EVERY_MS = 30_000;

const ours = (id: string, instanceId: string) =>
  and(eq(mailOutbox.id, id), eq(mailOutbox.status, "sending"), eq(mailOutbox.claimedBy, instanceId));

export async function markSent(db: Database, id: string, instanceId: string, at: Date): Promise<boolean> {
  const marked = await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: at, claimedAt: null, claimedBy: null, lastError: null })
    .where(ours(id, instanceId))
    .returning({ id: mailOutbox.id });
  return marked.length > 0;
}

// --- Failures -------------------------------------------------------------------------------

interface SmtpError {
  message?: string;
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
}

/**
 * A 5xx answer to the recipient or the message itself is final (RFC 5321: permanent); 4xx answers,
 * network errors, and 5xx to the login or the sender address (a configuration the administrator
 * can fix) are retried.
 */
export function isPermanent(error: unknown): boolean {
  const e = (error ?? {}) as SmtpError;
  const code = e.responseCode ?? 0;
  return code >= 500 && code < 600 && (e.command === "RCPT TO" || e.command === "DATA" || e.code === "EENVELOPE");
}

/** What the administrator reads at /admin/e-post: the server's answer, one line, bounded. */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const text = (e.response || e.message || String(error)).replace(/\s+/g, " ").trim();
  return text.slice(0, 500) || "Ukjent feil";
}

/** For the log: the error's kind, never its text (it may name the recipient). */
const errorKind = (error: unknown) => {
  const e = (error ?? {}) as SmtpError;
  return [e.code, e.command, e.responseCode].filter(Boolean).join(" ") || "error";
};

export function nextAttemptDelay(attempts: number): number | null {
  return attempts >= MAX_ATTEMPTS ? null : BACKOFF_MS[Math.max(0, attempts - 1)]!;
}

async function markFailure(db: Database, row: OutboxRow, instanceId: string, error: unknown, at: Date): Promise<"retry" | "failed"> {
  const delay = isPermanent(error) ? null : nextAttemptDelay(row.attempts);
  const lastError = describeError(error);
  if (delay === null) {
    await db.update(mailOutbox).set({ status: "failed", claimedAt: null, claimedBy: null, lastError }).where(ours(row.id, instanceId));
    return "failed";
  }
  await db
    .update(mailOutbox)
    .set({ status: "waiting", claimedAt: null, claimedBy: null, lastError, nextAttemptAt: new Date(at.getTime() + delay) })
    .where(ours(row.id, instanceId));
  return "retry";
}

// --- Delivery -------------------------------------------------------------------------------

export interface DeliverOptions extends ClaimOptions {
  /** Messages in flight at once (the pool's connections). */
  concurrency?: number;
  /** The time while the pass runs; `now` plus the real time spent unless told (tests). */
  clock?: () => Date;
  from?: string;
  log?: (line: string) => void;
}

export interface DeliveryResult {
  claimed: number;
  sent: number;
  retry: number;
  failed: number;
  /** Reclaimed by another instance before we sent it (we stalled past the lease): not sent by us. */
  lost: number;
}

/**
 * One pass: claim due rows, send them, mark each. Safe to call from several instances at once.
 * `now` is the pass's moment (a test's clock); the time spent sending is added to it.
 */
export async function deliverDue(db: Database, transport: MailTransport, options: DeliverOptions): Promise<DeliveryResult> {
  const startedAt = options.now ?? new Date();
  const t0 = performance.now();
  const clock = options.clock ?? (() => new Date(startedAt.getTime() + Math.round(performance.now() - t0)));
  const { instanceId } = options;
  const rows = await claimDue(db, { ...options, now: startedAt });
  const result: DeliveryResult = { claimed: rows.length, sent: 0, retry: 0, failed: 0, lost: 0 };
  const from = options.from ?? mailFrom();
  const note = options.log ?? ((line: string) => log("warn", line));

  let next = 0;
  const unfinished = new Set(rows.map((r) => r.id));
  let owned = new Set(unfinished);
  let renewedAt = startedAt.getTime();
  // One renewal at a time: the workers that find the claims due for renewal wait for the same one.
  let renewing: Promise<void> | null = null;
  const stillOurs = async (id: string) => {
    const at = clock();
    if (at.getTime() - renewedAt >= RENEW_EVERY_MS) {
      renewing ??= (async () => {
        owned = await renewClaims(db, [...unfinished], instanceId, at);
        renewedAt = at.getTime();
      })().finally(() => {
        renewing = null;
      });
    }
    if (renewing) await renewing;
    return owned.has(id);
  };
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      if (!(await stillOurs(row.id))) {
        unfinished.delete(row.id);
        result.lost++;
        continue;
      }
      try {
        await transport.sendMail(messageFor(row, from));
      } catch (error) {
        unfinished.delete(row.id);
        const outcome = await markFailure(db, row, instanceId, error, clock());
        result[outcome]++;
        note(`[mail] ${row.id}: attempt ${row.attempts} refused (${errorKind(error)}); ${outcome === "failed" ? "gave up" : "will retry"}`);
        continue;
      }
      // Accepted by the SMTP server. If the process dies before this line, the row is sent again
      // after the lease, with the same Message-ID (ADR 0014).
      unfinished.delete(row.id);
      if (await markSent(db, row.id, instanceId, clock())) result.sent++;
      else result.lost++;
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, rows.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

/** The administrator's «Send på nytt»: a failed mail waits again, with its attempts reset. */
export async function resend(db: Database, id: string, now = new Date()): Promise<boolean> {
  const waiting = await db
    .update(mailOutbox)
    .set({ status: "waiting", attempts: 0, nextAttemptAt: now, claimedAt: null, claimedBy: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "failed")))
    .returning({ id: mailOutbox.id });
  return waiting.length > 0;
}

// --- The loop -------------------------------------------------------------------------------

const LOOP = Symbol.for("partnerskapsrommet.mail-sender");
const DB_KEY = "partnerskapDb";

/**
 * The app's one connection, as db/client.ts keeps it on globalThis (that module is server-only,
 * which instrumentation cannot import; the two bundles share only the process).
 */
export function appDatabase(): Database {
  const g = globalThis as unknown as Record<string, Database | undefined>;
  g[DB_KEY] ??= createDatabase(process.env.DATABASE_URL);
  return g[DB_KEY];
}

export interface SenderHandle {
  instanceId: string;
  stop(): void;
  /** One pass now (digests, then delivery); resolves when it is done. */
  tick(): Promise<void>;
}

/**
 * Starts the background loop, once per process: every intervalMs it builds the daily digests that
 * are due (also without SMTP_URL: they are then kept) and, when SMTP_URL is set, delivers the
 * outbox. An unref'd timer (it never keeps the process alive), one pass at a time, and an error in a
 * pass is logged and the next pass tries again: the loop never takes the server down.
 */
export function startMailSender(options: { intervalMs?: number; db?: () => Database } = {}): SenderHandle {
  const g = globalThis as unknown as Record<symbol, SenderHandle | undefined>;
  const existing = g[LOOP];
  if (existing) return existing;

  const url = smtpUrl(); // a malformed SMTP_URL stops the start here, with its message
  const transport = url ? createSmtpTransport(url) : null;
  const instanceId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const getDb = options.db ?? appDatabase;
  let running: Promise<void> | null = null;
  // The Oslo day whose digests this process has built: one scan per day, not one per pass.
  let digestsBuiltFor: string | null = null;
  // Reminders (due in 7 days, overdue, closing soon) are deduplicated, so a pass now and then is enough.
  let remindersCheckedAt = 0;

  const pass = async () => {
    const db = getDb();
    const now = new Date();
    const today = isoToday(now);
    if (digestsBuiltFor !== today && now >= digestInstant(today)) {
      const digests = await sendDueDigests(db, now);
      digestsBuiltFor = today;
      if (digests > 0) log("info", "mail digests queued", { digests });
    }
    if (now.getTime() - remindersCheckedAt >= REMINDER_INTERVAL_MS) {
      await sendDueReminders(db, now);
      remindersCheckedAt = now.getTime();
    }
    if (!transport) return;
    // Drain: keep claiming while full batches come back.
    for (let round = 0; round < 20; round++) {
      const r = await deliverDue(db, transport, { instanceId, now: new Date() });
      if (r.claimed > 0) log("info", "mail pass", { sent: r.sent, retry: r.retry, failed: r.failed, reclaimedElsewhere: r.lost });
      if (r.claimed < DEFAULT_BATCH) break;
    }
  };
  const tick = () => {
    running ??= pass()
      .catch((error: unknown) => log("error", "mail pass failed", { kind: errorKind(error), ...errorFields(error) }))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 15_000);
  timer.unref();
  const handle: SenderHandle = {
    instanceId,
    tick,
    stop() {
      clearInterval(timer);
      transport?.close?.();
      g[LOOP] = undefined;
    },
  };
  g[LOOP] = handle;
  log("info", transport ? "mail: sending from the outbox over SMTP_URL" : "mail: no SMTP_URL, mails are kept in the outbox and nothing leaves the machine (/admin/e-post)");
  return handle;
}
