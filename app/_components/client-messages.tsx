import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { Namespace } from "~/messages/catalogues";

/** What every client component may use: the shared words and the page frame. */
const ALWAYS: Namespace[] = ["common", "shell", "validation"];

/** A whole namespace, or one top-level section of it ("mulighetsrom.areas"). */
export type MessagePart = Namespace | `${Namespace}.${string}`;

/**
 * Hands client components the catalogue namespaces they use, and no others: the messages travel in
 * every page's HTML, and all of them would weigh more than the page (ADR 0015, ADR 0018). An area's
 * layout wraps its pages with its own namespaces; this replaces, not extends, an outer provider.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessagePart[]; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked: Record<string, Record<string, unknown>> = {};
  for (const part of [...ALWAYS, ...namespaces]) {
    const [namespace, section] = part.split(".", 2) as [Namespace, string | undefined];
    const all = messages[namespace] as Record<string, unknown>;
    picked[namespace] = section === undefined ? all : { ...picked[namespace], [section]: all[section] };
  }
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
