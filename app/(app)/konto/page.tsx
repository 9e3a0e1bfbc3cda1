import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { LanguageChoice } from "~/app/_components/language-choice";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ChangePasswordForm } from "./change-password-form";
import { SessionsSection } from "./sessions-section";
import { TwoFactorSection } from "./two-factor-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const api = await getServerCaller();
  const [own, language, t, shell] = await Promise.all([
    loadOrInterrupt(() => api.account.own()),
    loadOrInterrupt(() => api.account.language()),
    getTranslations("account"),
    getTranslations("shell.languageChoice"),
  ]);

  // Until the person chooses, the page says that the kommune's målform decides.
  const languageHint = language.chosen === null ? `${shell("description")} ${shell("followingMalform")}` : shell("description");
  const notificationsIntro = t.rich("emailNotifications.intro", {
    link: (chunks) => (
      <NextLink className="aksel-link" href="/varsler/innstillinger">
        {chunks}
      </NextLink>
    ),
  });

  return (
    <VStack gap="space-48">
      <VStack gap="space-16">
        <Heading level="1" size="xlarge">
          {t("title")}
        </Heading>
        {own.mustTurnOnTwoFactor && (
          <Alert variant="warning" className="max-w-2xl">
            {t("mustTurnOnTwoFactor")}
          </Alert>
        )}
      </VStack>

      <section aria-labelledby="konto-heading">
        <Heading id="konto-heading" level="2" size="medium" spacing>
          {t("details.heading")}
        </Heading>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-1 ax-sm:grid-cols-[max-content_1fr] ax-sm:gap-y-3">
          <dt className="font-semibold">{t("details.name")}</dt>
          <dd className="mb-2 ax-sm:mb-0">{own.name}</dd>
          <dt className="font-semibold">{t("details.email")}</dt>
          <dd className="mb-2 break-all ax-sm:mb-0">{own.email}</dd>
          <dt className="font-semibold">{t("details.signIn")}</dt>
          <dd>
            {own.signInMethods.length === 0 ? (
              t("details.noMethod")
            ) : (
              <ul className="m-0 list-none p-0">
                {own.signInMethods.map((method) => (
                  <li key={method}>{method}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <BodyShort size="small" className="mt-4 max-w-prose">
          {t("details.wrongDetails")}
        </BodyShort>
      </section>

      {own.hasPassword ? (
        <>
          {/* While the app is closed until two-factor is on, that comes first. */}
          {own.mustTurnOnTwoFactor ? null : <ChangePasswordForm email={own.email} />}
          <TwoFactorSection email={own.email} enabled={own.twoFactorEnabled} required={own.twoFactorRequired} />
          {own.mustTurnOnTwoFactor ? <ChangePasswordForm email={own.email} /> : null}
        </>
      ) : (
        <BodyShort className="max-w-prose">{t("details.workAccountOnly")}</BodyShort>
      )}

      <section aria-labelledby="sprak-heading">
        <Heading id="sprak-heading" level="2" size="medium" spacing>
          {t("language.heading")}
        </Heading>
        <BodyShort spacing className="max-w-prose">
          {t("language.intro")}
        </BodyShort>
        {/* The choice is saved on the account (audited) and in this browser; until then, the kommune's målform. */}
        <LanguageChoice returnTo="/konto" description={languageHint} />
      </section>

      {!own.mustTurnOnTwoFactor && (
        <section aria-labelledby="varsler-heading">
          <Heading id="varsler-heading" level="2" size="medium" spacing>
            {t("emailNotifications.heading")}
          </Heading>
          <BodyShort className="max-w-prose">{notificationsIntro}</BodyShort>
        </section>
      )}

      <SessionsSection sessions={own.sessions} />
    </VStack>
  );
}
