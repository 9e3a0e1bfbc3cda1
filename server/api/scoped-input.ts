/** Drops the partnership slug that every scoped input carries; the domain gets the partnership from ctx.scope. */
export const withoutSlug = <T extends { partnership: string }>({ partnership: _slug, ...rest }: T) => rest;

/** Drops the network slug that every network-scoped input carries; the domain gets the network from ctx.scope. */
export const withoutNetwork = <T extends { network: string }>({ network: _slug, ...rest }: T) => rest;
