"use client";

import { Alert, BodyShort, Button, Modal } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { ConfirmDialogProps } from "./confirm-dialog";

/** ConfirmDialog's modal (./confirm-dialog.tsx), fetched the first time one opens. */
export default function ConfirmModal({ open, heading, body, confirmLabel, pending, error, errorRef, onConfirm, onClose, danger = true }: ConfirmDialogProps) {
  const t = useTranslations("common");
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
          {t("cancel")}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
