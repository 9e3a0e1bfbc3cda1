/**
 * Where the PDF export finds a Chromium-family browser. Plain JavaScript without dependencies,
 * because scripts/ensure-install.mjs needs it before `npm install` has run, and the server
 * (server/export/pdf.ts) must pick the very browser the start-up output named.
 */
import fs from "node:fs";
import path from "node:path";

/** Debian's package first (what `npm test` and `npm run demo` install), then other usual places. */
const LINUX = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/usr/bin/microsoft-edge-stable",
  "/snap/bin/chromium",
];

const MAC = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];

/** Windows installs per machine (Program Files, both of them) or per user (LocalAppData). */
function windowsCandidates(env) {
  const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
  const apps = [
    ["Google", "Chrome", "Application", "chrome.exe"],
    ["Chromium", "Application", "chrome.exe"],
    ["Microsoft", "Edge", "Application", "msedge.exe"],
  ];
  return apps.flatMap((parts) => roots.map((root) => path.win32.join(root, ...parts)));
}

/** The places looked at, in order, for this platform (CHROMIUM_PATH aside). */
export function pdfBrowserCandidates(platform = process.platform, env = process.env) {
  if (platform === "darwin") return MAC;
  if (platform === "win32") return windowsCandidates(env);
  return LINUX;
}

// Not a project file: the comment keeps the bundler from tracing the file system for it.
const fileExists = (file) => fs.existsSync(/*turbopackIgnore: true*/ file);

/**
 * The browser the PDF export will use: CHROMIUM_PATH when set (and only it, so a wrong setting
 * is reported rather than quietly replaced), otherwise the first candidate that exists.
 * Returns { path, source } or { path: null, reason } with the reason in plain English.
 */
export function findPdfBrowser({ env = process.env, platform = process.platform, exists = fileExists } = {}) {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    return exists(configured)
      ? { path: configured, source: "CHROMIUM_PATH" }
      : { path: null, reason: `CHROMIUM_PATH is set to ${configured}, which does not exist` };
  }
  const candidates = pdfBrowserCandidates(platform, env);
  const found = candidates.find((candidate) => exists(candidate));
  if (found) return { path: found, source: "found" };
  return { path: null, reason: `no Chrome, Chromium or Edge found (looked in ${candidates.join(", ")}; set CHROMIUM_PATH to use another)` };
}

/** One line for the start-up output. */
export function describePdfBrowser(result) {
  if (result.path) return `PDF export uses ${result.path}${result.source === "CHROMIUM_PATH" ? " (from CHROMIUM_PATH)" : ""}.`;
  return `PDF export is off: ${result.reason}. Everything else works; PDF links answer with a message.`;
}

/**
 * `npm run demo`'s step: find a browser, or install one when `canInstall` (Debian as root), and
 * report. Never throws: a failed install leaves PDFs off and the demo goes on.
 */
export function preparePdfBrowser({ find = () => findPdfBrowser(), canInstall, install, log = console.log, hint = "" }) {
  let found = find();
  if (!found.path && canInstall) {
    log("Installing Chromium from Debian's packages for the PDF export …");
    try {
      install();
    } catch (error) {
      log(`Could not install Chromium: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    found = find();
  }
  log(describePdfBrowser(found));
  if (!found.path && hint) log(hint);
  return found;
}
