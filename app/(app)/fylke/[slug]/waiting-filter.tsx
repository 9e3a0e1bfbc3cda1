"use client";

import { Checkbox } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";

/** Filters the table in place; the choice lives in the address so it can be shared and reloaded. */
export function WaitingFilter({ checked, hrefOn, hrefOff, waitingCount }: { checked: boolean; hrefOn: string; hrefOff: string; waitingCount: number }) {
  const t = useTranslations("fylke.waiting");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The box turns at once; the table follows when the server has answered.
  const [shown, setShown] = useOptimistic(checked);
  return (
    <Checkbox
      checked={shown}
      aria-busy={pending || undefined}
      description={t("description", { count: waitingCount })}
      onChange={(event) => {
        const on = event.target.checked;
        startTransition(() => {
          setShown(on);
          router.replace(on ? hrefOn : hrefOff, { scroll: false });
        });
      }}
    >
      {t("label")}
    </Checkbox>
  );
}
