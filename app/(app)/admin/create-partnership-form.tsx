"use client";

import { Alert, Button, Checkbox, CheckboxGroup, Heading, Radio, RadioGroup, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRef, useState } from "react";
import { leaderModels } from "~/db/schema/enums";
import type { LeaderModel } from "~/lib/partnership/catalogue";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Fylke = { id: string; name: string; kommuner: { id: string; name: string }[] };

/** "Nav Indre Østfold" → "indre-ostfold": a readable address suggestion. */
function suggestSlug(officeName: string) {
  return officeName
    .toLowerCase()
    .replace(/^nav\s+/, "")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function CreatePartnershipForm({ fylker }: { fylker: Fylke[] }) {
  const t = useTranslations("admin.create");
  const tp = useTranslations("partnership");
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.admin.createPartnership.mutationOptions()).mutateAsync, formFocus);
  const [officeName, setOfficeName] = useState("Nav ");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [fylkeId, setFylkeId] = useState(fylker[0]?.id ?? "");
  const [kommuneIds, setKommuneIds] = useState<string[]>([]);
  const [leaderModel, setLeaderModel] = useState<LeaderModel>("en_leder");
  const [created, setCreated] = useState<{ slug: string; name: string } | null>(null);
  const kommuner = fylker.find((f) => f.id === fylkeId)?.kommuner ?? [];

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setCreated(null);
    const result = await form.submit({
      officeName,
      slug: slugTouched ? slug : suggestSlug(officeName),
      fylkeId,
      kommuneIds,
      leaderModel,
    });
    if (result) {
      setCreated({ slug: result.slug, name: officeName });
      setOfficeName("Nav ");
      setSlug("");
      setSlugTouched(false);
      setKommuneIds([]);
    }
  }

  return (
    <section aria-labelledby="opprett-heading">
      <Heading id="opprett-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <form onSubmit={onSubmit} noValidate aria-labelledby="opprett-heading">
        <VStack gap="space-16" className="max-w-xl">
          <FormErrors ref={formFocus} errors={form.fieldErrors} idPrefix="create-" />
          {form.formError && <Alert variant="error" role="alert">{form.formError}</Alert>}
          {created && (
            <Alert variant="success" role="status">
              {t("created", { name: created.name })}{" "}
              <NextLink className="aksel-link" href={`/partnerskap/${created.slug}`}>
                {t("goTo")}
              </NextLink>
            </Alert>
          )}
          <TextField id="create-officeName" label={t("officeName")} value={officeName} onChange={(e) => setOfficeName(e.target.value)} error={form.fieldErrors.officeName} />
          <TextField
            id="create-slug"
            label={t("slug")}
            description={t("slugDescription", { path: `/partnerskap/${slugTouched ? slug : suggestSlug(officeName) || "…"}` })}
            value={slugTouched ? slug : suggestSlug(officeName)}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.target.value);
            }}
            error={form.fieldErrors.slug}
          />
          <Select
            id="create-fylkeId"
            label={t("fylke")}
            value={fylkeId}
            onChange={(e) => {
              setFylkeId(e.target.value);
              setKommuneIds([]);
            }}
            error={form.fieldErrors.fylkeId}
          >
            {fylker.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
          <CheckboxGroup
            id="create-kommuneIds"
            legend={t("kommuner")}
            description={t("kommunerDescription")}
            value={kommuneIds}
            onChange={(value: string[]) => setKommuneIds([...kommuneIds.filter((id) => value.includes(id)), ...value.filter((id) => !kommuneIds.includes(id))])}
            error={form.fieldErrors.kommuneIds}
          >
            <div className="grid grid-cols-2 gap-x-4 ax-md:grid-cols-3">
              {kommuner.map((k) => (
                <Checkbox key={k.id} value={k.id}>
                  {k.name}
                </Checkbox>
              ))}
            </div>
          </CheckboxGroup>
          <RadioGroup id="create-leaderModel" legend={t("leaderModel")} value={leaderModel} onChange={(v: LeaderModel) => setLeaderModel(v)} error={form.fieldErrors.leaderModel}>
            {leaderModels.map((value) => (
              <Radio key={value} value={value}>
                {tp(`leaderModel.${value}`)}
              </Radio>
            ))}
          </RadioGroup>
          <div>
            <Button type="submit" loading={form.pending}>
              {t("submit")}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
