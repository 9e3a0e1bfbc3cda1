import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { CreatePartnershipForm } from "./create-partnership-form";
import { InviteForm } from "./invite-form";
import { PartnershipList } from "./partnership-list";
import { PendingInvitations } from "./pending-invitations";

export const metadata: Metadata = { title: "Administrasjon" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const { side } = await searchParams;
  const page = Math.max(1, Number.parseInt(side ?? "1", 10) || 1);
  const api = await getServerCaller();
  const [options, list, pending] = await loadOrInterrupt(() =>
    Promise.all([api.admin.options(), api.admin.partnerships({ page }), api.admin.pendingInvitations()]),
  );

  return (
    <VStack gap="space-48">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Administrasjon
        </Heading>
        <BodyShort>
          <NextLink className="aksel-link" href="/admin/personer">
            Personer: innlogging, roller og deaktivering
          </NextLink>
        </BodyShort>
        <BodyShort>
          <NextLink className="aksel-link" href="/admin/e-post">
            E-post: sendt, venter og feilet
          </NextLink>
        </BodyShort>
      </div>
      <PartnershipList list={list} fylker={options.fylker} />
      <CreatePartnershipForm fylker={options.fylker} />
      <section aria-labelledby="inviter-heading">
        <Heading id="inviter-heading" level="2" size="medium" spacing>
          Inviter til fylke eller nettverk
        </Heading>
        <InviteForm target={{ kind: "other", fylker: options.fylker }} />
      </section>
      <PendingInvitations invitations={pending} />
    </VStack>
  );
}
