"use client";

import { Alert, BodyShort, Button, Modal } from "@navikt/ds-react";
import type { RefObject } from "react";

interface Props {
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

/** The one confirmation step before a destructive or far-reaching action: says what happens, offers Avbryt. */
export function ConfirmDialog({ open, heading, body, confirmLabel, pending, error, errorRef, onConfirm, onClose, danger = true }: Props) {
  return (
    <Modal open={open} onClose={onClose} header={{ heading }} width="small">
      <Modal.Body>
        <BodyShort>{body}</BodyShort>
        {error && (
          <Alert variant="error" size="small" className="mt-3" role="alert" ref={errorRef} tabIndex={-1}>
            {error}
          </Alert>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button data-color={danger ? "danger" : undefined} onClick={onConfirm} loading={pending}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
