/**
 * Text of a PDF, for tests of the PDF export: every page's text in order, pages separated by
 * a blank line and lines kept apart by newlines. Uses pdf.js's legacy build, which runs on Node 20.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(buffer: Uint8Array | ArrayBuffer): Promise<string> {
  // pdf.js takes ownership of the bytes it is given, so it gets a copy.
  const data = new Uint8Array(buffer instanceof ArrayBuffer ? buffer.slice(0) : buffer.slice());
  const document = await getDocument({ data, useSystemFonts: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text.trim());
    }
    return pages.join("\n\n");
  } finally {
    await document.destroy();
  }
}
