"use client";

import { StarFillIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading, HStack, Link as AkselLink, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import type { AreaScore, Level } from "~/lib/mulighetsrom/model";
import { sides } from "~/db/schema/enums";
import type { Distribution } from "~/server/domain/mulighetsrom/aggregation";
import { areaPositions, CIRCLE_RADIUS, levelCircles, MARKER_RADIUS } from "./model-layout";
import { ScoreTag } from "./score";

export interface DiagramArea {
  no: number;
  name: string;
  levels: readonly Level[];
  summary: string;
  status: AreaScore;
  prioritised: boolean;
  main: boolean;
  considered: boolean;
  total: Distribution;
  bySide: Record<(typeof sides)[number], Distribution>;
  disagree: boolean;
  planHref: string | null;
}

/** The main area's mark, a symbol rather than a word. */
const STAR = "★";

/** Fill and pattern per status: colour plus a pattern, so print and colour-blind readers can tell them apart. */
const markerStyle: Record<AreaScore, { fill: string; pattern: string | null; dash?: string }> = {
  sterk: { fill: "var(--ax-bg-success-moderate)", pattern: "url(#mønster-sterk)" },
  kan_styrkes: { fill: "var(--ax-bg-warning-moderate)", pattern: "url(#mønster-kan-styrkes)" },
  ikke_vurdert: { fill: "#ffffff", pattern: null, dash: "4 3" },
};

type Words = ReturnType<typeof useTranslations<"mulighetsrom">>;

const describeArea = (t: Words, a: DiagramArea) =>
  [
    t("diagram.areaLabel", { no: a.no, name: a.name }),
    t("diagram.statusLabel", { status: t(`score.${a.status}`).toLowerCase() }),
    a.main ? t("diagram.mainLabel") : a.prioritised ? t("diagram.prioritisedLabel") : a.considered ? t("diagram.consideredLabel") : "",
  ]
    .filter(Boolean)
    .join(" ");

/** The model as a picture; choosing an area shows its description, scores and plan beside it. */
export function ModelDiagram({ areas }: { areas: DiagramArea[] }) {
  const t = useTranslations("mulighetsrom");
  const [selected, setSelected] = useState<number>(areas.find((a) => a.main)?.no ?? 1);
  const current = areas.find((a) => a.no === selected) ?? areas[0]!;

  return (
    <div className="grid gap-6 ax-lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <figure className="m-0">
        <svg
          viewBox="0 0 600 600"
          role="group"
          aria-labelledby="modell-tittel"
          className="h-auto w-full max-w-[36rem]"
        >
          <title id="modell-tittel">{t("diagram.title")}</title>
          <defs>
            <pattern id="mønster-sterk" width="8" height="8" patternUnits="userSpaceOnUse">
              <circle cx="4" cy="4" r="1.2" fill="rgba(0,0,0,0.35)" />
            </pattern>
            <pattern id="mønster-kan-styrkes" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="7" stroke="rgba(0,0,0,0.35)" strokeWidth="2" />
            </pattern>
          </defs>
          {(Object.keys(levelCircles) as Level[]).map((level) => {
            const c = levelCircles[level];
            return (
              <g key={level} aria-hidden>
                <circle
                  cx={c.cx}
                  cy={c.cy}
                  r={CIRCLE_RADIUS}
                  fill="var(--ax-bg-accent-soft, #eef4fb)"
                  fillOpacity={0.35}
                  stroke="var(--ax-border-neutral)"
                  strokeWidth={2}
                />
                <text x={c.labelX} y={c.labelY} textAnchor={c.anchor} className="fill-current text-[20px] font-semibold">
                  {t(`levels.${level}.label`)}
                </text>
              </g>
            );
          })}
          {areas.map((area) => {
            const pos = areaPositions[area.no]!;
            const style = markerStyle[area.status];
            const isSelected = area.no === selected;
            return (
              <g
                key={area.no}
                role="button"
                tabIndex={0}
                aria-label={describeArea(t, area)}
                aria-pressed={isSelected}
                className="cursor-pointer focus:outline-none [&:focus-visible>.fokus]:opacity-100"
                onClick={() => setSelected(area.no)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    setSelected(area.no);
                  }
                }}
              >
                <circle
                  className="fokus opacity-0"
                  cx={pos.x}
                  cy={pos.y}
                  r={MARKER_RADIUS + 7}
                  fill="none"
                  stroke="var(--ax-border-focus, #0067c5)"
                  strokeWidth={3}
                />
                {area.prioritised && (
                  <circle cx={pos.x} cy={pos.y} r={MARKER_RADIUS + 4} fill="none" stroke="#23262a" strokeWidth={3} />
                )}
                <circle
                  cx={pos.x}
                  cy={pos.y}
                  r={MARKER_RADIUS}
                  fill={style.fill}
                  stroke={isSelected ? "#23262a" : "var(--ax-border-neutral-strong)"}
                  strokeWidth={isSelected ? 3 : 1.5}
                  strokeDasharray={style.dash}
                />
                {style.pattern && <circle cx={pos.x} cy={pos.y} r={MARKER_RADIUS} fill={style.pattern} />}
                <text
                  x={pos.x}
                  y={pos.y + 6}
                  textAnchor="middle"
                  className="pointer-events-none text-[17px] font-bold"
                  fill="#23262a"
                  paintOrder="stroke"
                  stroke="#ffffff"
                  strokeWidth={3}
                >
                  {area.no}
                </text>
                {area.main && (
                  <text x={pos.x + 16} y={pos.y - 14} className="pointer-events-none text-[20px]" fill="#23262a" aria-hidden>
                    {STAR}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <Legend />
        </figcaption>
      </figure>
      <AreaDetails area={current} />
    </div>
  );
}

function Legend() {
  const t = useTranslations("mulighetsrom");
  return (
    <ul className="m-0 mt-2 flex list-none flex-wrap gap-x-5 gap-y-2 p-0 text-sm">
      <li className="flex items-center gap-2">
        <LegendDot status="sterk" /> {t("diagram.legendSterk")}
      </li>
      <li className="flex items-center gap-2">
        <LegendDot status="kan_styrkes" /> {t("diagram.legendKanStyrkes")}
      </li>
      <li className="flex items-center gap-2">
        <LegendDot status="ikke_vurdert" /> {t("diagram.legendIkkeVurdert")}
      </li>
      <li className="flex items-center gap-2">
        <svg width="22" height="22" aria-hidden>
          <circle cx="11" cy="11" r="9" fill="none" stroke="#23262a" strokeWidth="3" />
        </svg>
        {t("diagram.legendPrioritised")}
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden>{STAR}</span> {t("marks.main")}
      </li>
    </ul>
  );
}

function LegendDot({ status }: { status: AreaScore }) {
  const style = markerStyle[status];
  return (
    <svg width="22" height="22" aria-hidden>
      <circle cx="11" cy="11" r="9" fill={style.fill} stroke="var(--ax-border-neutral-strong)" strokeDasharray={style.dash} />
      {style.pattern && <circle cx="11" cy="11" r="9" fill={style.pattern} />}
    </svg>
  );
}

function AreaDetails({ area }: { area: DiagramArea }) {
  const t = useTranslations("mulighetsrom");
  const counts = (d: Distribution) => ({ sterk: d.sterk, kanStyrkes: d.kan_styrkes, ikkeVurdert: d.ikke_vurdert });
  return (
    <section aria-live="polite" aria-labelledby="valgt-omrade" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-12">
        <Heading id="valgt-omrade" level="3" size="small">
          {t("format.numbered", { no: area.no, name: area.name })}
        </Heading>
        <HStack gap="space-8" align="center">
          <ScoreTag score={area.status} size="small" />
          {area.main ? (
            <BodyShort size="small" className="flex items-center gap-1">
              <StarFillIcon aria-hidden /> {t("marks.main")}
            </BodyShort>
          ) : area.prioritised ? (
            <BodyShort size="small">{t("marks.prioritised")}</BodyShort>
          ) : area.considered ? (
            <BodyShort size="small">{t("marks.considered")}</BodyShort>
          ) : null}
        </HStack>
        <BodyShort size="small" className="text-ax-text-neutral-subtle">
          {area.levels.map((l) => t(`levels.${l}.label`)).join(` ${t("and")} `)}
        </BodyShort>
        <BodyLong size="small">{area.summary}</BodyLong>
        <div>
          <BodyShort size="small" weight="semibold">
            {t("diagram.answers")}
          </BodyShort>
          <BodyShort size="small">{t("counts.comma", counts(area.total))}</BodyShort>
          <ul className="m-0 list-none p-0 text-sm">
            {sides.map((side) => (
              <li key={side}>
                {t("counts.side", { side: t(`side.${side}`), ...counts(area.bySide[side]) })}
              </li>
            ))}
          </ul>
          {area.disagree && <BodyShort size="small" weight="semibold">{t("diagram.disagree")}</BodyShort>}
        </div>
        {area.planHref ? (
          <AkselLink as={NextLink} href={area.planHref}>
            {t("diagram.planFor", { name: area.name })}
          </AkselLink>
        ) : area.prioritised ? (
          <BodyShort size="small">{t("diagram.planNotYet")}</BodyShort>
        ) : null}
      </VStack>
    </section>
  );
}
