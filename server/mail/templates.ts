/**
 * Every e-mail the app sends, as plain template functions (one way for all: no react-email).
 * Each returns a subject, an HTML part and a text part with the same content.
 *
 * Each is written in the recipient's language (ADR 0018): the caller passes it, usually
 * `loadPersonLanguage(db, userId).locale`; the words are the "mail" catalogue's.
 *
 * The HTML is deliberately plain: lang="nb" or "nn", one h1, one link styled as a button (a real <a>, so
 * it works without CSS and a screen reader announces it as a link), no images, inline styles only
 * (mail clients drop <style> blocks) and colours that meet WCAG AA contrast (4.5:1 or more for
 * text, including white on the button). Every interpolated value is escaped; links must be
 * absolute http(s) addresses. No client (bruker) data goes in: callers pass titles and names of
 * partnerships, plans and meetings, never a person's case.
 */
import { formatDateTime } from "~/lib/format";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

export const APP_NAME = "Partnerskapsrommet";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

// --- Escaping -----------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text into HTML element content or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** An absolute http(s) URL, or an error: a relative or javascript: link in a mail is a bug. */
export function absoluteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Not an absolute URL: ${value.slice(0, 80)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`Not an http(s) URL: ${url.protocol}`);
  return url.toString();
}

/** One line: subjects and headings never carry a line break (a header injection, or just untidy). */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

// --- Layout -------------------------------------------------------------------------------

// Aksel's text, subtle text, action blue and border colours; all meet 4.5:1 on white.
const TEXT = "#23262a";
const SUBTLE = "#49515e";
const ACTION = "#0063c1";
const BORDER = "#cfd3d8";

const FONT = "font-family:'Source Sans 3',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;";

const words = (locale: Locale) => translator(locale, "mail");

function page(subject: string, body: string, locale: Locale): string {
  return `<!DOCTYPE html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f2f3f5;color:${TEXT};${FONT}">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;">
<div style="background:#ffffff;border:1px solid ${BORDER};border-radius:8px;padding:24px;">
${body}
</div>
</div>
</body>
</html>
`;
}

const paragraph = (html: string, style = "") => `<p style="margin:0 0 16px;${style}">${html}</p>`;

const eyebrow = (parts: (string | null | undefined)[]) =>
  paragraph(escapeHtml(parts.filter(Boolean).join(" · ")), `color:${SUBTLE};font-size:14px;`);

const heading = (text: string) => `<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;color:${TEXT};">${escapeHtml(text)}</h1>`;

function button(href: string, label: string, locale: Locale): string {
  const url = escapeHtml(absoluteUrl(href));
  return (
    paragraph(
      `<a href="${url}" style="display:inline-block;padding:12px 20px;background:${ACTION};color:#ffffff;` +
        `font-weight:bold;text-decoration:underline;border-radius:4px;">${escapeHtml(label)}</a>`,
      "margin:24px 0;",
    ) +
    paragraph(
      `${escapeHtml(words(locale)("layout.linkFallback"))}<br><span style="word-break:break-all;">${url}</span>`,
      `color:${SUBTLE};font-size:14px;`,
    )
  );
}

const link = (href: string, label: string) =>
  `<a href="${escapeHtml(absoluteUrl(href))}" style="color:${ACTION};text-decoration:underline;">${escapeHtml(label)}</a>`;

function footer(html: string[]): string {
  return `<hr style="border:0;border-top:1px solid ${BORDER};margin:24px 0 16px;">
<div style="color:${SUBTLE};font-size:14px;">
${html.map((p) => paragraph(p, "font-size:14px;")).join("\n")}
</div>`;
}

/** The text part: paragraphs separated by blank lines, a signature line before the footer. */
const textPart = (blocks: (string | null | undefined)[], footerBlocks: string[]) =>
  `${blocks.filter((b) => b !== null && b !== undefined && b !== "").join("\n\n")}\n\n-- \n${footerBlocks.join("\n\n")}\n`;

// --- A notification ------------------------------------------------------------------------

