"use client";

import { Alert, Button, HStack, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState, type ReactNode, type Ref, type RefObject } from "react";
import { FormErrors } from "~/app/_components/form-errors";
import type { FieldErrors } from "~/app/_lib/trpc-errors";
import type { FormState } from "~/app/_lib/use-form-mutation";

/** What the shell needs of `useFormMutation`: its state and the element focus goes to after a failed save. */
export type FormFeedback = Pick<FormState, "pending" | "fieldErrors" | "formError" | "conflict"> & {
  focusRef: RefObject<HTMLDivElement | null>;
};

type Gap = "space-8" | "space-12" | "space-16" | "space-20";

interface MessagesProps {
  form: FormFeedback;
  /** The field messages to list, when the form renames the server's keys; otherwise `form.fieldErrors`. */
  errors?: FieldErrors;
  /** The fields' id prefix, so each message links to its field. */
  idPrefix?: string;
  /** False where the fields show their own messages and no summary is wanted. */
  summary?: boolean;
  size?: "small" | "medium";
  /** A conflict (someone else saved first) is a warning, not an error, where the form says so. */
  warnOnConflict?: boolean;
  className?: string;
}

/**
 * Why a save failed: the summary of field messages, or the one message that belongs to no field.
 * Both carry `form.focusRef`; only one is shown at a time, and focus moves to it.
 */
export function FormMessages({ form, errors, idPrefix, summary = true, size, warnOnConflict = false, className }: MessagesProps) {
  const { focusRef, fieldErrors, formError, conflict } = form;
  return (
    <>
      {summary && <FormErrors ref={focusRef} errors={errors ?? fieldErrors} idPrefix={idPrefix} />}
      {formError && (
        <Alert variant={warnOnConflict && conflict ? "warning" : "error"} role="alert" ref={focusRef} tabIndex={-1} size={size} className={className}>
          {formError}
        </Alert>
      )}
    </>
  );
}

interface SubmitProps {
  label: ReactNode;
  size?: "small" | "medium";
  variant?: "primary" | "secondary";
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

interface ShellProps extends Omit<MessagesProps, "size" | "className"> {
  /** Called on submit, after the browser's own submit is stopped. */
  onSubmit: () => unknown;
  /** The form's accessible name; or `labelledBy`, the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  formRef?: Ref<HTMLFormElement>;
  className?: string;
  gap?: Gap;
  stackClassName?: string;
  alertSize?: "small" | "medium";
  /** Above the messages: the form's own heading or introduction. */
  heading?: ReactNode;
  submit: SubmitProps;
  /** «Avbryt», where the form can be closed without saving. */
  onCancel?: () => void;
  cancelVariant?: "secondary" | "tertiary";
  /** Beside the buttons: what happened («Lagret.»). */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * The one frame of our forms: the form element (the browser's checks off, ours on the server),
 * why a save failed at the top with focus moved there, the fields, and the buttons with the
 * submit button busy while saving.
 */
export function FormShell({
  form,
  onSubmit,
  label,
  labelledBy,
  formRef,
  className,
  gap = "space-16",
  stackClassName,
  alertSize,
  heading,
  submit,
  onCancel,
  cancelVariant = "secondary",
  status,
  children,
  ...messages
}: ShellProps) {
  const { ref: submitRef, label: submitLabel, size, variant, icon } = submit;
  const t = useTranslations("common");
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={label}
      aria-labelledby={labelledBy}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <VStack gap={gap} className={stackClassName}>
        {heading}
        <FormMessages form={form} size={alertSize} {...messages} />
        {children}
        <HStack gap="space-8" align="center">
          <Button ref={submitRef} type="submit" size={size} variant={variant} icon={icon} loading={form.pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" size={size} variant={cancelVariant} onClick={onCancel}>
              {t("cancel")}
            </Button>
          )}
          {status}
        </HStack>
      </VStack>
    </form>
  );
}

export interface DialogFormProps extends Omit<MessagesProps, "size" | "className"> {
  open: boolean;
  onClose: () => void;
  heading: string;
  width?: "small" | "medium";
  onSubmit: () => unknown;
  /** What the step does, above the messages. */
  intro?: ReactNode;
  submitLabel: ReactNode;
  children?: ReactNode;
}

// Aksel's Modal is fetched the first time a dialog opens, not with every page that has a form
// (see ./confirm-dialog.tsx for why).
const DialogFormModal = lazy(() => import("./dialog-form-modal"));

/**
 * A form in a modal dialog: the step explained, why it failed, the fields, and submit beside
 * «Avbryt». Nothing is drawn until it first opens; after that it stays mounted.
 */
export function DialogForm(props: DialogFormProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <DialogFormModal {...props} />
    </Suspense>
  );
}
