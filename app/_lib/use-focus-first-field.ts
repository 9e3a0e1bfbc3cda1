"use client";

import { useEffect, useRef } from "react";

/**
 * A form that opens in place (Legg til, Endre) takes focus on its first field, so a keyboard or
 * screen reader user is not left at the start of the page. Attach the returned ref to the <form>.
 */
export function useFocusFirstField() {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }, []);
  return formRef;
}
