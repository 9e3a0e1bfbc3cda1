/**
 * The end-to-end web server: a fresh throwaway database with the Agder demo,
 * a production build, and `next start` on port 3210. Playwright starts this
 * (playwright.config.ts → webServer) and stops it when the run is over.
 *
 * E2E_SKIP_BUILD=1 reuses the existing build in .next-e2e.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = process.env.E2E_DATA_DIR ? path.resolve(root, process.env.E2E_DATA_DIR) : path.join(root, "e2e", ".data");
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const databaseFile = path.join(dataDir, "e2e.db");
const port = process.env.E2E_PORT ?? "3210";

// A fresh start: no database, no auth secret, no saved sign-ins from an earlier server.
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const env = {
  ...process.env,
  DATABASE_URL: databaseFile,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
};

function run(command, args, extraEnv = {}) {
  console.log(`[e2e] ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[e2e] ${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

run("npx", ["tsx", "scripts/db-setup.ts"]);
if (process.env.E2E_SKIP_BUILD === "1") {
  console.log(`[e2e] E2E_SKIP_BUILD=1: using the existing build in ${distDir}`);
} else {
  run("npx", ["next", "build"], { NODE_ENV: "production" });
}

const server = spawn("npx", ["next", "start", "-p", port], {
  cwd: root,
  env: { ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
