import { BodyShort } from "@navikt/ds-react/Typography";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CommentForm } from "./comments";
import { EditableItem } from "./item-editor-loader";
import type { ItemKind, ItemValues } from "./item-editor";
import type { PlanView } from "./plan-view";

/** An item's read view, wrapped with edit controls when the viewer may change it in this draft. */
export function PlanItem({
  view,
  kind,
  row,
  values,
  index,
  count,
  parentId,
  title,
  children,
}: {
  view: PlanView;
  kind: ItemKind;
  row: { id: string; version: number };
  values: ItemValues;
  index: number;
  count: number;
  parentId: string;
  title: string;
  children: ReactNode;
}) {
  if (!view.contributes(kind)) return children;
  return (
    <EditableItem
      kind={kind}
      slug={view.slug}
      versionId={view.versionId}
      item={{ id: row.id, version: row.version, values }}
      index={index}
      count={count}
      parentId={parentId}
      title={title}
      options={view.options}
    >
      {children}
    </EditableItem>
  );
}

/** The link to an item's open comments and «Kommenter»; null when there is neither, so the item stays plain text. */
export function commentBits(view: PlanView, kind: "goal" | "activity" | "indicator", key: string, about: string): ReactNode {
  const open = view.commentsByKey.get(key) ?? 0;
  if (open === 0 && !view.canComment) return null;
  return (
    <>
      {open > 0 && <OpenComments count={open} />}
      {view.canComment && <CommentForm slug={view.slug} versionId={view.versionId} targetKind={kind} targetKey={key} about={about} />}
    </>
  );
}

function OpenComments({ count }: { count: number }) {
  const t = useTranslations("plan.page");
  return (
    <a href={`#kommentarer`} className="text-sm">
      {t("openComments", { count })}
    </a>
  );
}

/** Into or out of follow-up mode, back at the same section. */
export function FollowUpLink({ view, anchor }: { view: PlanView; anchor: string }) {
  const t = useTranslations("plan.page");
  if (!view.mayFollowUp || view.contributable) return null;
  const { base, versjon } = view;
  return (
    <BodyShort spacing>
      {view.canFollowUp ? (
        <>
          {t("followUpMode")} <Link href={`${base}${versjon ? `?versjon=${versjon}` : ""}#${anchor}`}>{t("followUpDone")}</Link>
        </>
      ) : (
        <Link href={`${base}?${versjon ? `versjon=${versjon}&` : ""}oppfolging=1#${anchor}`}>{t("followUpStart")}</Link>
      )}
    </BodyShort>
  );
}
