import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { CreatePartnershipForm } from "./create-partnership-form";
import { InviteForm } from "./invite-form";
import { KommuneMalformSection } from "./kommune-malform";
import { PartnershipList } from "./partnership-list";
import { PendingInvitations } from "./pending-invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const { side } = await searchParams;
  const page = Math.max(1, Number.parseInt(side ?? "1", 10) || 1);
  const api = await getServerCaller();
  const t = await getTranslations("admin");
  const [options, list, pending, malform] = await loadOrInterrupt(() =>
    Promise.all([api.admin.options(), api.admin.partnerships({ page }), api.admin.pendingInvitations(), api.admin.kommuneMalform()]),
  );

  return (
    <VStack gap="space-48">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyShort>
          <NextLink className="aksel-link" href="/admin/personer">
            {t("peopleLink")}
          </NextLink>
        </BodyShort>
        <BodyShort>
          <NextLink className="aksel-link" href="/admin/e-post">
            {t("mailLink")}
          </NextLink>
        </BodyShort>
      </div>
      <PartnershipList list={list} fylker={options.fylker} />
      <CreatePartnershipForm fylker={options.fylker} />
      <section aria-labelledby="inviter-heading">
        <Heading id="inviter-heading" level="2" size="medium" spacing>
          {t("inviteOther.heading")}
        </Heading>
        <InviteForm target={{ kind: "other", fylker: options.fylker }} />
      </section>
      <PendingInvitations invitations={pending} />
      <KommuneMalformSection fylker={malform} />
    </VStack>
  );
}
