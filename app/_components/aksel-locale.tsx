"use client";

import { Provider } from "@navikt/ds-react";
import { nb, nn } from "@navikt/ds-react/locales";
import type { Locale } from "~/lib/i18n/locales";

/** Aksel's own texts (date pickers, «Lukk», pagination) in the page's language. */
export function AkselLocale({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <Provider locale={locale === "nn" ? nn : nb}>{children}</Provider>;
}
