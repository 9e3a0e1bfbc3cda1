import { describe, expect, it } from "vitest";
import { mailOutbox } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { metricsAllowed, metricsAnswer } from "./metrics-endpoint";

describe("metricsAllowed", () => {
  it("is open when no METRICS_TOKEN is set", () => {
    expect(metricsAllowed(null, undefined)).toBe(true);
  });

  it("wants the exact bearer token when one is set", () => {
    expect(metricsAllowed("Bearer s3cret-token", "s3cret-token")).toBe(true);
    expect(metricsAllowed("Bearer s3cret-toke", "s3cret-token")).toBe(false);
    expect(metricsAllowed("s3cret-token", "s3cret-token")).toBe(false);
    expect(metricsAllowed(null, "s3cret-token")).toBe(false);
  });
});

describe("metricsAnswer", () => {
  it("reports the outbox's depth and the request metrics in Prometheus text", async () => {
    const db = await createTestDatabase();
    const mail = (key: string, status: "waiting" | "sending" | "sent") => ({
      idempotencyKey: key,
      toAddress: "kari@example.no",
      subject: "Emne",
      html: "<p>Tekst</p>",
      text: "Tekst",
      status,
      nextAttemptAt: new Date(),
    });
    await db.insert(mailOutbox).values([mail("a", "waiting"), mail("b", "sending"), mail("c", "sent")]);
    const { body, contentType } = await metricsAnswer(db);
    expect(contentType).toContain("text/plain");
    expect(body).toMatch(/^mail_outbox_depth 2$/m);
    expect(body).toContain("# TYPE http_requests_total counter");
    expect(body).toContain("# TYPE http_request_duration_seconds histogram");
    expect(body).toContain("# TYPE sse_connections_open gauge");
  });
});
