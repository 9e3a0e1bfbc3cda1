"use client";

import { useEffect, useRef, useState } from "react";
import type { AuthError, FormFailure } from "~/lib/two-factor";
import type { FormFeedback } from "~/app/_components/form-shell";
import { useRenderText } from "~/app/_lib/use-text";

type AuthResult<T> = { data: T | null; error: AuthError | null } | { data: T; error: null } | { data: null; error: AuthError };

/**
 * useFormMutation's counterpart for better-auth's own endpoints (password, two-factor), which
 * answer with `{ data, error }` rather than tRPC errors: the same state, shown by FormShell or
 * DialogForm, with focus moved to the messages after a refusal.
 */
export function useAuthStep() {
  const say = useRenderText();
  const focusRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pending: boolean; fieldErrors: Record<string, string>; formError: string | null }>({
    pending: false,
    fieldErrors: {},
    formError: null,
  });
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) focusRef.current?.focus();
  }, [focusRequest]);

  function fail(failure: FormFailure) {
    const fieldErrors = Object.fromEntries(Object.entries(failure.fieldErrors).map(([field, message]) => [field, say(message)]));
    setState({ pending: false, fieldErrors, formError: failure.formError === null ? null : say(failure.formError) });
    setFocusRequest((n) => n + 1);
  }

  /** Runs the call; on a refusal shows `failureOf(error)` and returns null. */
  async function run<T>(call: () => Promise<AuthResult<T>>, failureOf: (error: AuthError) => FormFailure): Promise<T | null> {
    setState((s) => ({ ...s, pending: true }));
    let result: AuthResult<T>;
    try {
      result = await call();
    } catch {
      fail({ fieldErrors: {}, formError: { key: "common.errors.network" } });
      return null;
    }
    if (result.error) {
      fail(failureOf(result.error));
      return null;
    }
    setState({ pending: false, fieldErrors: {}, formError: null });
    return result.data;
  }

  /** Field messages found before sending anything; true when there were some. */
  function refuse(fieldErrors: FormFailure["fieldErrors"]): boolean {
    if (Object.keys(fieldErrors).length === 0) return false;
    fail({ fieldErrors, formError: null });
    return true;
  }

  const reset = () => setState({ pending: false, fieldErrors: {}, formError: null });

  const feedback: FormFeedback = { ...state, conflict: false, focusRef };
  return { ...state, feedback, run, refuse, fail, reset };
}
