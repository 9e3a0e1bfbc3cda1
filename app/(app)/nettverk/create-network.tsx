"use client";

import { BodyShort, Button, Heading } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NetworkForm } from "./[slug]/network-form";

/**
 * For facilitators: a new network, after which its page opens. The form opens on a button: a
 * network is created a few times a year, and the open form's date pickers would be loaded on
 * every visit to the list (ADR 0015).
 */
export function CreateNetwork() {
  const t = useTranslations("network.create");
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.network.create.mutationOptions());
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="opprett-heading" className="max-w-2xl">
      <Heading id="opprett-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      {open ? (
        <NetworkForm
          idPrefix="nytt-nettverk-"
          label={t("heading")}
          submitLabel={t("submit")}
          focusFirst
          save={(values) => create.mutateAsync(values)}
          onDone={(result) => {
            const slug = (result as { slug?: string } | null)?.slug;
            if (slug) router.push(`/nettverk/${slug}`);
          }}
        />
      ) : (
        <>
          <BodyShort spacing>{t("intro")}</BodyShort>
          <Button variant="secondary" icon={<PlusIcon aria-hidden />} aria-expanded={false} onClick={() => setOpen(true)}>
            {t("open")}
          </Button>
        </>
      )}
    </section>
  );
}
