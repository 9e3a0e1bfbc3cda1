"use client";

import { lazy, Suspense, useState, type RefObject } from "react";

export interface ConfirmDialogProps {
  open: boolean;
  heading: string;
  /** What happens, and how to undo it. */
  body: string;
  confirmLabel: string;
  pending: boolean;
  error: string | null;
  errorRef?: RefObject<HTMLDivElement | null>;
  onConfirm: () => void;
  onClose: () => void;
  /** False for a step that is not destructive but should still be confirmed (publishing). */
  danger?: boolean;
}

// Aksel's Modal brings its date-input context, floating-ui and focus trapping (about 20 kB gzipped
// with what it shares with DialogForm): fetched the first time a dialog opens, not with the page.
const ConfirmModal = lazy(() => import("./confirm-modal"));

/**
 * The one confirmation step before a destructive or far-reaching action: says what happens, offers
 * Avbryt. Nothing is drawn until it first opens; after that it stays mounted, so it closes as
 * Aksel's Modal does and gives focus back.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmModal {...props} />
    </Suspense>
  );
}
