import type { ComponentProps } from "react";

/**
 * Aksel's table markup and classes without its client components. For large read-only tables
 * rendered on the server: every Aksel cell is a client component whose props travel to the
 * browser a second time, which made result and history tables several times heavier.
 */
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");

export function StaticTable({ size = "medium", className, ...props }: ComponentProps<"table"> & { size?: "small" | "medium" }) {
  return <table className={classes("aksel-table", size === "small" && "aksel-table--small", className)} {...props} />;
}

export function StaticThead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={classes("aksel-table__header", className)} {...props} />;
}

export function StaticTbody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={classes("aksel-table__body", className)} {...props} />;
}

export function StaticTr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={classes("aksel-table__row aksel-table__row--shade-on-hover", className)} {...props} />;
}

export function StaticTh({ className, ...props }: ComponentProps<"th">) {
  return <th className={classes("aksel-table__header-cell aksel-label", className)} {...props} />;
}

export function StaticTd({ className, ...props }: ComponentProps<"td">) {
  return <td className={classes("aksel-table__data-cell aksel-body-short aksel-body-short--medium", className)} {...props} />;
}
