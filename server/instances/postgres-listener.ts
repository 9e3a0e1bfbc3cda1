/**
 * A dedicated PostgreSQL connection that LISTENs on one channel (ADR 0017). It is its own
 * `pg.Client`, not one of the pool's clients: a pooled client is lent to transactions
 * (db/transaction.ts), and a LISTEN must stay on one session for as long as the process runs.
 *
 * When the connection fails or the server ends it, the listener reconnects with backoff
 * (100 ms doubling up to 5 s) and, once it is listening again, calls `onReady`: notifications
 * sent while it was away are gone, so whoever relies on them must re-read what they may have
 * missed from the database. `onReady` is called after the first connection too, for the same
 * reason (a subscriber may have registered before the LISTEN was in place).
 */
import type pg from "pg";
import { poolOf, type Database } from "~/db/connection";
import { dedicatedPostgresClient } from "~/db/instances";
import { log } from "~/server/ops/log";

export interface PostgresListener {
  /** Resolves when the first LISTEN is in place. */
  readonly ready: Promise<void>;
  /** Whether LISTEN is in place now. */
  listening(): boolean;
  close(): Promise<void>;
}

export interface ListenerHandlers {
  onNotification(payload: string): void;
  onReady(): void;
}

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;


export function listenOn(db: Database, channel: string, handlers: ListenerHandlers): PostgresListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`listenOn: unsafe channel name ${channel}`);
  const pool = poolOf(db);
  if (!pool) throw new Error("listenOn: not a PostgreSQL connection");

  let client: pg.Client | null = null;
  let closed = false;
  let backoff = MIN_BACKOFF_MS;
  let retry: NodeJS.Timeout | null = null;
  let isListening = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const lost = (which: pg.Client, error?: Error) => {
    if (client !== which) return;
    client = null;
    isListening = false;
    which.removeAllListeners("notification");
    which.end().catch(() => undefined);
    if (closed) return;
    log("error", "postgres listener lost its connection; reconnecting", { channel, error: error?.message ?? "ended", retryInMs: backoff });
    schedule();
  };

  const schedule = () => {
    // The connection was closed (closeDatabase): nobody is left to listen for.
    if ((pool as { ending?: boolean }).ending) closed = true;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, backoff);
    retry.unref();
    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
  };

  const connect = async () => {
    if (closed) return;
    const next = dedicatedPostgresClient(db);
    client = next;
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.onNotification(message.payload);
    });
    next.on("error", (error) => lost(next, error));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      lost(next, error as Error);
      return;
    }
    if (client !== next || closed) return;
    isListening = true;
    backoff = MIN_BACKOFF_MS;
    markReady();
    handlers.onReady();
  };

  void connect();

  return {
    ready,
    listening: () => isListening,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      isListening = false;
      if (current) await current.end().catch(() => undefined);
    },
  };
}
