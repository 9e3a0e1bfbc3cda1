import { describe, expect, it } from "vitest";
import { escapeHtml, groupDigestItems, renderDigestMail, renderInvitationMail, renderNotificationMail } from "./templates";

const base = {
  recipientName: "Rita Rådmann",
  partnershipName: "Nav Grimstad",
  title: "Virksomhetsplan 2027 for Nav Grimstad venter på din godkjenning",
  link: "https://partnerskap.example.no/partnerskap/grimstad/virksomhetsplan/2027",
  kindLabel: "En virksomhetsplan venter på din godkjenning",
  reason: "du er rådmann i partnerskapet Nav Grimstad",
  settingsUrl: "https://partnerskap.example.no/konto",
};

describe("renderNotificationMail", () => {
  it("is plain Norwegian HTML with one heading, one button link and a footer saying why and where to change it", () => {
    const mail = renderNotificationMail({ ...base, unsubscribeUrl: "https://partnerskap.example.no/api/mail/avmelding?t=x" });
    expect(mail.subject).toBe(base.title);
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="nb"/);
    expect(mail.html.match(/<h1\b/g)).toHaveLength(1);
    expect(mail.html).not.toMatch(/<img\b|<script\b|<style\b/);
    expect(mail.html).toContain(`<title>${escapeHtml(base.title)}</title>`);
    expect(mail.html).toContain(`href="${base.link}"`);
    expect(mail.html).toContain("Partnerskapsrommet · Nav Grimstad");
    expect(mail.html).toContain("Du får denne e-posten fordi du er rådmann i partnerskapet Nav Grimstad.");
    expect(mail.html).toContain('href="https://partnerskap.example.no/konto"');
    expect(mail.html).toContain("Slutt å få slike e-poster");

    expect(mail.text).toContain("Partnerskapsrommet · Nav Grimstad");
    expect(mail.text).toContain("Hei, Rita Rådmann.");
    expect(mail.text).toContain(`Åpne i Partnerskapsrommet:\n${base.link}`);
    expect(mail.text).toContain("Du får denne e-posten fordi du er rådmann i partnerskapet Nav Grimstad.");
    expect(mail.text).toContain("Velg hvilke varsler du får på e-post:\nhttps://partnerskap.example.no/konto");
    expect(mail.text).toContain("https://partnerskap.example.no/api/mail/avmelding?t=x");
  });

  it("escapes every interpolated text and keeps the subject on one line", () => {
    const mail = renderNotificationMail({
      ...base,
      recipientName: `<b>Ola</b> "O'Neil"`,
      partnershipName: "Nav <Grimstad> & co",
      title: "Planen <script>alert(1)</script>\r\nBcc: x@y.no",
      intro: "5 < 6 & \"sitat\"",
    });
    expect(mail.subject).toBe("Planen <script>alert(1)</script> Bcc: x@y.no");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("&lt;b&gt;Ola&lt;/b&gt; &quot;O&#39;Neil&quot;");
    expect(mail.html).toContain("Nav &lt;Grimstad&gt; &amp; co");
    expect(mail.html).toContain("5 &lt; 6 &amp; &quot;sitat&quot;");
    // The text part is text: as written.
    expect(mail.text).toContain("5 < 6 & \"sitat\"");
  });

  it("refuses a link that is not an absolute http(s) address", () => {
    expect(() => renderNotificationMail({ ...base, link: "/partnerskap/grimstad" })).toThrow(/absolute/);
    expect(() => renderNotificationMail({ ...base, link: "javascript:alert(1)" })).toThrow(/http/);
  });

  it("escapes a quote in a link's attribute", () => {
    const mail = renderNotificationMail({ ...base, link: 'https://x.no/a?b="c"' });
    expect(mail.html).not.toContain('"c"');
  });
});

