"use client";

import { BodyShort, Button, Modal, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (e: React.FormEvent) => void;
  text: string;
  hash: string;
  password: string;
  onPassword: (value: string) => void;
  error: string | null;
  pending: boolean;
}

/** The signing dialog of ./agreement-actions.tsx: the exact text, its checksum and the password. Fetched when first opened. */
export default function SignDialog({ open, onClose, onSubmit, text, hash, password, onPassword, error, pending }: Props) {
  const t = useTranslations("agreement");
  const tCommon = useTranslations("common");
  return (
    <Modal open={open} onClose={onClose} header={{ heading: t("sign.heading") }} width="medium">
      <form onSubmit={onSubmit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            <BodyShort>{t("sign.lead")}</BodyShort>
            {/* A named region, so the label is announced and the scrollable text can be reached by keyboard. */}
            <pre
              role="region"
              tabIndex={0}
              aria-label={t("sign.textRegion")}
              className="max-h-80 overflow-y-auto whitespace-pre-wrap rounded border border-ax-border-neutral-subtle p-3 font-[inherit] text-sm"
            >
              {text}
            </pre>
            <BodyShort size="small" className="break-all">
              {t("checksum")} <code>{hash}</code>
            </BodyShort>
            <TextField
              label={t("sign.password")}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => onPassword(e.target.value)}
              error={error ?? undefined}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={pending}>
            {t("sign.submit")}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {tCommon("cancel")}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
