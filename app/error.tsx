"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense } from "react";
import { SiteFooter } from "./_components/site-footer";

/** Without Aksel, if ./error-content.tsx cannot be fetched (the network may be why the page failed). */
function PlainError({ reset }: { reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div className="flex flex-col items-start gap-4">
      <p role="alert" className="m-0">
        {t("errors.page")}
      </p>
      <button type="button" onClick={reset} className="aksel-link cursor-pointer border-0 bg-transparent p-0 text-base">
        {t("tryAgain")}
      </button>
    </div>
  );
}

// The error boundary is part of every page, so its Aksel components (about 9 kB gzipped) would
// be too; they are fetched when a page actually fails instead (issue 18).
const ErrorContent = lazy(() => import("./error-content").catch(() => ({ default: PlainError })));

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
        {/* Nothing for the moment it takes to fetch, so the message is announced once. */}
        <Suspense fallback={null}>
          <ErrorContent reset={reset} />
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
