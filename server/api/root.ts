import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { annualCycleRouter } from "~/server/api/routers/annual-cycle";
import { dashboardRouter } from "./routers/dashboard";
import { fylkeRouter } from "./routers/fylke";
import { historyRouter } from "./routers/history";
import { invitationRouter } from "./routers/invitation";
import { leaderAgreementRouter } from "~/server/api/routers/leader-agreement";
import { mailRouter } from "./routers/mail";
import { meetingRouter } from "~/server/api/routers/meeting";
import { mulighetsromRouter } from "./routers/mulighetsrom";
import { networkRouter } from "~/server/api/routers/network";
import { notificationRouter } from "./routers/notification";
import { partnershipRouter } from "./routers/partnership";
import { businessPlanRouter } from "~/server/api/routers/business-plan";
import { workshopRouter } from "./routers/workshop";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  workshop: workshopRouter,
  dashboard: dashboardRouter,
  partnership: partnershipRouter,
  fylke: fylkeRouter,
  admin: adminRouter,
  account: accountRouter,
  invitation: invitationRouter,
  mulighetsrom: mulighetsromRouter,
  leaderAgreement: leaderAgreementRouter,
  businessPlan: businessPlanRouter,
  annualCycle: annualCycleRouter,
  meeting: meetingRouter,
  network: networkRouter,
  history: historyRouter,
  notification: notificationRouter,
  mail: mailRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
