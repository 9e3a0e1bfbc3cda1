/**
 * A virksomhetsplan version as a Word document (the `docx` package), with the content and
 * wording of the printed plan (app/_components/plan-document): a cover, a contents list that
 * links to each part, the five parts with real heading styles (so Word's navigation pane and
 * its own table of contents work), tables whose header rows repeat on every page and whose
 * rows never split, and "Side X av Y" in the footer.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { formatDateTime, formatNumber } from "~/lib/format";
import { defaultLocale, intlTag, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import {
  actionStatusLabel,
  approvalText,
  areaNumber,
  budgetHeaders,
  budgetRows,
  DASH,
  documentTitle,
  draftStamp,
  formatDay,
  formatTarget,
  formatTiming,
  foundationTitle,
  latestValueText,
  linkedActionText,
  measuredPerText,
  measurementRows,
  namesHiddenText,
  planStatusLabel,
  responsibleText,
  sectionIds,
  sectionTitle,
  sourceText,
  steeringGroupLabel,
  targetStateText,
  valueWithUnit,
  versionText,
  type SectionId,
} from "~/server/export/plan-wording";
import type { PlanDocument } from "~/server/domain/business-plan/view";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A4 in twentieths of a point, with 2 cm margins.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = "Arial";
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "555555" } as const;
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** Bookmark names: letters, digits and underscores only. */
const sectionBookmark = (id: SectionId) => `del_${id}`;
const areaBookmark = (index: number) => `satsingsomrade_${index + 1}`;

