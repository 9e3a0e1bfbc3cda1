export type PdfBrowser = { path: string; source: "CHROMIUM_PATH" | "found" } | { path: null; reason: string };

export interface PdfBrowserLookup {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
}

export function pdfBrowserCandidates(platform?: NodeJS.Platform, env?: Record<string, string | undefined>): string[];
export function findPdfBrowser(lookup?: PdfBrowserLookup): PdfBrowser;
export function describePdfBrowser(result: PdfBrowser): string;
export function preparePdfBrowser(options: {
  find?: () => PdfBrowser;
  canInstall: boolean;
  install: () => void;
  log?: (line: string) => void;
  hint?: string;
}): PdfBrowser;
