"use client";

import { Alert, BodyShort, Button, Heading, Loader, Radio, RadioGroup, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { fieldErrorsOf, messageOf } from "~/app/_lib/trpc-errors";
import { roleGroups } from "~/db/schema/enums";
import { roleGroupLabels, type RoleGroup } from "~/lib/workshop/labels";
import { normaliseCode } from "./participant-storage";

interface Props {
  initialCode: string;
  onJoined: (code: string, gatheringId: string, token: string) => void;
}

/** Step 1: the code from the screen, then who you are (name for guests), your role group and office. */
export function JoinFlow({ initialCode, onJoined }: Props) {
  const [code, setCode] = useState(normaliseCode(initialCode));
  return code ? (
    <JoinForm code={code} onChangeCode={() => setCode("")} onJoined={onJoined} />
  ) : (
    <CodeForm initialCode={initialCode} onCode={setCode} />
  );
}

function CodeForm({ initialCode, onCode }: { initialCode: string; onCode: (code: string) => void }) {
  const [typed, setTyped] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const code = normaliseCode(typed);
        if (code.length !== 6) return setError("Koden har 6 tegn. Du finner den på skjermen i salen.");
        onCode(code);
      }}
    >
      <VStack gap="space-24">
        <Heading level="1" size="large">
          Bli med i samlingen
        </Heading>
        <TextField
          id="delta-kode"
          label="Kode"
          description="Koden står på skjermen i salen."
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
          <Button type="submit">Fortsett</Button>
        </div>
      </VStack>
    </form>
  );
}

function JoinForm({ code, onChangeCode, onJoined }: { code: string; onChangeCode: () => void } & Pick<Props, "onJoined">) {
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

  if (info.isPending) return <Loader title="Henter samlingen …" />;
  if (info.isError) {
    return (
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Bli med i samlingen
        </Heading>
        <Alert variant="warning">{messageOf(info.error)}</Alert>
        <div>
          <Button variant="secondary" onClick={onChangeCode}>
            Skriv koden på nytt
          </Button>
        </div>
      </VStack>
    );
  }

  const signedInAs = info.data.signedInAs;
  const needsOffice = roleGroup !== "" && roleGroup !== "fylke";

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!signedInAs && !name.trim()) local.name = "Skriv navnet ditt.";
    if (!roleGroup) local.roleGroup = "Velg rollegruppen din.";
    if (needsOffice && !office) local.partnershipId = "Velg kontoret du svarer for.";
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
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-24">
        <div>
          <Heading level="1" size="large" spacing>
            Bli med i samlingen
          </Heading>
          <BodyShort size="large" weight="semibold">
            {info.data.title}
          </BodyShort>
          <BodyShort size="small">
            Kode {code}.{" "}
            <Button type="button" variant="tertiary" size="xsmall" onClick={onChangeCode}>
              Bytt kode
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
          <BodyShort>
            Du deltar som <strong>{signedInAs.name}</strong>.
          </BodyShort>
        ) : (
          <TextField
            id="delta-name"
            label="Navnet ditt"
            description="Svarene dine vises aldri med navn."
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            autoComplete="name"
            maxLength={80}
          />
        )}
        <RadioGroup
          id="delta-roleGroup"
          legend="Rollegruppe"
          value={roleGroup}
          onChange={(value: RoleGroup) => setRoleGroup(value)}
          error={errors.roleGroup}
        >
          {roleGroups.map((g) => (
            <Radio key={g} value={g}>
              {roleGroupLabels[g]}
            </Radio>
          ))}
        </RadioGroup>
        {needsOffice && (
          <Select
            id="delta-partnershipId"
            label="Kontoret du svarer for"
            value={office}
            onChange={(e) => setOffice(e.target.value)}
            error={errors.partnershipId}
          >
            <option value="">Velg kontor</option>
            {info.data.offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
        <div>
          <Button type="submit" loading={join.isPending}>
            Bli med
          </Button>
        </div>
      </VStack>
    </form>
  );
}
