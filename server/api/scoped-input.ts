/** Small helpers every partnership-scoped router uses to hand its input to the domain. */

/** The domain's actor: the signed-in person. */
export const actorOf = (ctx: { user: { id: string } }) => ({ userId: ctx.user.id });

/** Drops the partnership slug that every scoped input carries; the domain gets the id from ctx. */
export const withoutSlug = <T extends { partnership: string }>({ partnership: _slug, ...rest }: T) => rest;
