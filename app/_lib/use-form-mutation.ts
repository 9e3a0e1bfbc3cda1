"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type RefObject } from "react";
import { fieldErrorsOf, isConflict, messageOf, type FieldErrors } from "./trpc-errors";

export interface FormState {
  pending: boolean;
  fieldErrors: FieldErrors;
  /** A message that belongs to no single field (conflict, no access, network). */
  formError: string | null;
  conflict: boolean;
  saved: boolean;
}

/**
 * The one way our forms save: run the mutation, refresh the server-rendered
 * page on success, and on failure keep the user's input and say why, next to
 * the field when the server named one. Focus moves to the messages, which the
 * caller renders with `focusRef` attached (`FormShell` and `FormMessages` do that); a caller
 * that shows the messages elsewhere (a confirmation dialog) may pass its own ref.
 */
export function useFormMutation<TInput, TResult>(
  mutate: (input: TInput) => Promise<TResult>,
  ownFocusRef?: RefObject<HTMLDivElement | null>,
) {
  const router = useRouter();
  const innerFocusRef = useRef<HTMLDivElement>(null);
  const focusRef = ownFocusRef ?? innerFocusRef;
  const [state, setState] = useState<FormState>({
    pending: false,
    fieldErrors: {},
    formError: null,
    conflict: false,
    saved: false,
  });
  // Focus moves after React has rendered the messages: a requestAnimationFrame could
  // run before that commit on a slow machine, and focus was then left on <body>.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) focusRef?.current?.focus();
  }, [focusRequest, focusRef]);

  async function submit(input: TInput, options: { localErrors?: FieldErrors } = {}): Promise<TResult | null> {
    if (options.localErrors && Object.keys(options.localErrors).length > 0) {
      setState({ pending: false, fieldErrors: options.localErrors, formError: null, conflict: false, saved: false });
      setFocusRequest((n) => n + 1);
      return null;
    }
    setState((s) => ({ ...s, pending: true, saved: false }));
    try {
      const result = await mutate(input);
      setState({ pending: false, fieldErrors: {}, formError: null, conflict: false, saved: true });
      router.refresh();
      return result;
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      const hasFieldErrors = Object.keys(fieldErrors).length > 0;
      setState({
        pending: false,
        fieldErrors,
        formError: hasFieldErrors ? null : messageOf(error),
        conflict: isConflict(error),
        saved: false,
      });
      setFocusRequest((n) => n + 1);
      return null;
    }
  }

  const reset = () =>
    setState({ pending: false, fieldErrors: {}, formError: null, conflict: false, saved: false });

  return { ...state, focusRef, submit, reset };
}
