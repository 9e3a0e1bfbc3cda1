"use client";

import { ArrowDownIcon, ArrowUpIcon, PencilIcon, TrashIcon } from "@navikt/aksel-icons";
import { Button, HStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, type Ref } from "react";

export type MoveDirection = "up" | "down";

/**
 * After «Flytt opp/ned» the list re-renders with the row in its new place, and the buttons are
 * disabled while the move is saved, so focus would fall back to the page's start. Once the row
 * shows at its new index, focus goes back to the same button, or to the other one when the row
 * has reached the top or the bottom (a disabled button cannot hold focus), so a keyboard user can
 * go on moving it.
 */
function useMoveFocus(index: number, count: number, moving: boolean) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const wanted = useRef<{ direction: MoveDirection; toIndex: number } | null>(null);

  useEffect(() => {
    const target = wanted.current;
    if (!target || moving || index !== target.toIndex) return;
    wanted.current = null;
    const button = target.direction === "up" ? (index > 0 ? up : down) : index < count - 1 ? down : up;
    button.current?.focus();
  }, [moving, index, count]);

  async function move(direction: MoveDirection, save: (direction: MoveDirection) => Promise<boolean>) {
    wanted.current = { direction, toIndex: index + (direction === "up" ? -1 : 1) };
    if (!(await save(direction))) wanted.current = null;
  }

  return { up, down, move };
}

interface MoveProps {
  index: number;
  count: number;
  /** True while a move is saved: both buttons wait. */
  moving: boolean;
  /** Saves the move; false when it failed (the caller says why), and focus is then left alone. */
  onMove: (direction: MoveDirection) => Promise<boolean>;
  /** Names the row in each button's accessible name («Flytt opp punkt 2.1»). */
  name: string;
}

/** «Flytt opp» and «Flytt ned» for one row, keeping focus on them as the row moves. */
export function MoveButtons({
  index,
  count,
  moving,
  onMove,
  name,
  iconOnly = false,
  size = "xsmall",
}: MoveProps & {
  /** Icon buttons named «Flytt «name» opp», for rows that have many buttons. */
  iconOnly?: boolean;
  size?: "xsmall" | "small";
}) {
  const focus = useMoveFocus(index, count, moving);
  const t = useTranslations("common.move");
  const button = (direction: MoveDirection) => {
    const common = {
      ref: direction === "up" ? focus.up : focus.down,
      type: "button" as const,
      size,
      variant: "tertiary" as const,
      icon: direction === "up" ? <ArrowUpIcon aria-hidden /> : <ArrowDownIcon aria-hidden />,
      disabled: (direction === "up" ? index === 0 : index === count - 1) || moving,
      onClick: () => void focus.move(direction, onMove),
    };
    return iconOnly ? (
      <Button key={direction} {...common} aria-label={t(direction === "up" ? "upNamed" : "downNamed", { name })} />
    ) : (
      <Button key={direction} {...common}>
        {t(direction)}
        <span className="sr-only"> {name}</span>
      </Button>
    );
  };
  const directions: MoveDirection[] = ["up", "down"];
  return <>{directions.map(button)}</>;
}

/**
 * The buttons under an editable row: Endre, Flytt opp, Flytt ned and Fjern (or Slett), each
 * named after the row for screen readers. The caller owns the form that Endre opens (give its
 * button `editRef` to return focus to) and the confirmation that Fjern opens.
 */
export function RowActions({
  onEdit,
  editRef,
  onRemove,
  removeLabel,
  dangerRemove = false,
  moveFirst = false,
  className = "mt-1",
  ...move
}: MoveProps & {
  onEdit: () => void;
  editRef?: Ref<HTMLButtonElement>;
  onRemove: () => void;
  /** «Fjern» unless the caller names it otherwise (e.g. common.delete, «Slett»). */
  removeLabel?: string;
  /** The remove button in red, where the page marks it as destructive. */
  dangerRemove?: boolean;
  /** The move buttons before Endre, where the order of the list is what the row is about. */
  moveFirst?: boolean;
  className?: string;
}) {
  const t = useTranslations("common");
  const edit = (
    <Button ref={editRef} type="button" size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={onEdit}>
      {t("edit")}
      <span className="sr-only"> {move.name}</span>
    </Button>
  );
  const moves = <MoveButtons {...move} />;
  return (
    <HStack gap="space-4" className={className}>
      {moveFirst ? moves : edit}
      {moveFirst ? edit : moves}
      <Button
        type="button"
        size="xsmall"
        variant="tertiary"
        data-color={dangerRemove ? "danger" : undefined}
        icon={<TrashIcon aria-hidden />}
        onClick={onRemove}
      >
        {removeLabel ?? t("remove")}
        <span className="sr-only"> {move.name}</span>
      </Button>
    </HStack>
  );
}
