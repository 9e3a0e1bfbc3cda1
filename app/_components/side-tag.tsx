import { Tag } from "@navikt/ds-react/Tag";
import { useTranslations } from "next-intl";
import type { Side } from "~/lib/roles";

const sideColor = { stat: "info", kommune: "meta-purple", kontor: "neutral" } as const;

/** Which side of the partnership a role belongs to, always spelled out (namespace «partnership»: its area provides it). */
export function SideTag({ side }: { side: Side | null }) {
  const t = useTranslations("partnership.side");
  if (!side) return null;
  return (
    <Tag data-color={sideColor[side]} variant="outline" size="xsmall">
      {t(side)}
    </Tag>
  );
}