export interface NotificationMailInput {
  recipientName: string;
  /** The partnership it is about; null for what concerns no single partnership (a network invitation). */
  partnershipName: string | null;
  /** One line: «Virksomhetsplan 2027 for Nav Grimstad venter på din godkjenning». */
  title: string;
  /** A sentence or two of context; never client data. */
  intro?: string | null;
  /** Absolute link to the thing itself. */
  link: string;
  /** What the button says; «Åpne i Partnerskapsrommet» unless told. */
  linkLabel?: string;
  /** The kind's label, as on /konto (lib/notifications/kinds.ts). */
  kindLabel: string;
  /** Why this person: «du er rådmann i partnerskapet Nav Grimstad» — completes «Du får denne e-posten fordi …». */
  reason: string;
  /** Absolute link to where the person changes their choices (/konto). */
  settingsUrl: string;
  /** One-click unsubscribe from this kind; shown as a link too. */
  unsubscribeUrl?: string | null;
}

const sentence = (clause: string) => {
  const trimmed = oneLine(clause).replace(/[.!]+$/, "");
  return `${trimmed}.`;
};

export function renderNotificationMail(input: NotificationMailInput, locale: Locale = defaultLocale): RenderedMail {
  const t = words(locale);
  const subject = oneLine(input.title);
  const linkLabel = input.linkLabel ?? t("notification.openIn", { app: APP_NAME });
  const reason = t("notification.reason", { reason: sentence(input.reason) });
  const kind = t("notification.kind", { kind: oneLine(input.kindLabel) });
  const greeting = t("layout.greeting", { name: oneLine(input.recipientName) });
  const settingsLink = t("layout.settingsLink");
  const unsubscribe = t("notification.unsubscribe");
  const unsubscribeScope = t("notification.unsubscribeScope");

  const html = page(
    subject,
    [
      eyebrow([APP_NAME, input.partnershipName]),
      heading(subject),
      paragraph(escapeHtml(greeting)),
      // pre-line: an agenda keeps its lines.
      input.intro ? paragraph(escapeHtml(input.intro), "white-space:pre-line;") : "",
      button(input.link, linkLabel, locale),
      footer([
        `${escapeHtml(reason)} ${escapeHtml(kind)}`,
        `${escapeHtml(t("notification.settingsIntro"))} ${link(input.settingsUrl, settingsLink)}.`,
        ...(input.unsubscribeUrl ? [`${link(input.unsubscribeUrl, unsubscribe)} (${escapeHtml(unsubscribeScope)}).`] : []),
      ]),
    ]
      .filter(Boolean)
      .join("\n"),
    locale,
  );

  const text = textPart(
    [
      [APP_NAME, input.partnershipName].filter(Boolean).join(" · "),
      subject,
      greeting,
      input.intro,
      `${linkLabel}:\n${absoluteUrl(input.link)}`,
    ],
    [
      `${reason} ${kind}`,
      `${settingsLink}:\n${absoluteUrl(input.settingsUrl)}`,
      ...(input.unsubscribeUrl ? [`${unsubscribe} (${unsubscribeScope}):\n${absoluteUrl(input.unsubscribeUrl)}`] : []),
    ],
  );
  return { subject, html, text };
}

// --- The daily digest ----------------------------------------------------------------------

export interface DigestItem {
  /** null: not about one partnership; grouped last under «Annet». */
  partnershipName: string | null;
  title: string;
  /** Absolute. */
  link: string;
  createdAt: Date;
}

export interface DigestMailInput {
  recipientName: string;
  items: DigestItem[];
  /** The Oslo date the digest is for, as d.m.åååå in the subject. */
  date: string;
  settingsUrl: string;
  unsubscribeUrl?: string | null;
}

/** Items by partnership, partnerships in alphabetical order («Annet» last), items oldest first. */
export function groupDigestItems(items: DigestItem[], locale: Locale = defaultLocale): { partnershipName: string; items: DigestItem[] }[] {
  const groups = new Map<string | null, DigestItem[]>();
  for (const item of items) {
    const list = groups.get(item.partnershipName) ?? [];
    list.push(item);
    groups.set(item.partnershipName, list);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "nb")))
    .map(([name, list]) => ({
      partnershipName: name ?? words(locale)("digest.other"),
      items: list.toSorted((x, y) => x.createdAt.getTime() - y.createdAt.getTime()),
    }));
}

