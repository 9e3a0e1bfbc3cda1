"use client";

import { PencilIcon, PlusIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Radio, RadioGroup, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { localeNames, locales, type Locale } from "~/lib/i18n/locales";

export interface GatheringValues {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  description: string;
  /** The language guests at /delta start in. */
  language: Locale;
}

function GatheringForm({ slug, existing, onDone }: { slug: string; existing?: GatheringValues & { id: string; version: number }; onDone: (id: string | null) => void }) {
  const t = useTranslations("network.gatheringForm");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const create = useMutation(trpc.network.createGathering.mutationOptions());
  const update = useMutation(trpc.network.updateGathering.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation(async (values: GatheringValues) => {
    if (existing) {
      await update.mutateAsync({ network: slug, gatheringId: existing.id, version: existing.version, ...values });
      return { id: existing.id };
    }
    return create.mutateAsync({ network: slug, ...values });
  });
  const [title, setTitle] = useState(existing?.title ?? "");
  const [place, setPlace] = useState(existing?.place ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [language, setLanguage] = useState<Locale>(existing?.language ?? "nb");
  const [start, setStart] = useState<DateFieldChange>({ iso: existing?.startsOn ?? null, valid: true });
  const [end, setEnd] = useState<DateFieldChange>({ iso: existing?.endsOn ?? null, valid: true });
  const prefix = existing ? `samling-${existing.id}-` : "ny-samling-";
  const noClientData = tc("noClientData");
  const err = form.fieldErrors;

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={existing ? t("editLabel") : t("newLabel")}
      className="max-w-2xl rounded-md border border-ax-border-neutral-subtle p-4"
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: existing ? t("save") : t("create") }}
      onCancel={() => onDone(null)}
      onSubmit={async () => {
        const local: Record<string, string> = {};
        if (!start.valid || !start.iso) local.startsOn = start.valid ? t("pickFirstDay") : t("firstDayInvalid");
        // A one-day samling: the last day is the first day when left empty.
        if (!end.valid) local.endsOn = t("lastDayInvalid");
        const result = await form.submit({ title, place, description, language, startsOn: start.iso ?? "", endsOn: end.iso ?? start.iso ?? "" }, { localErrors: local });
        if (result) onDone(result.id);
      }}
    >
      <TextField id={`${prefix}title`} label={t("title")} description={t("titleHint")} value={title} maxLength={200} error={err.title} onChange={(e) => setTitle(e.target.value)} />
      <HStack gap="space-16" align="start" wrap>
        <DateField id={`${prefix}startsOn`} label={t("firstDay")} description={t("dateHint")} defaultValue={existing?.startsOn ?? null} error={err.startsOn} onChange={setStart} />
        <DateField id={`${prefix}endsOn`} label={t("lastDay")} description={t("lastDayHint")} defaultValue={existing?.endsOn ?? null} error={err.endsOn} onChange={setEnd} />
      </HStack>
      <TextField id={`${prefix}place`} label={t("place")} description={t("placeHint")} value={place} maxLength={200} error={err.place} onChange={(e) => setPlace(e.target.value)} />
      <Textarea
        id={`${prefix}description`}
        label={t("description")}
        description={noClientData}
        minRows={2}
        maxLength={2000}
        value={description}
        error={err.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <RadioGroup
        id={`${prefix}language`}
        legend={t("language")}
        description={t("languageHint")}
        value={language}
        error={err.language}
        onChange={(value: Locale) => setLanguage(value)}
      >
        {locales.map((l) => (
          <Radio key={l} value={l}>
            {localeNames[l]}
          </Radio>
        ))}
      </RadioGroup>
    </FormShell>
  );
}

/** «Ny samling» opens the form; after saving, the new samling's page opens. */
export function AddGathering({ slug }: { slug: string }) {
  const t = useTranslations("network.gatheringForm");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <GatheringForm
        slug={slug}
        onDone={(id) => {
          setOpen(false);
          if (id) router.push(`/nettverk/${slug}/samling/${id}`);
          else requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <div>
      <Button ref={button} type="button" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t("newLabel")}
      </Button>
    </div>
  );
}

/** «Endre samlingen» on the samling's page. */
export function EditGathering({ slug, existing }: { slug: string; existing: GatheringValues & { id: string; version: number } }) {
  const t = useTranslations("network.gatheringForm");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <GatheringForm
        slug={slug}
        existing={existing}
        onDone={(id) => {
          setOpen(false);
          setSaved(id !== null);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <HStack gap="space-8" align="center">
      <Button ref={button} type="button" size="small" variant="secondary" icon={<PencilIcon aria-hidden />} onClick={() => { setSaved(false); setOpen(true); }}>
        {t("editButton")}
      </Button>
      {saved && <BodyShort role="status">{t("saved")}</BodyShort>}
    </HStack>
  );
}
