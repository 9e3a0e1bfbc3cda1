import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { Checkbox } from "@navikt/ds-react/Checkbox";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { Select } from "@navikt/ds-react/Select";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getServerCaller } from "~/server/api/server-caller";
import { changeKindLabels, type ChangeKind, type ItemDiff } from "~/server/domain/business-plan/diff";
import { planStatusLabels } from "~/server/domain/business-plan/lifecycle";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { loadOrInterrupt } from "~/app/_lib/load";

type Params = {
  params: Promise<{ slug: string; ar: string }>;
  searchParams: Promise<{ fra?: string; til?: string; alle?: string }>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ar } = await params;
  return { title: `Sammenlign versjoner – virksomhetsplan ${ar}` };
}

const kindLabels: Record<ItemDiff["kind"], string> = {
  foundation: "Styringsdokument",
  focus_area: "Satsingsområde",
  goal: "Mål",
  activity: "Aktivitet",
  indicator: "Indikator",
};

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
  const api = await getServerCaller();
  const data = fra && til ? await loadOrInterrupt(() => api.businessPlan.compare({ partnership: slug, year, from: fra, to: til })) : null;
  if (!data) notFound();
  const base = `/partnerskap/${slug}/virksomhetsplan/${year}`;
  const showAll = alle === "1";
  const items = showAll ? data.diff.items : data.diff.items.filter((i) => i.change !== "uendret");

  return (
    <VStack gap="space-24" className="max-w-6xl">
      <div>
        <Link href={base}>← Tilbake til planen</Link>
        <Heading level="1" size="xlarge" spacing className="mt-2">
          Sammenlign versjoner av virksomhetsplanen {year}
        </Heading>
      </div>
      {/* A plain GET form: the choice lives in the address, so it works before hydration and can be shared. */}
      <form method="get" aria-label="Velg versjoner" className="flex flex-wrap items-end gap-4">
        {(
          [
            ["fra", "Fra versjon", data.before.id],
            ["til", "Til versjon", data.after.id],
          ] as const
        ).map(([name, label, selected]) => (
          <Select key={name} id={`velg-${name}`} name={name} label={label} size="small" defaultValue={selected}>
            {data.versions.map((v) => (
              <option key={v.id} value={v.id}>
                Versjon {v.versionNo} ({planStatusLabels[v.status].toLowerCase()})
              </option>
            ))}
          </Select>
        ))}
        <Checkbox name="alle" value="1" size="small" defaultChecked={showAll}>
          Vis også uendrede punkter
        </Checkbox>
        <Button type="submit" size="small">
          Sammenlign
        </Button>
      </form>

      <BodyShort role="status">
        Versjon {data.before.versionNo} → versjon {data.after.versionNo}: {data.diff.counts.lagt_til} lagt til, {data.diff.counts.endret} endret,{" "}
        {data.diff.counts.fjernet} fjernet, {data.diff.counts.uendret} uendret.
      </BodyShort>

      {data.diff.general.length > 0 && (
        <section aria-labelledby="generelt">
          <Heading id="generelt" level="2" size="medium" spacing>
            Om kontoret og rammer
          </Heading>
          <ScrollRegion labelledBy="generelt">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">Felt</StaticTh>
                  <StaticTh scope="col">Versjon {data.before.versionNo}</StaticTh>
                  <StaticTh scope="col">Versjon {data.after.versionNo}</StaticTh>
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
          Punkter i planen
        </Heading>
        {items.length === 0 ? (
          <BodyShort>Ingen endringer i satsingsområder, mål, aktiviteter, indikatorer eller grunnlag.</BodyShort>
        ) : (
          <ScrollRegion labelledBy="punkter">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">Endring</StaticTh>
                  <StaticTh scope="col">Punkt</StaticTh>
                  <StaticTh scope="col">Versjon {data.before.versionNo}</StaticTh>
                  <StaticTh scope="col">Versjon {data.after.versionNo}</StaticTh>
                </StaticTr>
              </StaticThead>
              <StaticTbody>
                {items.map((item) => (
                  <StaticTr key={`${item.kind}-${item.key}`} className={changeStyle[item.change]}>
                    <StaticTd className="whitespace-nowrap font-semibold">
                      <span aria-hidden>{changeMark[item.change]} </span>
                      {changeKindLabels[item.change]}
                    </StaticTd>
                    <StaticTd>
                      <span className="text-sm text-ax-text-neutral-subtle">{kindLabels[item.kind]}</span>
                      <br />
                      {item.title}
                    </StaticTd>
                    <StaticTd>
                      {item.change === "lagt_til" ? (
                        <span className="text-ax-text-neutral-subtle">Fantes ikke</span>
                      ) : item.change === "endret" ? (
                        <FieldList fields={item.fields} side="before" />
                      ) : (
                        item.title
                      )}
                    </StaticTd>
                    <StaticTd>
                      {item.change === "fjernet" ? (
                        <span className="text-ax-text-neutral-subtle">Fjernet</span>
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
        <Link href={base}>Tilbake til planen</Link>
      </HStack>
    </VStack>
  );
}

function FieldList({ fields, side }: { fields: ItemDiff["fields"]; side: "before" | "after" }) {
  return (
    <dl className="m-0">
      {fields.map((f) => (
        <div key={f.field}>
          <dt className="inline font-semibold">{f.label}: </dt>
          <dd className="m-0 inline">{side === "before" ? f.before : f.after}</dd>
        </div>
      ))}
    </dl>
  );
}
