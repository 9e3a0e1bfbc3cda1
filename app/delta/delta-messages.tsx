import { NextIntlClientProvider } from "next-intl";
import { AkselLocale } from "~/app/_components/aksel-locale";
import type { Locale } from "~/lib/i18n/locales";
import { catalogues } from "~/messages/catalogues";

/**
 * The phone's messages in the guest's language (which may be the samling's, not the request's):
 * the shared ones, the delta namespace, the few workshop words the forms show and the 20 areas' names
 * and scores. Nothing more
 * travels to a phone at a live samling (ADR 0015).
 */
export function DeltaMessages({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const all = catalogues[locale];
  const messages = {
    common: all.common,
    shell: all.shell,
    validation: all.validation,
    delta: all.delta,
    workshop: { roleGroup: all.workshop.roleGroup, expectationTarget: all.workshop.expectationTarget },
    mulighetsrom: { areas: all.mulighetsrom.areas, score: all.mulighetsrom.score },
  };
  return (
    <AkselLocale locale={locale}>
      <NextIntlClientProvider locale={locale} messages={messages}>
        {children}
      </NextIntlClientProvider>
    </AkselLocale>
  );
}
