/**
 * Every UI string, per language and namespace (ADR 0018). Bokmål is the reference: its type is the
 * catalogue type, so a key missing in nynorsk fails the typecheck, and the catalogue test compares
 * the ICU arguments of every message.
 */
import type { Locale } from "~/lib/i18n/locales";
import nbCommon from "./nb/common.json";
import nbShell from "./nb/shell.json";
import nbAuth from "./nb/auth.json";
import nbAccount from "./nb/account.json";
import nbNotifications from "./nb/notifications.json";
import nbAdmin from "./nb/admin.json";
import nbFylke from "./nb/fylke.json";
import nbPartnership from "./nb/partnership.json";
import nbHistory from "./nb/history.json";
import nbPlan from "./nb/plan.json";
import nbCycle from "./nb/cycle.json";
import nbCycleTemplate from "./nb/cycleTemplate.json";
import nbMeetings from "./nb/meetings.json";
import nbAgreement from "./nb/agreement.json";
import nbMulighetsrom from "./nb/mulighetsrom.json";
import nbNetwork from "./nb/network.json";
import nbWorkshop from "./nb/workshop.json";
import nbDelta from "./nb/delta.json";
import nbErrors from "./nb/errors.json";
import nbValidation from "./nb/validation.json";
import nbExports from "./nb/exports.json";
import nbMail from "./nb/mail.json";
import nbAccessibility from "./nb/accessibility.json";
import nnCommon from "./nn/common.json";
import nnShell from "./nn/shell.json";
import nnAuth from "./nn/auth.json";
import nnAccount from "./nn/account.json";
import nnNotifications from "./nn/notifications.json";
import nnAdmin from "./nn/admin.json";
import nnFylke from "./nn/fylke.json";
import nnPartnership from "./nn/partnership.json";
import nnHistory from "./nn/history.json";
import nnPlan from "./nn/plan.json";
import nnCycle from "./nn/cycle.json";
import nnCycleTemplate from "./nn/cycleTemplate.json";
import nnMeetings from "./nn/meetings.json";
import nnAgreement from "./nn/agreement.json";
import nnMulighetsrom from "./nn/mulighetsrom.json";
import nnNetwork from "./nn/network.json";
import nnWorkshop from "./nn/workshop.json";
import nnDelta from "./nn/delta.json";
import nnErrors from "./nn/errors.json";
import nnValidation from "./nn/validation.json";
import nnExports from "./nn/exports.json";
import nnMail from "./nn/mail.json";
import nnAccessibility from "./nn/accessibility.json";

const nb = {
  common: nbCommon,
  shell: nbShell,
  auth: nbAuth,
  account: nbAccount,
  notifications: nbNotifications,
  admin: nbAdmin,
  fylke: nbFylke,
  partnership: nbPartnership,
  history: nbHistory,
  plan: nbPlan,
  cycle: nbCycle,
  cycleTemplate: nbCycleTemplate,
  meetings: nbMeetings,
  agreement: nbAgreement,
  mulighetsrom: nbMulighetsrom,
  network: nbNetwork,
  workshop: nbWorkshop,
  delta: nbDelta,
  errors: nbErrors,
  validation: nbValidation,
  exports: nbExports,
  mail: nbMail,
  accessibility: nbAccessibility,
};

export type Messages = typeof nb;
export type Namespace = keyof Messages;

const nn: Messages = {
  common: nnCommon,
  shell: nnShell,
  auth: nnAuth,
  account: nnAccount,
  notifications: nnNotifications,
  admin: nnAdmin,
  fylke: nnFylke,
  partnership: nnPartnership,
  history: nnHistory,
  plan: nnPlan,
  cycle: nnCycle,
  cycleTemplate: nnCycleTemplate,
  meetings: nnMeetings,
  agreement: nnAgreement,
  mulighetsrom: nnMulighetsrom,
  network: nnNetwork,
  workshop: nnWorkshop,
  delta: nnDelta,
  errors: nnErrors,
  validation: nnValidation,
  exports: nnExports,
  mail: nnMail,
  accessibility: nnAccessibility,
};

export const catalogues: Record<Locale, Messages> = { nb, nn };
