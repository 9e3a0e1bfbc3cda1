import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { TextField } from "@navikt/ds-react/TextField";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import NextLink from "next/link";
import { PageLinks } from "~/app/_components/page-links";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { requireUser } from "~/server/auth/session";
import { oidcButtons } from "~/server/auth/oidc";
import { PEOPLE_SEARCH_MAX } from "~/server/domain/admin/people";
import { PEOPLE_PATH, peopleHref, readPeopleParams, signInMethodLabel } from "./people-view";
import { PeopleTable, type PersonView } from "./people-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.people");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Everyone with an account: how they sign in, their roles, and deactivating or reactivating them. */
export default async function PeoplePage({ searchParams }: Props) {
  const query = readPeopleParams(await searchParams);
  const [me, api, t, locale] = await Promise.all([requireUser(), getServerCaller(), getTranslations("admin.people"), getLocale()]);
  const list = await loadOrInterrupt(() => api.admin.people({ page: query.page, search: query.search }));
  const people: PersonView[] = list.people.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    signInMethods: p.signInMethods.map((m) => signInMethodLabel(m, oidcButtons, locale)),
    hasPassword: p.signInMethods.some((m) => m.kind === "password"),
    twoFactorEnabled: p.twoFactorEnabled,
    roles: p.roles,
    deactivatedAt: p.deactivatedAt,
    lastSignInAt: p.lastSignInAt,
    isMe: p.id === me.id,
  }));
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.people.length - 1;

  return (
    <VStack gap="space-24">
      <div>
        <NextLink className="aksel-link" href="/admin">
          <span aria-hidden="true">← </span>{t("back")}
        </NextLink>
        <Heading level="1" size="xlarge" spacing className="mt-2">
          {t("heading")}
        </Heading>
        <BodyLong className="max-w-prose">
          {t.rich("intro", {
            link: (chunks) => (
              <NextLink className="aksel-link" href="/admin">
                {chunks}
              </NextLink>
            ),
          })}
        </BodyLong>
      </div>

      {/* A plain GET form: the search lives in the address, so it works before hydration and can be shared. */}
      <Form action={PEOPLE_PATH} role="search" aria-label={t("searchLabel")}>
        <HStack gap="space-8" align="end" wrap>
          <TextField
            label={t("searchField")}
            name="sok"
            defaultValue={list.search}
            maxLength={PEOPLE_SEARCH_MAX}
            autoComplete="off"
            className="min-w-64"
          />
          <Button type="submit" variant="secondary">
            {t("search")}
          </Button>
        </HStack>
      </Form>

      <section aria-labelledby="personer-heading">
        <Heading id="personer-heading" level="2" size="medium" spacing>
          {list.search ? t("matching", { search: list.search }) : t("all")}
        </Heading>
        {list.total === 0 ? (
          <VStack gap="space-8">
            <BodyShort>
              {list.search ? t("noneMatching", { search: list.search }) : t("none")}
            </BodyShort>
            {list.search && (
              <BodyShort>
                <NextLink className="aksel-link" href={peopleHref({})}>
                  {t("showAll")}
                </NextLink>
              </BodyShort>
            )}
          </VStack>
        ) : (
          <VStack gap="space-16">
            <BodyShort>
              {t("count", { count: list.total, first: String(first), last: String(last) })}
            </BodyShort>
            <PeopleTable people={people} />
          </VStack>
        )}
      </section>

      <PageLinks
        label={t("pages")}
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => peopleHref({ search: list.search, page })}
      />
    </VStack>
  );
}
