"use client";

import { Heading } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NetworkForm } from "./[slug]/network-form";

/** For facilitators: a new network, after which its page opens. */
export function CreateNetwork() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.network.create.mutationOptions());
  return (
    <section aria-labelledby="opprett-heading" className="max-w-2xl">
      <Heading id="opprett-heading" level="2" size="medium" spacing>
        Opprett nettverk
      </Heading>
      <NetworkForm
        idPrefix="nytt-nettverk-"
        label="Opprett nettverk"
        submitLabel="Opprett nettverket"
        save={(values) => create.mutateAsync(values)}
        onDone={(result) => {
          const slug = (result as { slug?: string } | null)?.slug;
          if (slug) router.push(`/nettverk/${slug}`);
        }}
      />
    </section>
  );
}
