"use client";

import { Alert, BodyShort, Button, CopyButton, HStack, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { fylkeRoles, globalRoles, partnershipRoles } from "~/db/schema/enums";
import { roleInfo, type Role } from "~/lib/roles";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export type InviteTarget =
  | { kind: "partnership"; partnershipId: string; officeName: string; kommuner: { id: string; name: string }[] }
  | { kind: "other"; fylker: { id: string; name: string }[] };

/** Invites a person with a role: to one partnership, or to a fylke / global role. */
export function InviteForm({ target }: { target: InviteTarget }) {
  const t = useTranslations("admin.invite");
  const tp = useTranslations("partnership");
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.admin.invite.mutationOptions()).mutateAsync, formFocus);
  const roleChoices: readonly Role[] = target.kind === "partnership" ? partnershipRoles : [...fylkeRoles, ...globalRoles];
  const [role, setRole] = useState<Role>(roleChoices[0]!);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [title, setTitle] = useState("");
  const [kommuneId, setKommuneId] = useState("");
  const [fylkeId, setFylkeId] = useState(target.kind === "other" ? (target.fylker[0]?.id ?? "") : "");
  const [result, setResult] = useState<{ link?: string; message: string } | null>(null);
  const prefix = target.kind === "partnership" ? `invite-${target.partnershipId}-` : "invite-";
  const showKommune = target.kind === "partnership" && roleInfo[role].side === "kommune" && target.kommuner.length > 1;
  const showFylke = target.kind === "other" && roleInfo[role].scope === "fylke";

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setResult(null);
    const invited = await form.submit({
      name,
      email,
      role,
      title,
      ...(target.kind === "partnership" ? { partnershipId: target.partnershipId } : {}),
      ...(showKommune && kommuneId ? { kommuneId } : {}),
      ...(showFylke ? { fylkeId } : {}),
    });
    if (!invited) return;
    if (invited.kind === "role_added") {
      setResult({ message: t("roleAdded", { name: invited.name }) });
    } else {
      setResult({
        link: `${window.location.origin}/invitasjon/${invited.token}`,
        message: t("linkCreated", { name }),
      });
    }
    setName("");
    setEmail("");
    setTitle("");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={target.kind === "partnership" ? t("formLabel", { office: target.officeName }) : t("formLabelOther")}>
      <VStack gap="space-16" className="max-w-xl">
        <FormErrors ref={formFocus} errors={form.fieldErrors} idPrefix={prefix} />
        {form.formError && (
          <Alert variant="error" role="alert">
            {form.formError}
          </Alert>
        )}
        <TextField id={`${prefix}name`} label={t("name")} value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} autoComplete="off" />
        <TextField id={`${prefix}email`} label={t("email")} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldErrors.email} autoComplete="off" />
        <Select id={`${prefix}role`} label={t("role")} value={role} onChange={(e) => setRole(e.target.value as Role)} error={form.fieldErrors.role}>
          {roleChoices.map((r) => (
            <option key={r} value={r}>
              {tp(`role.${r}`)}
            </option>
          ))}
        </Select>
        {showKommune && target.kind === "partnership" && (
          <Select id={`${prefix}kommuneId`} label={t("kommune")} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} error={form.fieldErrors.kommuneId}>
            <option value="">{t("chooseKommune")}</option>
            {target.kommuner.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
        )}
        {showFylke && target.kind === "other" && (
          <Select id={`${prefix}fylkeId`} label={t("fylke")} value={fylkeId} onChange={(e) => setFylkeId(e.target.value)} error={form.fieldErrors.fylkeId}>
            {target.fylker.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        )}
        <TextField id={`${prefix}title`} label={t("title")} description={t("titleDescription")} value={title} onChange={(e) => setTitle(e.target.value)} error={form.fieldErrors.title} />
        <div>
          <Button type="submit" variant="secondary" loading={form.pending}>
            {t("submit")}
          </Button>
        </div>
        {result && (
          <Alert variant="success" role="status">
            <VStack gap="space-8">
              <BodyShort>{result.message}</BodyShort>
              {result.link && (
                <HStack gap="space-8" align="center" wrap>
                  <code className="break-all rounded bg-ax-bg-neutral-soft px-2 py-1" data-testid="invitation-link">
                    {result.link}
                  </code>
                  <CopyButton copyText={result.link} text={t("copy")} activeText={t("copied")} size="small" />
                </HStack>
              )}
            </VStack>
          </Alert>
        )}
      </VStack>
    </form>
  );
}
