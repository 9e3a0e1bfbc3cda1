/**
 * The outbox page's addresses and status tones, shared by the server page and its client parts:
 * statuses as text (never colour alone: admin.mail.status.<status>) and Norwegian query values
 * (?status=feilet&side=2).
 */
import type { StatusTone } from "~/app/_components/status-tag";

export type MailStatus = "waiting" | "sending" | "sent" | "failed" | "kept";

export const MAIL_PATH = "/admin/e-post";

export const statusInfo: Record<MailStatus, { tone: StatusTone; slug: string }> = {
  sent: { tone: "success", slug: "sendt" },
  waiting: { tone: "warning", slug: "venter" },
  sending: { tone: "info", slug: "sendes" },
  failed: { tone: "danger", slug: "feilet" },
  kept: { tone: "neutral", slug: "ikke-sendt" },
};

/** The order the filters are offered in. */
export const statusOrder: MailStatus[] = ["waiting", "sending", "sent", "failed", "kept"];

const bySlug = new Map(statusOrder.map((s) => [statusInfo[s].slug, s]));

export interface OutboxParams {
  status?: MailStatus;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads ?status= and ?side=; anything unknown means «all» and page 1. */
export function readOutboxParams(params: Record<string, string | string[] | undefined>): OutboxParams {
  const status = bySlug.get(first(params.status) ?? "");
  const page = Math.min(100_000, Math.max(1, Number.parseInt(first(params.side) ?? "1", 10) || 1));
  return { status, page };
}

export function outboxHref({ status, page = 1 }: { status?: MailStatus | null; page?: number }): string {
  const query = new URLSearchParams();
  if (status) query.set("status", statusInfo[status].slug);
  if (page > 1) query.set("side", String(page));
  const qs = query.toString();
  return qs ? `${MAIL_PATH}?${qs}` : MAIL_PATH;
}
