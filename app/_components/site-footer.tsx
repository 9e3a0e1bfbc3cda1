import { useTranslations } from "next-intl";
import NextLink from "next/link";

/**
 * The foot of every page (app, sign-in, invitation, public documents, error pages, /delta): the
 * accessibility statement, and the reminder that no data about Nav's clients goes in. Not printed.
 * Not async, so the client error boundary (app/error.tsx) can show it too; its words are in
 * `shell`, which every page's client messages include.
 */
export function SiteFooter() {
  const t = useTranslations("shell.footer");
  return (
    <footer aria-label={t("label")} className="no-print mt-12 border-t border-ax-border-neutral-subtle">
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-6 text-ax-text-neutral-subtle ax-md:flex-row ax-md:items-center ax-md:justify-between">
        <p className="m-0 text-sm">{t("noClientData")}</p>
        <NextLink href="/tilgjengelighet" className="aksel-link text-sm">
          {t("accessibility")}
        </NextLink>
      </div>
    </footer>
  );
}
