import { formatDate, formatDateTime } from "~/lib/format";
import { partyLabels } from "~/server/domain/leader-agreement/canonical";
import type { AgreementYear } from "~/server/domain/leader-agreement/view";

type Agreement = NonNullable<AgreementYear["current"]>;

/** "5.3.2027, 14:05" → "5.3.2027 kl. 14:05": Oslo time, as a signature is dated on paper. */
export const signedTime = (instant: Date) => formatDateTime(instant).replace(", ", " kl. ");

/**
 * One version of a lederavtale as the A4 document people file: the text in the words and
 * numbering of the canonical text (server/domain/leader-agreement/canonical.ts), then the
 * signatures and the SHA-256 checksum of that text. One h1 and an h2 per part, so the PDF
 * gets an outline; a draft says so in words on the page, not only in colour.
 */
export function AgreementDocument({
  agreement,
  versions,
  printedAt,
}: {
  agreement: Agreement;
  versions: AgreementYear["versions"];
  printedAt: Date;
}) {
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
        <h1>Lederavtale {agreement.year}</h1>
        {!signed && <p className="utskrift-stempel">UTKAST – ikke signert</p>}
        <dl className="utskrift-fakta">
          <dt>Kontor</dt>
          <dd>{agreement.officeName}</dd>
          <dt>Versjon</dt>
          <dd>
            {agreement.versionNo}
            {amended ? ` (endring av versjon ${amended.versionNo})` : ""}
          </dd>
          <dt>Status</dt>
          <dd>
            {signed
              ? `Signert av alle parter${agreement.signedAt ? ` ${signedTime(agreement.signedAt)}` : ""}`
              : `Utkast – ${signedCount} av ${agreement.parties.length} parter har signert`}
          </dd>
          <dt>Skrevet ut</dt>
          <dd>{signedTime(printedAt)}</dd>
        </dl>
        {!agreement.isLatest && latest && (
          <p>
            <strong>Denne versjonen er erstattet</strong> av versjon {latest.versionNo} (
            {latest.status === "signert" ? "signert" : "utkast"}).
          </p>
        )}
      </header>

      <section aria-labelledby="parter-heading">
        <h2 id="parter-heading">Parter</h2>
        <ul className="utskrift-parter">
          {agreement.parties.map((p) => (
            <li key={p.userId}>
              <strong>{partyLabels[p.party]}:</strong> {p.name}, {p.title}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="formal-heading">
        <h2 id="formal-heading">1. Formål</h2>
        <p className="utskrift-fritekst">{agreement.purpose}</p>
      </section>

      <section aria-labelledby="leder-heading">
        <h2 id="leder-heading">2. Nav-lederens ansvar</h2>
        <Duties no={2} items={agreement.leaderDuties} />
      </section>

      <section aria-labelledby="eiere-heading">
        <h2 id="eiere-heading">3. Eiernes ansvar</h2>
        <Duties no={3} items={agreement.ownerDuties} />
      </section>

      <section aria-labelledby="endringer-heading">
        <h2 id="endringer-heading">4. Endringer i avtaleperioden</h2>
        <p className="utskrift-fritekst">{agreement.changeClause}</p>
      </section>

      <section aria-labelledby="vedlegg-heading">
        <h2 id="vedlegg-heading">5. Vedlegg</h2>
        <p>{agreement.appendix}</p>
      </section>

      <p className="utskrift-sted">
        <strong>Sted og dato:</strong> {agreement.place.trim() || "(ikke satt)"},{" "}
        {agreement.signingDate ? formatDate(agreement.signingDate) : "(ikke satt)"}
      </p>

      <section aria-labelledby="signaturer-heading" className="utskrift-signaturblokk">
        <h2 id="signaturer-heading">Signaturer</h2>
        {!signed && (
          <p>
            <strong>UTKAST – ikke signert.</strong> Avtalen gjelder først når alle parter har signert denne
            versjonen.
          </p>
        )}
        <ul className="utskrift-signaturer">
          {agreement.parties.map((p) => {
            const signature = signatureOf.get(p.userId);
            return (
              <li key={p.userId}>
                <p className="utskrift-signatur-part">{partyLabels[p.party]}</p>
                <p className="utskrift-signatur-navn">{p.name}</p>
                <p>{p.title}</p>
                <p className="utskrift-signatur-tid">
                  {signature ? (
                    <>
                      Signert elektronisk <span className="utskrift-smal">{signedTime(signature.signedAt)}</span>
                    </>
                  ) : (
                    "Ikke signert ennå"
                  )}
                </p>
              </li>
            );
          })}
        </ul>
        <div className="utskrift-kontrollsum">
          <p>
            {signed
              ? "Kontrollsum (SHA-256) av avtaleteksten slik alle parter signerte den. Den er regnet ut av hele " +
                "teksten i denne versjonen; endres så mye som ett tegn, blir kontrollsummen en helt annen."
              : "Kontrollsum (SHA-256) av avtaleteksten i utkastet slik den står nå. Den låses når siste part " +
                "signerer; endres teksten før det, blir kontrollsummen en annen."}
          </p>
          <p>
            <code>{checksum}</code>
          </p>
          {!intact && (
            <p>
              <strong>Advarsel:</strong> Teksten slik den er lagret nå, gir ikke den samme kontrollsummen som partene
              signerte. Avtalen må kontrolleres i Partnerskapsrommet før den brukes.
            </p>
          )}
        </div>
      </section>
    </article>
  );
}

function Duties({ no, items }: { no: number; items: Agreement["leaderDuties"] }) {
  if (items.length === 0) return <p className="utskrift-tom">Ingen punkter.</p>;
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
