"use client";

import { useEffect, useRef } from "react";

/**
 * A button that a form replaces in place («Endre», «Legg til») gets focus back when the form
 * closes, after saving or «Avbryt»; otherwise focus falls to the start of the page. Attach `ref`
 * to the button and call `returnOnClose()` just before closing the form. The focus moves in an
 * effect, once the button is rendered again (a requestAnimationFrame could run before that commit).
 */
export function useReturnFocus<T extends HTMLElement = HTMLButtonElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  useEffect(() => {
    if (open || !wanted.current) return;
    wanted.current = false;
    ref.current?.focus();
  }, [open]);
  return {
    ref,
    returnOnClose: () => {
      wanted.current = true;
    },
  };
}

/**
 * A submit button shown as «loading» is disabled while it saves, and the browser then drops focus
 * to the page's start. When saving ends with focus lost that way, it goes back to `ref` (the
 * button, or the field to type the next entry in); focus the user moved elsewhere is left alone.
 */
export function useKeepFocusWhileSaving<T extends HTMLElement = HTMLButtonElement>(pending: boolean) {
  const ref = useRef<T>(null);
  const wasPending = useRef(false);
  useEffect(() => {
    if (pending) {
      wasPending.current = true;
      return;
    }
    if (!wasPending.current) return;
    wasPending.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || active === ref.current) ref.current?.focus();
  }, [pending]);
  return ref;
}
