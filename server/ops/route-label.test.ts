import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it.each([
    ["/", "/"],
    ["/partnerskap/grimstad", "/partnerskap/[slug]"],
    ["/partnerskap/grimstad/virksomhetsplan/2027", "/partnerskap/[slug]/virksomhetsplan/[ar]"],
    ["/partnerskap/grimstad/virksomhetsplan/2027/eksport/pdf", "/partnerskap/[slug]/virksomhetsplan/[ar]/eksport/pdf"],
    ["/partnerskap/grimstad/moter/ny", "/partnerskap/[slug]/moter/ny"],
    ["/partnerskap/grimstad/moter/5f0c0a9e-1111-4222-8333-944445555666/referat", "/partnerskap/[slug]/moter/[moteId]/referat"],
    ["/nettverk/agder/samling/abc/rapport/xlsx", "/nettverk/[slug]/samling/[id]/rapport/xlsx"],
    ["/offentlig/virksomhetsplan/9a8b7c", "/offentlig/virksomhetsplan/[id]"],
    ["/api/kalender/secret-token-value", "/api/kalender/[token]"],
    ["/invitasjon/secret-token-value", "/invitasjon/[token]"],
    ["/delta/ABC123", "/delta/[kode]"],
    ["/_next/static/chunks/app.js", "/_next/static"],
    ["/api/auth/sign-in/email", "/api/auth/[...all]"],
  ])("%s → %s", (path, label) => {
    expect(routeLabel(path)).toBe(label);
  });

  it("counts a tRPC batch under its procedures, once each and in order", () => {
    expect(routeLabel("/api/trpc/plan.view,dashboard.mine,plan.view")).toBe("/api/trpc/dashboard.mine,plan.view");
  });

  it("puts a made-up or malformed procedure under one label, so a client cannot invent labels", () => {
    expect(routeLabel("/api/trpc/%E0%A4%A")).toBe("/api/trpc/[invalid]");
    expect(routeLabel("/api/trpc/x;drop")).toBe("/api/trpc/[invalid]");
  });
});
