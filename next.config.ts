import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never replaces a build that is being served.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // better-sqlite3 is a native module; it must be required at runtime, not bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Send <title> with the first bytes for every browser, not streamed in later: screen readers
  // announce the title on load, and a page must never be without one (WCAG 2.4.2).
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
  headers() {
    return Promise.resolve([{ source: "/:path*", headers: securityHeaders }]);
  },
};

export default nextConfig;
