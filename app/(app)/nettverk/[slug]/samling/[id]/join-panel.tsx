"use client";

import { BodyShort, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";

/** "ABC234" → "ABC 234": easier to read off a projector; the phone ignores the space. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

const neverChanges = () => () => {};
const browserOrigin = () => window.location.origin;
const noOrigin = () => null;

/** The join code in very large type, the /delta address, and a QR code that opens it with the code filled in. */
export function JoinPanel({ code }: { code: string }) {
  const t = useTranslations("workshop.join");
  const origin = useSyncExternalStore(neverChanges, browserOrigin, noOrigin);
  const [svg, setSvg] = useState<string | null>(null);
  const url = origin ? `${origin}/delta?kode=${encodeURIComponent(code)}` : null;
  useEffect(() => {
    if (!url) return;
    let current = true;
    // The qrcode package (about 10 kB gzipped) is fetched here, for the panel, not with the page.
    void import("qrcode")
      .then(({ default: QRCode }) => QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }))
      .then((text) => current && setSvg(text))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url]);
  const host = origin?.replace(/^https?:\/\//, "") ?? "";
  const goTo = t.rich("goTo", { address: `${host}/delta`, strong: (chunks) => <strong className="break-all">{chunks}</strong> });

  return (
    <section
      aria-labelledby="bli-med-heading"
      className="flex flex-col gap-6 rounded-xl border-2 border-ax-border-accent bg-ax-bg-default p-6 ax-md:flex-row ax-md:items-center ax-md:justify-between"
    >
      <div className="flex flex-col gap-3">
        <Heading id="bli-med-heading" level="3" size="large">
          {t("heading")}
        </Heading>
        <BodyShort className="text-2xl ax-md:text-3xl">
          {goTo}
        </BodyShort>
        <p className="m-0 text-2xl ax-md:text-3xl">{t("typeCode")}</p>
        <p className="m-0 font-mono text-6xl font-bold leading-none tracking-widest ax-md:text-8xl" aria-label={t("codeLabel", { letters: code.split("").join(" ") })}>
          {spaced(code)}
        </p>
      </div>
      <div
        role="img"
        aria-label={t("qrLabel", { address: `${host}/delta`, code })}
        className="h-56 w-56 shrink-0 bg-white p-2 ax-md:h-72 ax-md:w-72 [&_svg]:h-full [&_svg]:w-full"
        // The SVG comes from the qrcode package for our own URL; no user text goes into it.
        dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
      />
    </section>
  );
}
