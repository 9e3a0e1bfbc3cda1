/**
 * One event, told to the people it concerns: a row per person for the bell and /varsler, and
 * for those who want it at once an e-mail in the outbox, all in the caller's transaction (the
 * change and its notifications commit or roll back together; ADR 0014). The daily digest
 * (server/mail) reads the rows later.
 *
 * Never to the one who caused it, never to a deactivated person. A dedupe key makes the same
 * event one notification per person however often it is raised (reminders, a re-sent plan).
 *
 * Each person's row and mail are in that person's language (loadPersonLanguage, ADR 0018): the
 * row is theirs alone, so its title is stored as they read it, and the list at /varsler shows
 * it as written, old bokmål rows included.
 */
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { notification, partnership, user } from "~/db/schema";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import type { NotificationKind } from "~/lib/notifications/kinds";
import type { Actor } from "~/server/domain/audit/record";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { enqueueMail } from "~/server/mail/outbox";
import { appUrl } from "~/server/mail/config";
import { renderNotificationMail } from "~/server/mail/templates";
import type { OutgoingMail } from "~/server/mail/types";
import { settingsUrl, unsubscribeUrl } from "./links";
import { deliveryFor } from "./preferences";
import { kindLabel, renderWording, type Wording } from "./wording";

type CalendarAttachment = NonNullable<OutgoingMail["ics"]>;

export interface NotificationInput {
  kind: NotificationKind;
  recipientUserIds: readonly string[];
  partnershipId: string | null;
  /** One line, also the mail's subject. No client data. */
  title: Wording;
  /** Path inside the app to the thing itself. */
  link: string;
  /** Same key for the same person twice is one notification (and one mail). */
  dedupeKey?: string;
  /** A sentence or two (or the agenda) for the mail; the list shows the title only. */
  intro?: Wording;
  /** Completes «Du får denne e-posten fordi …»; by default, the person's role in the partnership. */
  reason?: Wording;
  /** The meeting's calendar entry for its invitation, update or cancellation. */
  ics?: CalendarAttachment | ((locale: Locale) => CalendarAttachment | Promise<CalendarAttachment>);
}

interface Rendered {
  title: string;
  intro: string | null;
  reason: string;
  ics: CalendarAttachment | undefined;
}

/** The input's words in one language. */
async function renderIn(input: NotificationInput, officeName: string | null, locale: Locale): Promise<Rendered> {
  const defaultReason = officeName ? text("mail.notification.defaultReasonPartnership", { office: officeName }) : text("mail.notification.defaultReasonApp");
  return {
    title: await renderWording(input.title, locale),
    intro: input.intro === undefined ? null : await renderWording(input.intro, locale),
    reason: await renderWording(input.reason ?? defaultReason, locale),
    ics: typeof input.ics === "function" ? await input.ics(locale) : input.ics,
  };
}

export interface NotifyResult {
  /** Who got a new notification (after dropping the actor, deactivated people and duplicates). */
  notified: string[];
  /** Of those, who got an e-mail at once. */
  mailed: string[];
}

export async function notify(tx: Executor, actor: Actor | null, input: NotificationInput, now = new Date()): Promise<NotifyResult> {
  const wanted = [...new Set(input.recipientUserIds)].filter((id) => id !== actor?.userId);
  const result: NotifyResult = { notified: [], mailed: [] };
  if (wanted.length === 0) return result;

  const people = (
    await tx
      .select({ id: user.id, name: user.name, email: user.email, deactivatedAt: user.deactivatedAt })
      .from(user)
      .where(inArray(user.id, wanted))
      .orderBy(user.id)
  ).filter((p) => p.deactivatedAt === null);
  if (people.length === 0) return result;

  const officeName = input.partnershipId
    ? ((await tx.select({ name: partnership.officeName }).from(partnership).where(eq(partnership.id, input.partnershipId)).limit(1))[0]?.name ?? null)
    : null;

  // Rendered once per language among the recipients: an agenda is read from the meeting.
  const renderings = new Map<Locale, Promise<Rendered>>();
  const wordsIn = (locale: Locale) => {
    if (!renderings.has(locale)) renderings.set(locale, renderIn(input, officeName, locale));
    return renderings.get(locale)!;
  };

  for (const person of people) {
    const delivery = await deliveryFor(tx, person.id, input.kind);
    const { locale } = await loadPersonLanguage(tx, person.id);
    const words = await wordsIn(locale);
    const [created] = await tx
      .insert(notification)
      .values({
        userId: person.id,
        partnershipId: input.partnershipId,
        kind: input.kind,
        title: words.title,
        link: input.link,
        dedupeKey: input.dedupeKey ?? null,
        createdAt: now,
        // Only digest deliveries wait for the 07:00 digest; the rest are done with as far as mail goes.
        digestedAt: delivery === "digest" ? null : now,
      })
      .onConflictDoNothing()
      .returning({ id: notification.id });
    if (!created) continue;
    result.notified.push(person.id);
    if (delivery !== "immediate") continue;

    const unsubscribe = unsubscribeUrl(person.id, input.kind);
    const rendered = renderNotificationMail(
      {
        recipientName: person.name,
        partnershipName: officeName,
        title: words.title,
        intro: words.intro,
        link: appUrl(input.link),
        kindLabel: kindLabel(input.kind, locale),
        reason: words.reason,
        settingsUrl: settingsUrl(),
        unsubscribeUrl: unsubscribe,
      },
      locale,
    );
    // The notification's id is the mail's idempotency key: one notification, at most one mail.
    await enqueueMail(
      tx,
      { userId: person.id, to: person.email, ...rendered, unsubscribeUrl: unsubscribe, ...(words.ics ? { ics: words.ics } : {}) },
      now,
      { idempotencyKey: `notification.${created.id}` },
    );
    result.mailed.push(person.id);
  }
  return result;
}
