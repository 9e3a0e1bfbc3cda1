/**
 * A real SMTP server on 127.0.0.1 for the mail tests and the benchmark (never used by the app):
 * smtp-server on a random port, no TLS, no login, and every message parsed back with mailparser.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface LoopbackSmtp {
  url: string;
  port: number;
  /** Every message the server accepted, parsed, in the order they arrived. */
  messages: ParsedMail[];
  /** Resolves once `n` messages have arrived (or rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface LoopbackOptions {
  /**
   * Called per recipient; return an error message and code to refuse it (e.g. 451 for «try again
   * later», 550 for «no such mailbox»), or nothing to accept.
   */
  refuseRecipient?: (address: string) => { code: number; message: string } | null | undefined;
  /** Keep only the Message-IDs, not whole parsed messages (the benchmark's thousand). */
  parse?: boolean;
}

export async function startLoopbackSmtp(options: LoopbackOptions = {}): Promise<LoopbackSmtp & { messageIds: string[] }> {
  const messages: ParsedMail[] = [];
  const messageIds: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const arrived = () => {
    for (const w of waiters.splice(0)) {
      if (messageIds.length >= w.n) w.resolve();
      else waiters.push(w);
    }
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refusal = options.refuseRecipient?.(address.address);
      if (refusal) {
        const error = new Error(refusal.message) as Error & { responseCode: number };
        error.responseCode = refusal.code;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messageIds.push(mail.messageId ?? "");
          if (options.parse !== false) messages.push(mail);
          arrived();
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    messageIds,
    waitFor(n, timeoutMs = 10_000) {
      if (messageIds.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${messageIds.length} of ${n} messages arrived`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
