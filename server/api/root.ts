import { adminRouter } from "./routers/admin";
import { arshjulRouter } from "./routers/arshjul";
import { dashboardRouter } from "./routers/dashboard";
import { fylkeRouter } from "./routers/fylke";
import { historyRouter } from "./routers/history";
import { invitationRouter } from "./routers/invitation";
import { lederavtaleRouter } from "./routers/lederavtale";
import { moterRouter } from "./routers/moter";
import { mulighetsromRouter } from "./routers/mulighetsrom";
import { nettverkRouter } from "./routers/nettverk";
import { partnershipRouter } from "./routers/partnership";
import { virksomhetsplanRouter } from "./routers/virksomhetsplan";
import { workshopRouter } from "./routers/workshop";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  workshop: workshopRouter,
  dashboard: dashboardRouter,
  partnership: partnershipRouter,
  fylke: fylkeRouter,
  admin: adminRouter,
  invitation: invitationRouter,
  mulighetsrom: mulighetsromRouter,
  lederavtale: lederavtaleRouter,
  virksomhetsplan: virksomhetsplanRouter,
  arshjul: arshjulRouter,
  moter: moterRouter,
  nettverk: nettverkRouter,
  history: historyRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
