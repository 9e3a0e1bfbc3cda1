"use client";

import { Button, Modal, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { FormMessages, type DialogFormProps } from "./form-shell";

/** DialogForm's modal (./form-shell.tsx), fetched the first time one opens. */
export default function DialogFormModal({ open, onClose, heading, width = "medium", onSubmit, intro, submitLabel, children, ...messages }: DialogFormProps) {
  const t = useTranslations("common");
  return (
    <Modal open={open} onClose={onClose} header={{ heading }} width={width}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        <Modal.Body>
          <VStack gap="space-16">
            {intro}
            <FormMessages size="small" {...messages} />
            {children}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={messages.form.pending}>
            {submitLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
