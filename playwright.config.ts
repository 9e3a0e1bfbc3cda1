import { defineConfig } from "@playwright/test";
import { e2eOidcServerEnv } from "./e2e/support/oidc-env";

/**
 * End-to-end tests against the production build on a throwaway database.
 *
 *   npx playwright test                   build, start, run everything
 *   E2E_SKIP_BUILD=1 npx playwright test  reuse the existing build in .next-e2e
 *
 * The web server (e2e/start-server.mjs) recreates e2e/.data/e2e.db with the Agder
 * demo on every start. Every demo role signs in once, in the "setup" project
 * (e2e/auth.setup.ts); the tests reuse those sessions, because sign-in is rate
 * limited (server/auth/auth.ts, SIGN_IN_RATE_LIMIT).
 */
// E2E_PORT, E2E_DATA_DIR and E2E_DIST_DIR let two runs share a machine without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
const isCI = !!process.env.CI;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : 2,
  reporter: "list",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node e2e/start-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !isCI,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    // Sign-in with a work account, against the OpenID provider e2e/oidc.spec.ts starts on loopback
    // (e2e/support/oidc-idp.ts). The server starts before it: better-auth discovers the issuer
    // again on the first sign-in through it.
    // Loopback is trusted as a proxy, so a signed-out test context can bring its own client
    // address (e2e/fixtures.ts, ownClientAddress) and its own sign-in budget.
    env: { ...e2eOidcServerEnv, TRUSTED_PROXIES: "127.0.0.1, ::1" },
  },
});
