import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "~/lib/format";
import { useAreaName } from "~/app/_lib/use-area-name";
import { numbered } from "~/lib/network/labels";

interface Member {
  partnershipId: string;
  officeName: string;
  heldOn: string | null;
  done: number;
  total: number;
  plans: { areaNo: number; done: number; total: number }[];
}

/** The bar is decoration: the text beside it says the same. */
function ProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <span aria-hidden className="inline-block h-2 w-32 overflow-hidden rounded-full border border-ax-border-neutral bg-ax-bg-default align-middle">
      <span className="block h-full bg-ax-bg-success-strong" style={{ width: `${percent}%` }} />
    </span>
  );
}

/** Lokalt arbeid between samlinger: development plans of members that share them, as progress. */
export function LocalWork({ members, memberCount }: { members: Member[]; memberCount: number }) {
  const t = useTranslations("network");
  const areaName = useAreaName();
  const locale = useLocale();
  const progress = (done: number, total: number) => (total === 0 ? t("progress.none") : t("progress.done", { done, total }));
  return (
    <section aria-labelledby="lokalt-heading">
      <Heading id="lokalt-heading" level="2" size="medium" spacing>
        {t("localWork.heading")}
      </Heading>
      <BodyLong className="max-w-prose" spacing>
        {t("localWork.intro", { sharing: members.length, members: memberCount })}
      </BodyLong>
      {members.length === 0 ? (
        <BodyShort>{t("localWork.noneShared")}</BodyShort>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0 ax-md:grid-cols-2">
          {members.map((m) => (
            <li key={m.partnershipId} className="rounded-md border border-ax-border-neutral-subtle p-4">
              <Heading level="3" size="xsmall">
                {m.officeName}
              </Heading>
              {m.heldOn === null ? (
                <BodyShort size="small">{t("localWork.noAssessment")}</BodyShort>
              ) : m.plans.length === 0 ? (
                <BodyShort size="small">{t("localWork.noPlans", { date: formatDate(m.heldOn, locale) })}</BodyShort>
              ) : (
                <>
                  <p className="m-0 flex items-center gap-2">
                    <ProgressBar done={m.done} total={m.total} />
                    <span className="font-semibold">{progress(m.done, m.total)}</span>
                  </p>
                  <ul className="mt-2 mb-0 pl-5 text-sm">
                    {m.plans.map((p) => (
                      <li key={p.areaNo}>
                        {t("localWork.planLine", { area: numbered(p.areaNo, areaName(p.areaNo)), progress: progress(p.done, p.total).toLowerCase() })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
