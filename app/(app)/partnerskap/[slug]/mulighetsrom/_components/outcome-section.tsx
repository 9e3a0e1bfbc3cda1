"use client";

import { Button } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * The group's forms are used at the meeting, once or twice per assessment; they stay folded
 * until asked for, which keeps the page quick for everyone who only reads the results.
 */
export function OutcomeSection({ children }: { children: React.ReactNode }) {
  const t = useTranslations("mulighetsrom.outcome");
  const [open, setOpen] = useState(false);
  // The button disappears when pressed; keyboard focus continues at the first form's heading.
  useEffect(() => {
    if (open) document.getElementById("status-heading")?.focus();
  }, [open]);
  return open ? (
    <>{children}</>
  ) : (
    <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
      {t("open")}
    </Button>
  );
}
