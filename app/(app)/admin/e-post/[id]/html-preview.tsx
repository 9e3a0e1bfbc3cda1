"use client";

import { useId, useState } from "react";
import { Button } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/**
 * The mail's HTML in a sandboxed frame, shown on request: an empty sandbox (no scripts, an opaque
 * origin, no forms, popups or top navigation) around our own escaped template output. On request,
 * because a frame that may run no script cannot be checked by the accessibility tooling either;
 * the text part above carries the same content.
 */
export function HtmlPreview({ html, subject }: { html: string; subject: string }) {
  const t = useTranslations("admin.mail.message");
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button variant="secondary" size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? t("hideHtml") : t("showHtml")}
      </Button>
      <div id={id} className="mt-4">
        {open && (
          <iframe
            title={t("frameTitle", { subject })}
            srcDoc={html}
            sandbox=""
            referrerPolicy="no-referrer"
            className="h-[36rem] w-full max-w-3xl rounded border border-[var(--ax-border-neutral-subtle)] bg-white"
          />
        )}
      </div>
    </div>
  );
}
