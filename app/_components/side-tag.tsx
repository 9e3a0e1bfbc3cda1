import { Tag } from "@navikt/ds-react/Tag";
import { sideLabels, type Side } from "~/lib/roles";

const sideColor = { stat: "info", kommune: "meta-purple", kontor: "neutral" } as const;

/** Which side of the partnership a role belongs to, always spelled out. */
export function SideTag({ side }: { side: Side | null }) {
  if (!side) return null;
  return (
    <Tag data-color={sideColor[side]} variant="outline" size="xsmall">
      {sideLabels[side]}
    </Tag>
  );
}
