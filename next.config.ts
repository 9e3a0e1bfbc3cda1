import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from "./server/security/browser-headers";

// The same on every response. Pages get their Content-Security-Policy (with a fresh nonce) and
// HSTS from proxy.ts, at request time; the API's answers are never pages and get a closed one.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
];

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never replaces a build that is being served.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // better-sqlite3 is a native module; it must be required at runtime, not bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // HTTP_COMPRESS=0 leaves gzip to a reverse proxy in front (nginx, the platform's ingress), which
  // does it off the Node process's one thread; without a proxy, Next compresses (the default).
  compress: process.env.HTTP_COMPRESS !== "0",
  // Send <title> with the first bytes for every browser, not streamed in later: screen readers
  // announce the title on load, and a page must never be without one (WCAG 2.4.2).
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Aksel's two barrels: without this every page shipped all of ds-react and all ~960 icons
    // (ds-react's index is one "use client" module, so a server component's import of Heading
    // made the whole package a client reference). With it, only the components and icons a
    // page imports are bundled.
    optimizePackageImports: ["@navikt/ds-react", "@navikt/aksel-icons"],
  },
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ]);
  },
};

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

export default withNextIntl(nextConfig);
