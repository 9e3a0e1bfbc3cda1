import { describe, expect, it } from "vitest";
import { describePdfBrowser, findPdfBrowser, preparePdfBrowser, type PdfBrowser } from "./pdf-browser.mjs";

/** A file system holding exactly these files. */
const only = (...files: string[]) => {
  const asked: string[] = [];
  return { asked, exists: (file: string) => (asked.push(file), files.includes(file)) };
};

describe("findPdfBrowser", () => {
  it("uses CHROMIUM_PATH when it exists, before any browser it could find", () => {
    const fs = only("/opt/chrome/chrome", "/usr/bin/chromium");
    expect(findPdfBrowser({ env: { CHROMIUM_PATH: "/opt/chrome/chrome" }, platform: "linux", exists: fs.exists })).toEqual({
      path: "/opt/chrome/chrome",
      source: "CHROMIUM_PATH",
    });
  });

  it("reports a CHROMIUM_PATH that does not exist instead of quietly using another browser", () => {
    const result = findPdfBrowser({ env: { CHROMIUM_PATH: "/nowhere/chrome" }, platform: "linux", exists: only("/usr/bin/chromium").exists });
    expect(result.path).toBeNull();
    expect(describePdfBrowser(result)).toBe(
      "PDF export is off: CHROMIUM_PATH is set to /nowhere/chrome, which does not exist. Everything else works; PDF links answer with a message.",
    );
  });

  it("on Linux prefers Debian's chromium, then chromium-browser, Chrome and Edge", () => {
    const look = (...files: string[]) => findPdfBrowser({ env: {}, platform: "linux", exists: only(...files).exists }).path;
    expect(look("/usr/bin/google-chrome", "/usr/bin/chromium")).toBe("/usr/bin/chromium");
    expect(look("/usr/bin/google-chrome-stable", "/usr/bin/chromium-browser")).toBe("/usr/bin/chromium-browser");
    expect(look("/usr/bin/microsoft-edge", "/usr/bin/google-chrome-stable")).toBe("/usr/bin/google-chrome-stable");
    expect(look("/usr/bin/microsoft-edge")).toBe("/usr/bin/microsoft-edge");

    const fs = only();
    findPdfBrowser({ env: {}, platform: "linux", exists: fs.exists });
    expect(fs.asked.slice(0, 6)).toEqual([
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
      "/usr/bin/google-chrome-stable",
      "/usr/bin/microsoft-edge",
      "/usr/bin/microsoft-edge-stable",
    ]);
  });

  it("finds Chrome in /Applications on macOS, and Chrome before Edge in Program Files on Windows", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findPdfBrowser({ env: {}, platform: "darwin", exists: only(chrome, "/usr/bin/chromium").exists }).path).toBe(chrome);

    const env = { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)", LOCALAPPDATA: "C:\\Users\\kari\\AppData\\Local" };
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    const userChrome = "C:\\Users\\kari\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    expect(findPdfBrowser({ env, platform: "win32", exists: only(edge).exists }).path).toBe(edge);
    expect(findPdfBrowser({ env, platform: "win32", exists: only(edge, userChrome).exists }).path).toBe(userChrome);
  });

  it("says where it looked when there is no browser, and names the one it uses when there is", () => {
    const none = findPdfBrowser({ env: {}, platform: "linux", exists: only().exists });
    expect(none.path).toBeNull();
    expect(describePdfBrowser(none)).toMatch(/^PDF export is off: no Chrome, Chromium or Edge found \(looked in \/usr\/bin\/chromium, .*set CHROMIUM_PATH/);
    expect(describePdfBrowser({ path: "/usr/bin/chromium", source: "found" })).toBe("PDF export uses /usr/bin/chromium.");
  });
});

describe("preparePdfBrowser (npm run demo)", () => {
  const missing: PdfBrowser = { path: null, reason: "no Chrome, Chromium or Edge found" };
  const chromium: PdfBrowser = { path: "/usr/bin/chromium", source: "found" };

  it("installs Chromium when none is found and it may, then names it", () => {
    let installed = false;
    const lines: string[] = [];
    const result = preparePdfBrowser({
      find: () => (installed ? chromium : missing),
      canInstall: true,
      install: () => (installed = true),
      log: (line) => lines.push(line),
    });
    expect(result).toEqual(chromium);
    expect(lines.at(-1)).toBe("PDF export uses /usr/bin/chromium.");
  });

  it("goes on with PDFs off when apt-get fails, saying why and how to turn them on", () => {
    const lines: string[] = [];
    const result = preparePdfBrowser({
      find: () => missing,
      canInstall: true,
      install: () => {
        throw new Error("Command failed: apt-get update -qq\nE: network unreachable");
      },
      log: (line) => lines.push(line),
      hint: "To turn PDFs on: sudo apt-get install -y chromium",
    });
    expect(result.path).toBeNull();
    expect(lines).toEqual([
      "Installing Chromium from Debian's packages for the PDF export …",
      "Could not install Chromium: Command failed: apt-get update -qq",
      "PDF export is off: no Chrome, Chromium or Edge found. Everything else works; PDF links answer with a message.",
      "To turn PDFs on: sudo apt-get install -y chromium",
    ]);
  });

  it("installs nothing when a browser is there or installing is not allowed", () => {
    const install = () => {
      throw new Error("must not install");
    };
    expect(preparePdfBrowser({ find: () => chromium, canInstall: true, install, log: () => undefined })).toEqual(chromium);
    expect(preparePdfBrowser({ find: () => missing, canInstall: false, install, log: () => undefined }).path).toBeNull();
  });
});
