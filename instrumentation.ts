/**
 * Runs once when a server starts (next start, next dev, the e2e server and the benchmark): hands
 * route handlers the socket's address (server/security/peer-address.ts), and says which browser
 * the PDF export will use, or why PDFs are off, so a newcomer sees it at start-up instead of
 * meeting a 503 on the first PDF link. Gives every request an id, a log line and its metrics. On PostgreSQL, waits for the migrations. Starts the mail
 * sender's loop (server/mail/sender.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // Before any request is handled: the abuse limits need the socket's address (server/security/).
    const { installPeerAddressHeader } = await import("./server/security/peer-address");
    const { trustedProxies } = await import("./server/security/client-address");
    installPeerAddressHeader();
    // A request id, a JSON log line and metrics for every request (server/ops/, README «Drift»).
    const { installRequestObserver } = await import("./server/ops/request-observer");
    installRequestObserver();
    trustedProxies(); // a mistyped TRUSTED_PROXIES stops the start here, with its message
    const { describePdfBrowser, findPdfBrowser } = await import("./server/export/pdf-browser.mjs");
    console.log(describePdfBrowser(findPdfBrowser()));
    // The outbox's sender and the daily digest (ADR 0014); a malformed SMTP_URL stops the start here.
    const { appDatabase, startMailSender } = await import("./server/mail/sender");
    const { activeDialect } = await import("./db/dialect");
    if (activeDialect() === "postgres") {
      // PostgreSQL migrates at start-up (one instance at a time, db/postgres.ts): no request and no
      // mail pass touches the schema before it is there. A failed migration stops the start here.
      const { databaseReady } = await import("./db/connection");
      await databaseReady(appDatabase());
    }
    startMailSender();
  }
}
