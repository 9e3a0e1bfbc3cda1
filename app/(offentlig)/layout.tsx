import { useTranslations } from "next-intl";
import { SiteFooter } from "~/app/_components/site-footer";

/**
 * Published documents for anyone: no sign-in, no app navigation, nothing that reads a session.
 * The root layout (app/layout.tsx) gives the page its language and fonts.
 */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shell");
  return (
    <>
      <a
        href="#hovedinnhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-ax-bg-default focus:p-2"
      >
        {t("skipToMain")}
      </a>
      <header className="border-b border-ax-border-neutral-subtle bg-ax-bg-neutral-soft">
        <div className="mx-auto w-full max-w-5xl px-4 py-3">
          <p className="text-lg font-semibold">{t("publicTitle")}</p>
        </div>
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-8 outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
