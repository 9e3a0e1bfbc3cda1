import { formatDate, formatDateTime } from "~/lib/format";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator, type Translator } from "~/lib/i18n/translate";
import type { AgreementYear } from "~/server/domain/leader-agreement/view";

type Agreement = NonNullable<AgreementYear["current"]>;

/** "5.3.2027, 14:05" → "5.3.2027 kl. 14:05": Oslo time, as a signature is dated on paper (nynorsk too). */
export const signedTime = (instant: Date, locale: Locale = defaultLocale) => formatDateTime(instant, locale).replace(", ", " kl. ");

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/**
 * One version of a lederavtale as the A4 document people file: the text in the words and
 * numbering of the canonical text (server/domain/leader-agreement/canonical.ts), then the
 * signatures and the SHA-256 checksum of that text. One h1 and an h2 per part, so the PDF
 * gets an outline; a draft says so in words on the page, not only in colour.
 *
 * Headings and the document's own sentences are in `locale` (the «dokumentspråk» of a PDF, ADR
 * 0018); what the parties wrote, and the checksum of the canonical text, stay as they are.
 */
export function AgreementDocument({
  agreement,
  versions,
  printedAt,
  locale = defaultLocale,
}: {
  agreement: Agreement;
  versions: AgreementYear["versions"];
  printedAt: Date;
  locale?: Locale;
}) {
  const t = translator(locale, "agreement");
  const signed = agreement.status === "signert";
  const signatureOf = new Map(agreement.signatures.map((s) => [s.userId, s]));
  const amended = agreement.amendmentOf ? versions.find((v) => v.id === agreement.amendmentOf) : undefined;
  const latest = versions[0];
  // The checksum people file: the one fixed at the last signature, or for a draft the text's as it stands.
  const checksum = agreement.signedHash ?? agreement.hash;
  const intact =
    (agreement.signedHash === null || agreement.signedHash === agreement.hash) &&
    agreement.signatures.every((s) => s.textHash === agreement.hash);
  const signedCount = agreement.parties.filter((p) => signatureOf.has(p.userId)).length;

  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{agreement.officeName}</p>
        <h1>{t("title", { year: agreement.year })}</h1>
        {!signed && <p className="utskrift-stempel">{t("print.draftStamp")}</p>}
        <dl className="utskrift-fakta">
          <dt>{t("print.office")}</dt>
          <dd>{agreement.officeName}</dd>
          <dt>{t("print.version")}</dt>
          <dd>{amended ? t("print.versionOf", { no: agreement.versionNo, of: amended.versionNo }) : agreement.versionNo}</dd>
          <dt>{t("print.status")}</dt>
          <dd>
            {signed
              ? agreement.signedAt
                ? t("print.statusSignedAt", { time: signedTime(agreement.signedAt, locale) })
                : t("print.statusSigned")
              : t("print.statusDraft", { signed: signedCount, total: agreement.parties.length })}
          </dd>
          <dt>{t("print.printedAt")}</dt>
          <dd>{signedTime(printedAt, locale)}</dd>
        </dl>
        {!agreement.isLatest && latest && <p>{t.rich("print.replaced", { strong, no: latest.versionNo, status: latest.status })}</p>}
      </header>

      <section aria-labelledby="parter-heading">
        <h2 id="parter-heading">{t("parties")}</h2>
        <ul className="utskrift-parter">
          {agreement.parties.map((p) => (
            <li key={p.userId}>
              <strong>{t(`party.${p.party}`)}:</strong> {p.name}, {p.title}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="formal-heading">
        <h2 id="formal-heading">1. {t("sections.purpose")}</h2>
        <p className="utskrift-fritekst">{agreement.purpose}</p>
      </section>

      <section aria-labelledby="leder-heading">
        <h2 id="leder-heading">2. {t("sections.leaderDuties")}</h2>
        <Duties no={2} items={agreement.leaderDuties} t={t} />
      </section>

      <section aria-labelledby="eiere-heading">
        <h2 id="eiere-heading">3. {t("sections.ownerDuties")}</h2>
        <Duties no={3} items={agreement.ownerDuties} t={t} />
      </section>

      <section aria-labelledby="endringer-heading">
        <h2 id="endringer-heading">4. {t("sections.changes")}</h2>
        <p className="utskrift-fritekst">{agreement.changeClause}</p>
      </section>

      <section aria-labelledby="vedlegg-heading">
        <h2 id="vedlegg-heading">5. {t("sections.appendix")}</h2>
        <p>{t("appendixText", { year: agreement.year, office: agreement.officeName })}</p>
      </section>

      <p className="utskrift-sted">
        <strong>{t("print.placeLabel")}</strong> {agreement.place.trim() || t("print.notSet")},{" "}
        {agreement.signingDate ? formatDate(agreement.signingDate, locale) : t("print.notSet")}
      </p>

      <section aria-labelledby="signaturer-heading" className="utskrift-signaturblokk">
        <h2 id="signaturer-heading">{t("signatures")}</h2>
        {!signed && <p>{t.rich("print.draftNote", { strong })}</p>}
        <ul className="utskrift-signaturer">
          {agreement.parties.map((p) => {
            const signature = signatureOf.get(p.userId);
            return (
              <li key={p.userId}>
                <p className="utskrift-signatur-part">{t(`party.${p.party}`)}</p>
                <p className="utskrift-signatur-navn">{p.name}</p>
                <p>{p.title}</p>
                <p className="utskrift-signatur-tid">
                  {signature
                    ? t.rich("print.signedElectronically", {
                        small: (chunks) => <span className="utskrift-smal">{chunks}</span>,
                        time: signedTime(signature.signedAt, locale),
                      })
                    : t("print.notSignedYet")}
                </p>
              </li>
            );
          })}
        </ul>
        <div className="utskrift-kontrollsum">
          <p>{signed ? t("print.checksumSigned") : t("print.checksumDraft")}</p>
          {locale !== "nb" && <p>{t("canonicalLanguageNote")}</p>}
          <p>
            <code>{checksum}</code>
          </p>
          {!intact && <p>{t.rich("print.checksumWarning", { strong })}</p>}
        </div>
      </section>
    </article>
  );
}

function Duties({ no, items, t }: { no: number; items: Agreement["leaderDuties"]; t: Translator<"agreement"> }) {
  if (items.length === 0) return <p className="utskrift-tom">{t("print.noItems")}</p>;
  return (
    <ol className="utskrift-punkter">
      {items.map((item, i) => (
        <li key={item.id}>
          <span className="utskrift-punktnr">
            {no}.{i + 1}
          </span>{" "}
          <span className="utskrift-fritekst">{item.text}</span>
        </li>
      ))}
    </ol>
  );
}
