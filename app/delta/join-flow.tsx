"use client";

import { Alert, BodyShort, Button, Heading, Loader, Radio, RadioGroup, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { fieldErrorsOf, messageOf } from "~/app/_lib/trpc-errors";
import { roleGroups } from "~/db/schema/enums";
import type { RoleGroup } from "~/lib/workshop/labels";
import { LanguageChoice } from "~/app/_components/language-choice";
import { normaliseCode } from "./participant-storage";

interface Props {
  initialCode: string;
  /** No language chosen in this browser: the samling's language applies once the code is known. */
  followSamling: boolean;
  onJoined: (code: string, gatheringId: string, token: string) => void;
}

/** Step 1: the code from the screen, then who you are (name for guests), your role group and office. */
export function JoinFlow({ initialCode, followSamling, onJoined }: Props) {
  const [code, setCode] = useState(normaliseCode(initialCode));
  return code ? (
    <JoinForm code={code} followSamling={followSamling} onChangeCode={() => setCode("")} onJoined={onJoined} />
  ) : (
    <CodeForm initialCode={initialCode} onCode={setCode} />
  );
}

function CodeForm({ initialCode, onCode }: { initialCode: string; onCode: (code: string) => void }) {
  const t = useTranslations("delta.join");
  const [typed, setTyped] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  return (
    <VStack gap="space-32">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const code = normaliseCode(typed);
          if (code.length !== 6) return setError(t("codeLength"));
          onCode(code);
        }}
      >
        <VStack gap="space-24">
          <Heading level="1" size="large">
            {t("heading")}
          </Heading>
          <TextField
            id="delta-kode"
            label={t("codeLabel")}
            description={t("codeDescription")}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            error={error}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            htmlSize={10}
            className="[&_input]:font-mono [&_input]:text-2xl [&_input]:tracking-widest"
          />
          <div>
            <Button type="submit">{t("continue")}</Button>
          </div>
        </VStack>
      </form>
      <LanguageChoice returnTo="/delta" layout="buttons" />
    </VStack>
  );
}

function JoinForm({ code, followSamling, onChangeCode, onJoined }: { code: string; onChangeCode: () => void } & Pick<Props, "onJoined" | "followSamling">) {
  const t = useTranslations("delta.join");
  const tw = useTranslations("workshop");
  const locale = useLocale();
  const trpc = useTRPC();
  const info = useQuery(trpc.workshop.joinInfo.queryOptions({ code }, { retry: false, staleTime: 60_000 }));
  const join = useMutation(trpc.workshop.join.mutationOptions());
  const [name, setName] = useState("");
  const [roleGroup, setRoleGroup] = useState<RoleGroup | "">("");
  const [office, setOffice] = useState("");
  const [prefilled, setPrefilled] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const focus = useRef<HTMLDivElement>(null);

  // A signed-in person's role group and office are suggested once, when the info arrives.
  if (info.data && !prefilled) {
    setPrefilled(true);
    const me = info.data.signedInAs;
    if (me?.roleGroup) setRoleGroup(me.roleGroup);
    const own = info.data.offices.filter((o) => me?.partnershipIds.includes(o.id));
    if (own.length === 1 && own[0]) setOffice(own[0].id);
  }

  // A typed code's samling has another language than this page: the page is fetched again with
  // the code, which the server renders in the samling's language (delta-locale.ts). Once only.
  const samlingLanguage = info.data?.language;
  useEffect(() => {
    if (!followSamling || !samlingLanguage || samlingLanguage === locale) return;
    const shown = normaliseCode(new URL(window.location.href).searchParams.get("kode") ?? "");
    if (shown !== code) window.location.replace(`/delta?kode=${encodeURIComponent(code)}`);
  }, [followSamling, samlingLanguage, locale, code]);

  if (info.isPending) return <Loader title={t("loadingGathering")} />;
  if (info.isError) {
    return (
      <VStack gap="space-16">
        <Heading level="1" size="large">
          {t("heading")}
        </Heading>
        <Alert variant="warning">{messageOf(info.error)}</Alert>
        <div>
          <Button variant="secondary" onClick={onChangeCode}>
            {t("retypeCode")}
          </Button>
        </div>
      </VStack>
    );
  }

  const signedInAs = info.data.signedInAs;
  const joinedAs = signedInAs ? t.rich("joinedAs", { name: signedInAs.name, strong: (chunks) => <strong>{chunks}</strong> }) : null;
  const needsOffice = roleGroup !== "" && roleGroup !== "fylke";

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!signedInAs && !name.trim()) local.name = t("nameRequired");
    if (!roleGroup) local.roleGroup = t("roleGroupRequired");
    if (needsOffice && !office) local.partnershipId = t("officeRequired");
    setFormError(null);
    setErrors(local);
    if (Object.keys(local).length > 0 || !roleGroup) {
      requestAnimationFrame(() => focus.current?.focus());
      return;
    }
    try {
      const joined = await join.mutateAsync({
        code,
        ...(signedInAs ? {} : { name: name.trim() }),
        roleGroup,
        partnershipId: needsOffice ? office : null,
      });
      onJoined(code, joined.gatheringId, joined.token);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(messageOf(error));
      requestAnimationFrame(() => focus.current?.focus());
    }
  }

  return (
    <VStack gap="space-32">
      <form onSubmit={onSubmit} noValidate>
        <VStack gap="space-24">
          <div>
            <Heading level="1" size="large" spacing>
              {t("heading")}
            </Heading>
            <BodyShort size="large" weight="semibold">
              {info.data.title}
            </BodyShort>
            <BodyShort size="small">
              {t("code", { code })}{" "}
              <Button type="button" variant="tertiary" size="xsmall" onClick={onChangeCode}>
                {t("changeCode")}
              </Button>
            </BodyShort>
          </div>
          <FormErrors ref={focus} errors={errors} idPrefix="delta-" />
          {formError && (
            <Alert variant="error" role="alert" ref={focus} tabIndex={-1}>
              {formError}
            </Alert>
          )}
          {signedInAs ? (
            <BodyShort>{joinedAs}</BodyShort>
          ) : (
            <TextField
              id="delta-name"
              label={t("nameLabel")}
              description={t("nameDescription")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={errors.name}
              autoComplete="name"
              maxLength={80}
            />
          )}
          <RadioGroup
            id="delta-roleGroup"
            legend={t("roleGroupLegend")}
            value={roleGroup}
            onChange={(value: RoleGroup) => setRoleGroup(value)}
            error={errors.roleGroup}
          >
            {roleGroups.map((g) => (
              <Radio key={g} value={g}>
                {tw(`roleGroup.${g}`)}
              </Radio>
            ))}
          </RadioGroup>
          {needsOffice && (
            <Select
              id="delta-partnershipId"
              label={t("officeLabel")}
              value={office}
              onChange={(e) => setOffice(e.target.value)}
              error={errors.partnershipId}
            >
              <option value="">{t("pickOffice")}</option>
              {info.data.offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
          <div>
            <Button type="submit" loading={join.isPending}>
              {t("submit")}
            </Button>
          </div>
        </VStack>
      </form>
      <LanguageChoice returnTo={`/delta?kode=${encodeURIComponent(code)}`} layout="buttons" />
    </VStack>
  );
}
