"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "", key: "overview" },
  { href: "/virksomhetsplan", key: "plan" },
  { href: "/arshjul", key: "cycle" },
  { href: "/moter", key: "meetings" },
  { href: "/lederavtale", key: "agreement" },
  { href: "/mulighetsrom", key: "mulighetsrom" },
  { href: "/historikk", key: "history" },
] as const;

/** The partnership's sections; the current one is marked for screen readers and by an underline. */
export function PartnershipNav({ slug }: { slug: string }) {
  const t = useTranslations("partnership.nav");
  const pathname = usePathname();
  const base = `/partnerskap/${slug}`;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-ax-border-neutral-subtle">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 p-0">
        {sections.map((section) => {
          const href = `${base}${section.href}`;
          const current = section.href === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-2 text-ax-text-neutral no-underline hover:underline ${
                  current ? "border-b-4 border-ax-border-accent font-semibold" : "border-b-4 border-transparent"
                }`}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
