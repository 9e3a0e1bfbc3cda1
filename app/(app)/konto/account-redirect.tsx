"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Sends the browser to /konto with a full page load. The (app) layout uses it instead of
 * redirect() when it is rendered for an in-app navigation: a redirect thrown by a layout to a page
 * under the same layout makes Next's client router fetch that page again and again (the layout is
 * never committed, so each answer asks for it anew).
 */
export function AccountRedirect({ href }: { href: string }) {
  const t = useTranslations("shell");
  useEffect(() => {
    window.location.replace(href);
  }, [href]);
  const message = t.rich("twoFactorFirst", { link: (chunks) => <a href={href}>{chunks}</a> });
  return <p className="p-8">{message}</p>;
}
