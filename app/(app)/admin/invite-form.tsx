"use client";

import { Alert, BodyShort, Button, CopyButton, HStack, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
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
      setResult({ message: `${invited.name} har allerede en konto og har fått rollen nå.` });
    } else {
      setResult({
        link: `${window.location.origin}/invitasjon/${invited.token}`,
        message: `Send lenken til ${name}. Den virker én gang i 14 dager, og vises bare nå.`,
      });
    }
    setName("");
    setEmail("");
    setTitle("");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={target.kind === "partnership" ? `Inviter person til ${target.officeName}` : "Inviter person til fylke eller nettverk"}>
      <VStack gap="space-16" className="max-w-xl">
        <FormErrors ref={formFocus} errors={form.fieldErrors} idPrefix={prefix} />
        {form.formError && (
          <Alert variant="error" role="alert">
            {form.formError}
          </Alert>
        )}
        <TextField id={`${prefix}name`} label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} autoComplete="off" />
        <TextField id={`${prefix}email`} label="E-post" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldErrors.email} autoComplete="off" />
        <Select id={`${prefix}role`} label="Rolle" value={role} onChange={(e) => setRole(e.target.value as Role)} error={form.fieldErrors.role}>
          {roleChoices.map((r) => (
            <option key={r} value={r}>
              {roleInfo[r].label}
            </option>
          ))}
        </Select>
        {showKommune && target.kind === "partnership" && (
          <Select id={`${prefix}kommuneId`} label="Kommune personen representerer" value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} error={form.fieldErrors.kommuneId}>
            <option value="">Velg kommune</option>
            {target.kommuner.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
        )}
        {showFylke && target.kind === "other" && (
          <Select id={`${prefix}fylkeId`} label="Fylke" value={fylkeId} onChange={(e) => setFylkeId(e.target.value)} error={form.fieldErrors.fylkeId}>
            {target.fylker.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        )}
        <TextField id={`${prefix}title`} label="Tittel (valgfritt)" description="For eksempel «Kommunedirektør» eller «Kommunalsjef helse og velferd»." value={title} onChange={(e) => setTitle(e.target.value)} error={form.fieldErrors.title} />
        <div>
          <Button type="submit" variant="secondary" loading={form.pending}>
            Lag invitasjon
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
                  <CopyButton copyText={result.link} text="Kopier lenken" activeText="Kopiert" size="small" />
                </HStack>
              )}
            </VStack>
          </Alert>
        )}
      </VStack>
    </form>
  );
}