export function renderDigestMail(input: DigestMailInput, locale: Locale = defaultLocale): RenderedMail {
  const t = words(locale);
  const count = t("digest.count", { count: input.items.length });
  const subject = t("digest.subject", { app: APP_NAME, date: input.date, count });
  const groups = groupDigestItems(input.items, locale);
  const reason = t("digest.reason");
  const eyebrowText = t("digest.eyebrow", { date: input.date });
  const headingText = t("digest.heading", { count });
  const greeting = t("layout.greeting", { name: oneLine(input.recipientName) });
  const settingsLink = t("layout.settingsLink");
  const unsubscribe = t("digest.unsubscribe");

  const html = page(
    subject,
    [
      eyebrow([APP_NAME, eyebrowText]),
      heading(headingText),
      paragraph(escapeHtml(greeting)),
      ...groups.map(
        (g) =>
          `<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3;color:${TEXT};">${escapeHtml(g.partnershipName)}</h2>\n` +
          `<ul style="margin:0 0 16px;padding-left:24px;">\n` +
          g.items
            .map(
              (i) =>
                `<li style="margin:0 0 8px;">${link(i.link, oneLine(i.title))}<br>` +
                `<span style="color:${SUBTLE};font-size:14px;">${escapeHtml(formatDateTime(i.createdAt, locale))}</span></li>`,
            )
            .join("\n") +
          `\n</ul>`,
      ),
      footer([
        escapeHtml(reason),
        `${link(input.settingsUrl, settingsLink)}.`,
        ...(input.unsubscribeUrl ? [`${link(input.unsubscribeUrl, unsubscribe)}.`] : []),
      ]),
    ].join("\n"),
    locale,
  );

  const text = textPart(
    [
      `${APP_NAME} · ${eyebrowText}`,
      headingText,
      greeting,
      ...groups.map(
        (g) =>
          `${g.partnershipName}\n${"=".repeat(Math.min(g.partnershipName.length, 60))}\n` +
          g.items.map((i) => `* ${oneLine(i.title)} (${formatDateTime(i.createdAt, locale)})\n  ${absoluteUrl(i.link)}`).join("\n"),
      ),
    ],
    [
      reason,
      `${settingsLink}:\n${absoluteUrl(input.settingsUrl)}`,
      ...(input.unsubscribeUrl ? [`${unsubscribe}:\n${absoluteUrl(input.unsubscribeUrl)}`] : []),
    ],
  );
  return { subject, html, text };
}

// --- An invitation to the app -----------------------------------------------------------------

export interface InvitationMailInput {
  name: string;
  roleLabel: string;
  /** The partnership or fylke the role is in; null for a role across the app (administrator). */
  where: string | null;
  /** The one-time link, absolute. */
  link: string;
  expiresAt: Date;
}

/** `roleLabel` must be in `locale` too: the caller names the role in the mail's language. */
export function renderInvitationMail(input: InvitationMailInput, locale: Locale = defaultLocale): RenderedMail {
  const t = words(locale);
  const subject = t("invitation.subject", { app: APP_NAME });
  const role = input.where ? t("invitation.roleIn", { role: input.roleLabel, where: input.where }) : t("invitation.role", { role: input.roleLabel });
  const body = t("invitation.body", { app: APP_NAME, role: oneLine(role) });
  const how = t("invitation.how", { expires: formatDateTime(input.expiresAt, locale) });
  const reason = t("invitation.reason", { app: APP_NAME });
  const accept = t("invitation.accept");
  const personal = t("invitation.personal");
  const greeting = t("layout.greeting", { name: oneLine(input.name) });

  const html = page(
    subject,
    [
      eyebrow([APP_NAME, input.where]),
      heading(subject),
      paragraph(escapeHtml(greeting)),
      paragraph(escapeHtml(body)),
      paragraph(escapeHtml(how)),
      button(input.link, accept, locale),
      footer([escapeHtml(reason), escapeHtml(personal)]),
    ].join("\n"),
    locale,
  );
  const text = textPart(
    [
      [APP_NAME, input.where].filter(Boolean).join(" · "),
      subject,
      greeting,
      body,
      how,
      `${accept}:\n${absoluteUrl(input.link)}`,
    ],
    [reason, personal],
  );
  return { subject, html, text };
}
