import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { Checkbox } from "@navikt/ds-react/Checkbox";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { Select } from "@navikt/ds-react/Select";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "~/server/api/server-caller";
import type { ChangeKind, ItemDiff } from "~/server/domain/business-plan/diff";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { loadOrInterrupt } from "~/app/_lib/load";

type Params = {
  params: Promise<{ slug: string; ar: string }>;
  searchParams: Promise<{ fra?: string; til?: string; alle?: string }>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ar } = await params;
  const t = await getTranslations("plan.compare");
  return { title: t("metaTitle", { year: ar }) };
}

const changeStyle: Record<ChangeKind, string> = {
  lagt_til: "border-l-4 border-ax-border-success",
  fjernet: "border-l-4 border-ax-border-danger",
  endret: "border-l-4 border-ax-border-warning",
  uendret: "",
};
const changeMark: Record<ChangeKind, string> = { lagt_til: "+", fjernet: "−", endret: "~", uendret: "" };

/** Two versions side by side: what was added, removed or changed, in words as well as colour. */
export default async function CompareVersionsPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  const year = Number(ar);
  if (!/^\d{4}$/.test(ar)) notFound();
  const { fra, til, alle } = await searchParams;
  const [api, t, tPlan] = await Promise.all([getServerCaller(), getTranslations("plan.compare"), getTranslations("plan")]);
  const data = fra && til ? await loadOrInterrupt(() => api.businessPlan.compare({ partnership: slug, year, from: fra, to: til })) : null;
  if (!data) notFound();
  const base = `/partnerskap/${slug}/virksomhetsplan/${year}`;
  const showAll = alle === "1";
  const pickers = [
    ["fra", t("from"), data.before.id],
    ["til", t("to"), data.after.id],
  ] as const;
  const items = showAll ? data.diff.items : data.diff.items.filter((i) => i.change !== "uendret");

  return (
    <VStack gap="space-24" className="max-w-6xl">
      <div>
        <Link href={base}>{t("backArrow")}</Link>
        <Heading level="1" size="xlarge" spacing className="mt-2">
          {t("heading", { year })}
        </Heading>
      </div>
      {/* A plain GET form: the choice lives in the address, so it works before hydration and can be shared. */}
      <form method="get" aria-label={t("formLabel")} className="flex flex-wrap items-end gap-4">
        {pickers.map(([name, label, selected]) => (
          <Select key={name} id={`velg-${name}`} name={name} label={label} size="small" defaultValue={selected}>
            {data.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {t("option", { versionNo: v.versionNo, status: tPlan(`status.${v.status}`).toLowerCase() })}
              </option>
            ))}
          </Select>
        ))}
        <Checkbox name="alle" value="1" size="small" defaultChecked={showAll}>
          {t("showAll")}
        </Checkbox>
        <Button type="submit" size="small">
          {t("submit")}
        </Button>
      </form>

      <BodyShort role="status">
        {t("summary", {
          before: data.before.versionNo,
          after: data.after.versionNo,
          added: data.diff.counts.lagt_til,
          changed: data.diff.counts.endret,
          removed: data.diff.counts.fjernet,
          unchanged: data.diff.counts.uendret,
        })}
      </BodyShort>

      {data.diff.general.length > 0 && (
        <section aria-labelledby="generelt">
          <Heading id="generelt" level="2" size="medium" spacing>
            {t("generalHeading")}
          </Heading>
          <ScrollRegion labelledBy="generelt">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">{t("field")}</StaticTh>
                  <StaticTh scope="col">{t("version", { versionNo: data.before.versionNo })}</StaticTh>
                  <StaticTh scope="col">{t("version", { versionNo: data.after.versionNo })}</StaticTh>
                </StaticTr>
              </StaticThead>
              <StaticTbody>
                {data.diff.general.map((f) => (
                  <StaticTr key={f.field}>
                    <StaticTh scope="row">{f.label}</StaticTh>
                    <StaticTd>{f.before}</StaticTd>
                    <StaticTd>{f.after}</StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        </section>
      )}

      <section aria-labelledby="punkter">
        <Heading id="punkter" level="2" size="medium" spacing>
          {t("itemsHeading")}
        </Heading>
        {items.length === 0 ? (
          <BodyShort>{t("noChanges")}</BodyShort>
        ) : (
          <ScrollRegion labelledBy="punkter">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">{t("change")}</StaticTh>
                  <StaticTh scope="col">{t("item")}</StaticTh>
                  <StaticTh scope="col">{t("version", { versionNo: data.before.versionNo })}</StaticTh>
                  <StaticTh scope="col">{t("version", { versionNo: data.after.versionNo })}</StaticTh>
                </StaticTr>
              </StaticThead>
              <StaticTbody>
                {items.map((item) => (
                  <StaticTr key={`${item.kind}-${item.key}`} className={changeStyle[item.change]}>
                    <StaticTd className="whitespace-nowrap font-semibold">
                      <span aria-hidden>{changeMark[item.change]} </span>
                      {t(`changeKind.${item.change}`)}
                    </StaticTd>
                    <StaticTd>
                      <span className="text-sm text-ax-text-neutral-subtle">{t(`kind.${item.kind}`)}</span>
                      <br />
                      {item.title}
                    </StaticTd>
                    <StaticTd>
                      {item.change === "lagt_til" ? (
                        <span className="text-ax-text-neutral-subtle">{t("didNotExist")}</span>
                      ) : item.change === "endret" ? (
                        <FieldList fields={item.fields} side="before" />
                      ) : (
                        item.title
                      )}
                    </StaticTd>
                    <StaticTd>
                      {item.change === "fjernet" ? (
                        <span className="text-ax-text-neutral-subtle">{t("removed")}</span>
                      ) : item.change === "endret" ? (
                        <FieldList fields={item.fields} side="after" />
                      ) : (
                        item.title
                      )}
                    </StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        )}
      </section>
      <HStack>
        <Link href={base}>{t("back")}</Link>
      </HStack>
    </VStack>
  );
}

function FieldList({ fields, side }: { fields: ItemDiff["fields"]; side: "before" | "after" }) {
  const t = useTranslations("plan.compare");
  return (
    <dl className="m-0">
      {fields.map((f) => (
        <div key={f.field}>
          <dt className="inline font-semibold">{t("fieldLabel", { label: f.label })}</dt>
          <dd className="m-0 inline">{side === "before" ? f.before : f.after}</dd>
        </div>
      ))}
    </dl>
  );
}
