/** One e-mail as the outbox stores it and the sender delivers it (server/mail/outbox.ts, sender.ts). */
export interface OutgoingMail {
  userId: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** One-click unsubscribe for this kind (RFC 8058), when the mail is a notification. */
  unsubscribeUrl?: string;
  /** A meeting's calendar entry (METHOD:REQUEST or CANCEL). */
  ics?: { filename: string; content: string; method: "REQUEST" | "CANCEL" };
}