describe("renderDigestMail", () => {
  const items = [
    { partnershipName: "Nav Grimstad", title: "B", link: "https://x.no/b", createdAt: new Date("2027-03-05T08:00:00Z") },
    { partnershipName: null, title: "Uten partnerskap", link: "https://x.no/n", createdAt: new Date("2027-03-05T06:00:00Z") },
    { partnershipName: "Nav Arendal", title: "C", link: "https://x.no/c", createdAt: new Date("2027-03-05T07:00:00Z") },
    { partnershipName: "Nav Grimstad", title: "A", link: "https://x.no/a", createdAt: new Date("2027-03-04T08:00:00Z") },
  ];

  it("groups by partnership, alphabetically, «Annet» last, oldest first", () => {
    expect(groupDigestItems(items).map((g) => [g.partnershipName, g.items.map((i) => i.title)])).toEqual([
      ["Nav Arendal", ["C"]],
      ["Nav Grimstad", ["A", "B"]],
      ["Annet", ["Uten partnerskap"]],
    ]);
  });

  it("has one h1, an h2 per partnership, a link per item, and the footer", () => {
    const mail = renderDigestMail({ recipientName: "Rita", items, date: "5.3.2027", settingsUrl: "https://x.no/konto" });
    expect(mail.subject).toBe("Sammendrag fra Partnerskapsrommet 5.3.2027: 4 nye varsler");
    expect(mail.html.match(/<h1\b/g)).toHaveLength(1);
    expect(mail.html.match(/<h2\b/g)).toHaveLength(3);
    expect(mail.html.match(/<a href=/g)).toHaveLength(5);
    expect(mail.text).toContain("Du får denne e-posten fordi du har valgt daglig sammendrag");
    expect(mail.text).toContain("* A (4.3.2027, 09:00)\n  https://x.no/a");
  });
});

describe("renderInvitationMail", () => {
  it("names the role, the place, the one-time link and when it expires", () => {
    const mail = renderInvitationMail({
      name: "Kari Kommune",
      roleLabel: "Rådmann / kommunedirektør",
      where: "Nav Grimstad",
      link: "https://x.no/invitasjon/tok",
      expiresAt: new Date("2027-03-19T11:00:00Z"),
    });
    expect(mail.subject).toBe("Du er invitert til Partnerskapsrommet");
    expect(mail.text).toContain("som Rådmann / kommunedirektør i Nav Grimstad");
    expect(mail.text).toContain("Godta invitasjonen:\nhttps://x.no/invitasjon/tok");
    expect(mail.text).toContain("gjelder til 19.3.2027, 12:00");
    expect(mail.html).toContain('href="https://x.no/invitasjon/tok"');
    expect(mail.html).toContain("Du får denne e-posten fordi en administrator i Partnerskapsrommet har invitert deg.");
  });
});

describe("the mails in nynorsk", () => {
  const bokmalOnly = /(?<!\p{L})(ikke|hvis|fra|velg|virker|lenken|sammendrag|varsler)(?!\p{L})/iu;

  it("writes the notification's frame, the digest and the invitation in nynorsk, with lang=nn", () => {
    const notification = renderNotificationMail({ ...base, unsubscribeUrl: "https://x.no/avmeld" }, "nn");
    expect(notification.html).toMatch(/^<!DOCTYPE html>\n<html lang="nn"/);
    expect(notification.text).toContain(`Opne i Partnerskapsrommet:\n${base.link}`);
    expect(notification.text).toContain("Slutt å få slike e-postar (gjeld berre denne varseltypen):");
    expect(notification.html).toContain("Verkar ikkje lenkja? Kopier denne adressa inn i nettlesaren:");

    const digest = renderDigestMail(
      { recipientName: "Rita", items: [{ partnershipName: null, title: "Noko", link: "https://x.no/n", createdAt: new Date("2027-03-05T06:00:00Z") }], date: "5.3.2027", settingsUrl: "https://x.no/konto" },
      "nn",
    );
    expect(digest.subject).toBe("Samandrag frå Partnerskapsrommet 5.3.2027: 1 nytt varsel");
    expect(digest.text).toContain("Anna\n====");

    const invitation = renderInvitationMail(
      { name: "Kari", roleLabel: "Nav-leiar", where: "Nav Bykle", link: "https://x.no/invitasjon/tok", expiresAt: new Date("2027-03-19T11:00:00Z") },
      "nn",
    );
    expect(invitation.text).toContain("Du er invitert til Partnerskapsrommet som Nav-leiar i Nav Bykle.");
    expect(invitation.text).toContain("Lenkja er personleg. Ikkje send denne e-posten vidare.");
    for (const mail of [notification, digest, invitation]) {
      expect(mail.text.replace("Rådmann", "")).not.toMatch(bokmalOnly);
    }
  });
});
