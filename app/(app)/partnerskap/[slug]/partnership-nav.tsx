"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "", label: "Oversikt" },
  { href: "/virksomhetsplan", label: "Virksomhetsplan" },
  { href: "/arshjul", label: "Årshjul" },
  { href: "/moter", label: "Møter" },
  { href: "/lederavtale", label: "Lederavtale" },
  { href: "/mulighetsrom", label: "Mulighetsrom" },
  { href: "/historikk", label: "Historikk" },
] as const;

/** The partnership's sections; the current one is marked for screen readers and by an underline. */
export function PartnershipNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/partnerskap/${slug}`;
  return (
    <nav aria-label="Partnerskapet" className="mb-6 border-b border-ax-border-neutral-subtle">
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
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