/** Text with line breaks kept, as the printed plan's pre-line paragraphs. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; spacingAfter?: number } = {}) =>
  new Paragraph({ children: runs(text, options), spacing: { after: options.spacingAfter ?? 120 } });

const empty = (text: string) => para(text, { italics: true });

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], bookmark?: string, pageBreakBefore = false) {
  const children: ParagraphChild[] = [new TextRun(text)];
  return new Paragraph({
    heading: level,
    pageBreakBefore,
    keepNext: true,
    children: bookmark ? [new Bookmark({ id: bookmark, children })] : children,
  });
}

/** A term and its value on one line: "Versjon: 2 – Godkjent". */
const fact = (term: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${term}: `, bold: true }), ...runs(value)], spacing: { after: 60 } });

type Cell = string | { text: string; note?: string | null; bold?: boolean; alignRight?: boolean };

function cell(content: Cell, width: number, header: boolean) {
  const c = typeof content === "string" ? { text: content } : content;
  const children = [
    new Paragraph({
      alignment: c.alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: runs(c.text || DASH, { bold: header || c.bold, size: 19 }),
    }),
  ];
  if (c.note) children.push(new Paragraph({ children: runs(c.note, { size: 17, italics: true }) }));
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    shading: header ? { type: ShadingType.CLEAR, fill: "EDEDED", color: "auto" } : undefined,
  });
}

/** A table filling the text width; shares are relative column widths. The header row repeats on every page. */
function table(headers: Cell[], rows: Cell[][], shares: number[], firstColumnBold = false) {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((s / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(i === 0 && firstColumnBold && typeof c === "string" ? { text: c, bold: true } : c, widths[i]!, false)),
          }),
      ),
    ],
  });
}

/** A short caption above a table, kept with it. */
const caption = (text: string) =>
  new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text, bold: true })] });

function cover(doc: PlanDocument, generatedAt: Date, locale: Locale): Paragraph[] {
  const t = translator(locale, "plan");
  const { version } = doc.snapshot;
  const stamp = draftStamp(doc, locale);
  const out: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400, after: 120 }, children: [new TextRun({ text: doc.officeName, bold: true, size: 28 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(documentTitle(doc.year, locale))] }),
    para(t("document.subtitle"), { size: 26, spacingAfter: 360 }),
  ];
  if (stamp) {
    out.push(
      new Paragraph({
        border: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
        spacing: { after: 240 },
        children: [new TextRun({ text: stamp, bold: true, size: 26 })],
      }),
    );
  }
  out.push(
    fact(t("document.facts.office"), doc.officeName),
    fact(t("document.facts.version"), String(version.versionNo)),
    fact(t("document.facts.status"), planStatusLabel(version.status, locale)),
  );
  if (version.publishedAt) out.push(fact(t("document.facts.published"), formatDay(version.publishedAt, locale)));
  out.push(fact(t("document.facts.created"), formatDateTime(generatedAt, locale)));
  out.push(new Paragraph({ spacing: { before: 240, after: 60 }, children: [new TextRun({ text: t("document.facts.approval"), bold: true })] }));
  if (doc.approvals.length === 0) out.push(para(t("document.noApprovals")));
  for (const a of doc.approvals) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(approvalText(a, locale)) }));
  if (version.changeNote.trim()) {
    out.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [new TextRun({ text: `${t("document.changeNote")} `, bold: true }), ...runs(version.changeNote)],
      }),
    );
  }
  if (!doc.namesShown) out.push(para(namesHiddenText(locale), { italics: true }));
  return out;
}

function contents(doc: PlanDocument, locale: Locale): Paragraph[] {
  const link = (text: string, anchor: string, indent = 0) =>
    new Paragraph({
      indent: { left: indent },
      spacing: { after: 60 },
      children: [new InternalHyperlink({ anchor, children: [new TextRun({ text, style: "Hyperlink" })] })],
    });
  const out = [heading(translator(locale, "plan")("document.contents"), HeadingLevel.HEADING_1, undefined, true)];
  for (const id of sectionIds) {
    out.push(link(sectionTitle(id, locale), sectionBookmark(id)));
    if (id === "satsing") {
      doc.snapshot.focusAreas.forEach((area, i) => out.push(link(`${areaNumber(i)} ${area.title}`, areaBookmark(i), 400)));
    }
  }
  return out;
}

function foundations(doc: PlanDocument, locale: Locale): Paragraph[] {
  const t = translator(locale, "plan");
  const out = [
    heading(sectionTitle("grunnlag", locale), HeadingLevel.HEADING_1, sectionBookmark("grunnlag")),
    para(t("document.foundationsIntro")),
  ];
  for (const line of ["stat", "kommune"] as const) {
    out.push(heading(steeringGroupLabel(line, locale), HeadingLevel.HEADING_2));
    const items = doc.snapshot.foundations.filter((f) => f.line === line);
    if (items.length === 0) out.push(empty(t("document.noFoundations")));
    for (const f of items) {
      const title = f.url
        ? new ExternalHyperlink({ link: f.url, children: [new TextRun({ text: f.title, style: "Hyperlink" })] })
        : new TextRun({ text: f.title, bold: true });
      out.push(new Paragraph({ bullet: { level: 0 }, children: [title, ...(f.url ? [new TextRun(` (${f.url})`)] : [])] }));
      if (f.summary.trim()) out.push(new Paragraph({ indent: { left: 720 }, spacing: { after: 120 }, children: runs(f.summary) }));
    }
  }
  return out;
}

function office(doc: PlanDocument, locale: Locale): Paragraph[] {
  const t = translator(locale, "plan");
  const { version } = doc.snapshot;
  const total =
    version.statePositions !== null && version.municipalPositions !== null ? version.statePositions + version.municipalPositions : null;
  const out = [
    heading(sectionTitle("kontoret", locale), HeadingLevel.HEADING_1, sectionBookmark("kontoret")),
    heading(t("document.vision"), HeadingLevel.HEADING_2),
    version.vision.trim() ? para(version.vision) : empty(t("document.noVision")),
    heading(t("document.description"), HeadingLevel.HEADING_2),
    version.description.trim() ? para(version.description) : empty(t("document.noDescription")),
    heading(t("document.positions"), HeadingLevel.HEADING_2),
    fact(t("document.statePositions"), formatNumber(version.statePositions, locale)),
    fact(t("document.municipalPositions"), formatNumber(version.municipalPositions, locale)),
  ];
  if (total !== null) out.push(fact(t("document.totalPositions"), formatNumber(total, locale)));
  out.push(heading(t("document.services"), HeadingLevel.HEADING_2));
  if (doc.services.length === 0) out.push(empty(t("document.noServices")));
  for (const s of doc.services) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(s) }));
  return out;
}

function frame(doc: PlanDocument, locale: Locale): (Paragraph | Table)[] {
  const t = translator(locale, "plan");
  const { version } = doc.snapshot;
  return [
    heading(sectionTitle("rammer", locale), HeadingLevel.HEADING_1, sectionBookmark("rammer")),
    para(t("document.budgetIntro", { year: doc.year, lastYear: doc.year - 1 })),
    caption(t("document.budgetCaption")),
    table(
      [t("document.budgetPost"), ...budgetHeaders(doc.year, locale).map((text) => ({ text, alignRight: true }))],
      budgetRows(doc, locale).map((row) => [row.label, ...row.cells.map((text) => ({ text, alignRight: true }))]),
      [3, 2, 2, 2],
      true,
    ),
    para(t("document.netNote"), { size: 18 }),
    fact(t("document.positionsBudget", { year: doc.year }), formatNumber(version.positionsBudget, locale)),
    fact(t("document.positionsResult"), formatNumber(version.positionsResult, locale)),
  ];
}

function focusAreas(doc: PlanDocument, locale: Locale): (Paragraph | Table)[] {
  const t = translator(locale, "plan");
  const out: (Paragraph | Table)[] = [heading(sectionTitle("satsing", locale), HeadingLevel.HEADING_1, sectionBookmark("satsing"), true)];
  if (doc.snapshot.focusAreas.length === 0) out.push(empty(t("document.noAreas")));
  doc.snapshot.focusAreas.forEach((area, i) => {
    const no = areaNumber(i);
    out.push(heading(`${no} ${area.title}`, HeadingLevel.HEADING_2, areaBookmark(i)));
    if (area.description.trim()) out.push(para(area.description));
    if (area.goals.length === 0) out.push(empty(t("document.noGoals")));
    area.goals.forEach((goal, g) => {
      const goalNo = `${no}.${g + 1}`;
      out.push(heading(t("document.goalHeading", { no: goalNo, text: goal.text }), HeadingLevel.HEADING_3));
      const basis = foundationTitle(doc, goal.foundationKey);
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { after: 80 },
          children: [
            new TextRun({ text: `${t("document.sourceLabel")} `, bold: true }),
            new TextRun(sourceText(goal.source, locale)),
            ...(basis ? [new TextRun({ text: `   ${t("document.basisLabel")} `, bold: true }), new TextRun(basis)] : []),
          ],
        }),
      );
      if (goal.activities.length === 0) {
        out.push(empty(t("document.noActivities")));
        return;
      }
      out.push(
        table(
          [
            t("document.activityColumns.activity"),
            t("document.activityColumns.responsible"),
            t("document.activityColumns.when"),
            t("document.activityColumns.status"),
          ],
          goal.activities.map((a) => [
            { text: a.text, note: linkedActionText(doc, a, locale) },
            responsibleText(a),
            formatTiming(a.timingKind, a.timingValue, locale),
            actionStatusLabel(a.status, locale),
          ]),
          [46, 26, 15, 13],
        ),
      );
      out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
    });
  });
  return out;
}

function indicators(doc: PlanDocument, locale: Locale): (Paragraph | Table)[] {
  const t = translator(locale, "plan");
  const list = doc.snapshot.indicators;
  const out: (Paragraph | Table)[] = [
    heading(sectionTitle("indikatorer", locale), HeadingLevel.HEADING_1, sectionBookmark("indikatorer"), true),
  ];
  if (list.length === 0) {
    out.push(empty(t("document.noIndicators")));
    return out;
  }
  out.push(
    caption(t("document.indicatorsCaption")),
    table(
      [
        t("document.indicatorColumns.indicator"),
        t("document.indicatorColumns.source"),
        t("document.indicatorColumns.unit"),
        { text: t("document.indicatorColumns.baseline"), alignRight: true },
        t("document.indicatorColumns.target"),
        t("document.indicatorColumns.latest"),
        t("document.indicatorColumns.state"),
      ],
      list.map((i) => [
        { text: i.name, note: measuredPerText(i.periodKind, locale), bold: true },
        sourceText(i.source, locale),
        i.unit.trim() || DASH,
        { text: valueWithUnit(i.baseline, i.unit, locale), alignRight: true },
        formatTarget(i, locale),
        latestValueText(i, locale),
        targetStateText(i, locale),
      ]),
      [24, 10, 9, 12, 12, 17, 16],
    ),
  );
  const measurements = measurementRows(doc, locale);
  if (measurements.length > 0) {
    out.push(
      caption(t("document.measurementsCaption")),
      table(
        [
          t("document.measurementColumns.indicator"),
          t("document.measurementColumns.period"),
          { text: t("document.measurementColumns.value"), alignRight: true },
          t("document.measurementColumns.recordedIn"),
        ],
        measurements.map((m) => [m.indicator, m.period, { text: m.value, alignRight: true }, m.recordedIn]),
        [40, 20, 16, 24],
      ),
    );
  }
  return out;
}

/** The Word file in `locale` (the document language): headings, labels and dates; people's texts as written. */
export async function planDocx(doc: PlanDocument, generatedAt = new Date(), locale: Locale = defaultLocale): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale, "plan");
  const title = `${documentTitle(doc.year, locale)} – ${doc.officeName}`;
  const file = new Document({
    title,
    creator: "Partnerskapsrommet",
    description: t("document.docxDescription", {
      title: documentTitle(doc.year, locale),
      version: versionText(doc, locale).toLowerCase(),
      office: doc.officeName,
    }),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: intlTag(locale) } }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: 52, bold: true, color: "000000" }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: "000000" }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: "000000" }, paragraph: { spacing: { before: 200, after: 60 } } },
        hyperlink: { run: { color: "0050B3", underline: {} } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: title, size: 16 }),
                  new TextRun({
                    children: [new Tab(), `${t("document.footerPage")} `, PageNumber.CURRENT, ` ${t("document.footerOf")} `, PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...cover(doc, generatedAt, locale),
          ...contents(doc, locale),
          ...foundations(doc, locale),
          ...office(doc, locale),
          ...frame(doc, locale),
          ...focusAreas(doc, locale),
          ...indicators(doc, locale),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
