import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { Namespace } from "~/messages/catalogues";

/** What every client component may use: the shared words and the page frame. */
const ALWAYS: Namespace[] = ["common", "shell", "validation"];

/**
 * Hands client components the catalogue namespaces they use, and no others: the messages travel in
 * every page's HTML, and all of them would weigh more than the page (ADR 0015, ADR 0018). An area's
 * layout wraps its pages with its own namespaces; this replaces, not extends, an outer provider.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked: Record<string, unknown> = {};
  for (const namespace of [...ALWAYS, ...namespaces]) picked[namespace] = messages[namespace];
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
