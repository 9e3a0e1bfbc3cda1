#!/usr/bin/env node
/**
 * Makes a fresh clone runnable: installs dependencies when node_modules is
 * missing or older than package-lock.json, and rebuilds better-sqlite3 if its
 * native binding does not load on this Node. With --browser it also makes sure
 * a Chromium for the end-to-end tests exists (Debian's, via apt-get as root).
 * With --pdf-browser (npm run demo) it does the same for the PDF export, but
 * never stops: without a browser the demo runs with PDFs off and says why.
 */
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { preparePdfBrowser } from "../server/export/pdf-browser.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const stampFile = path.join(root, "node_modules", ".partnerskap-install-stamp");
const run = (command) => execSync(command, { cwd: root, stdio: "inherit" });

function lockHash() {
  const lock = path.join(root, "package-lock.json");
  return createHash("sha256").update(fs.readFileSync(lock)).digest("hex");
}

function ensureDependencies() {
  const wanted = lockHash();
  const installed = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8").trim() : null;
  if (installed === wanted && fs.existsSync(path.join(root, "node_modules", ".bin", "next"))) return;
  // `npm install`, not `npm ci`: the lock file keeps the versions, and npm ci
  // refuses lock files that lack other platforms' optional packages.
  console.log("Installing dependencies; the first time takes a few minutes …");
  run("npm install --no-audit --no-fund");
  fs.writeFileSync(stampFile, wanted);
}

function ensureSqliteBinding() {
  const require = createRequire(path.join(root, "package.json"));
  try {
    const Database = require("better-sqlite3");
    new Database(":memory:").close();
  } catch {
    console.log("Rebuilding better-sqlite3 for this Node version …");
    run("npm rebuild better-sqlite3");
  }
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = () => fs.existsSync("/etc/debian_version") && fs.existsSync("/usr/bin/apt-get");
const installDebianChromium = () => run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");

function ensureChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return;
  if (fs.existsSync("/usr/bin/chromium")) return;
  if (!isRoot()) {
    console.error("Chromium is missing. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  console.log("Installing Chromium from Debian's packages …");
  installDebianChromium();
}

/** The demo's PDF browser: one found or installed, or a clear line saying why PDFs are off. */
function ensurePdfBrowser() {
  const configured = Boolean(process.env.CHROMIUM_PATH?.trim());
  preparePdfBrowser({
    // A CHROMIUM_PATH that is wrong is the user's to fix; installing another browser would hide it.
    canInstall: !configured && isDebian() && isRoot(),
    install: installDebianChromium,
    hint: configured
      ? ""
      : isDebian()
        ? "To turn PDFs on: sudo apt-get install -y chromium (or install Chrome or Edge), then start the demo again."
        : "To turn PDFs on: install Google Chrome, Chromium or Microsoft Edge, or set CHROMIUM_PATH to one, then start the demo again.",
  });
}

ensureDependencies();
ensureSqliteBinding();
if (process.argv.includes("--browser")) ensureChromium();
if (process.argv.includes("--pdf-browser")) ensurePdfBrowser();
