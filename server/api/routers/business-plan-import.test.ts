/**
 * The spreadsheet round trip through the API: previewImport (writes nothing) and confirmImport
 * (applies what was previewed), as the import route calls them.
 */
import ExcelJS from "exceljs";
import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, planActivity, planIndicator } from "~/db/schema";
import { renderText } from "~/lib/i18n/text";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { planWorkbook } from "~/server/export/plan-xlsx";
import { createCaller } from "~/server/api/root";
import { STALE_PREVIEW } from "~/server/domain/business-plan/import-sync";
import { NOT_XLSX } from "~/server/domain/business-plan/xlsx-import";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";

type User = Awaited<ReturnType<typeof makeUser>>;
const YEAR = 2027;

let db: Database;
let leder: User;
let outsider: User;
let versionId: string;
let arendalVersionId: string;

const call = (user: User | null) => callerFor(db, user).businessPlan;
const activityFields = (text: string) => ({
  kind: "activity" as const,
  text,
  responsible: "Markedsteamet",
  responsiblePerson: "",
  timing: { kind: "fortlopende" as const, value: null },
  status: "ikke_startet" as const,
  developmentActionId: null,
});

/** A draft with one satsingsområde, one goal, three activities and an indicator. */
async function draft(user: User, partnership: string) {
  const { versionId: id } = await call(user).create({ partnership, year: YEAR, basis: "tom" });
  const area = await call(user).addItem({ partnership, versionId: id, fields: { kind: "focus_area", title: "Flere i arbeid", description: "" } });
  const goal = await call(user).addItem({
    partnership,
    versionId: id,
    parentId: area.id,
    fields: { kind: "goal", text: "Flere unge i jobb", source: "felles", foundationKey: null },
  });
  for (const text of ["Jobbmesse", "Sommerjobb", "Kartlegging"]) {
    await call(user).addItem({ partnership, versionId: id, parentId: goal.id, fields: activityFields(text) });
  }
  await call(user).addItem({
    partnership,
    versionId: id,
    fields: {
      kind: "indicator",
      name: "Andel unge i arbeid",
      source: "felles",
      unit: "%",
      baseline: 40,
      targetKind: "tall",
      targetValue: 50,
      targetDirection: null,
      targetOperator: null,
      periodKind: "tertial",
    },
  });
  return id;
}

/** The draft's export as the download link gives it, with one activity's text changed. */
async function exportedWithEdit(user: User, partnership: string, from: string, to: string) {
  const doc = (await call(user).document({ partnership, year: YEAR }))!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planWorkbook(doc)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Aktiviteter")!;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value === from) cell.value = to;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const rows = async () => ({
  activities: (await db.select({ n: count() }).from(planActivity))[0]!.n,
  indicators: (await db.select({ n: count() }).from(planIndicator))[0]!.n,
  audit: (await db.select({ n: count() }).from(auditEvent))[0]!.n,
});

beforeEach(async () => {
  db = await createTestDatabase();
  const fylkeId = (await makeFylke(db)).id;
  const grimstad = await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad" });
  const arendal = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });
  leder = await makeUser(db, { name: "Nora Leder" });
  await grantRole(db, leder.id, "nav_leder", { partnershipId: grimstad.id });
  outsider = await makeUser(db, { name: "Ola Arendal" });
  await grantRole(db, outsider.id, "nav_leder", { partnershipId: arendal.id });
  versionId = await draft(leder, "grimstad");
  arendalVersionId = await draft(outsider, "arendal");
});

describe("businessPlan.previewImport and confirmImport", () => {
  it("previews an edited export as one change, then confirms it: the same number of activities, the new text", async () => {
    const file = await exportedWithEdit(leder, "grimstad", "Sommerjobb", "Sommerjobb for 40 unge");
    const before = await rows();
    const result = await call(leder).previewImport({ partnership: "grimstad", versionId, file });
    expect(await rows()).toEqual(before);
    const preview = result.preview!;
    expect({ changed: preview.activities.changed.length, added: preview.activities.added.length, unchanged: preview.activities.unchanged }).toEqual({
      changed: 1,
      added: 0,
      unchanged: 2,
    });
    expect(preview.activities.changed[0]!.changes).toEqual([{ field: "Aktivitet", from: "Sommerjobb", to: "Sommerjobb for 40 unge" }]);

    const done = await call(leder).confirmImport({ partnership: "grimstad", versionId, file, token: preview.token, remove: [] });
    expect(done.imported?.activities).toEqual({ added: 0, changed: 1, removed: 0 });
    expect((await rows()).activities).toBe(before.activities);
    const doc = (await call(leder).document({ partnership: "grimstad", year: YEAR }))!;
    expect(doc.snapshot.focusAreas[0]!.goals[0]!.activities.map((a) => a.text)).toEqual(["Jobbmesse", "Sommerjobb for 40 unge", "Kartlegging"]);
  });

  it("refuses another partnership's plan, and a file exported from it into this one", async () => {
    const grimstadFile = await exportedWithEdit(leder, "grimstad", "Sommerjobb", "Endret");
    const before = await rows();
    // Through Grimstad's slug the other office's leader has no access; through their own, the draft is not theirs.
    expect((await refusal(call(outsider).previewImport({ partnership: "grimstad", versionId, file: grimstadFile }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(outsider).previewImport({ partnership: "arendal", versionId, file: grimstadFile }))).code).toBe("NOT_FOUND");
    expect((await refusal(call(outsider).confirmImport({ partnership: "arendal", versionId, file: grimstadFile, token: "a".repeat(64) }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(call(null).previewImport({ partnership: "grimstad", versionId, file: grimstadFile }))).code).toBe("UNAUTHORIZED");

    // Arendal's leader imports Grimstad's file into Arendal's own draft: refused by what the file says it is.
    const foreign = await call(outsider).previewImport({ partnership: "arendal", versionId: arendalVersionId, file: grimstadFile });
    expect(foreign).toEqual({
      errors: [
        {
          sheet: "",
          row: 0,
          message:
            "Regnearket er lastet ned fra et annet partnerskap (Nav Grimstad), så det ble ikke importert. Last ned regnearket fra denne planen og gjør endringene der.",
        },
      ],
    });
    expect(await rows()).toEqual(before);
  });

  it("refuses to confirm a preview the plan has moved on from (CONFLICT), and writes nothing", async () => {
    const file = await exportedWithEdit(leder, "grimstad", "Sommerjobb", "Sommerjobb for 40 unge");
    const { preview } = await call(leder).previewImport({ partnership: "grimstad", versionId, file });
    // Meanwhile someone changes the activity the file edits.
    const doc = (await call(leder).document({ partnership: "grimstad", year: YEAR }))!;
    const target = doc.snapshot.focusAreas[0]!.goals[0]!.activities[1]!;
    await call(leder).updateItem({ partnership: "grimstad", id: target.id, version: target.version, fields: activityFields("Sommerjobb i kommunen") });
    const before = await rows();

    const stale = await refusal(call(leder).confirmImport({ partnership: "grimstad", versionId, file, token: preview!.token, remove: [] }));
    expect(stale).toEqual({ code: "CONFLICT", messages: [renderText(STALE_PREVIEW, "nb")] });
    expect(await rows()).toEqual(before);
  });

  it("answers a garbage file with the file error and a missing token with a Norwegian message", async () => {
    const garbage = Buffer.from("not a spreadsheet").toString("base64");
    expect(await call(leder).previewImport({ partnership: "grimstad", versionId, file: garbage })).toEqual({
      errors: [{ sheet: "", row: 0, message: renderText(NOT_XLSX, "nb") }],
    });
    expect(await refusal(call(leder).confirmImport({ partnership: "grimstad", versionId, file: garbage, token: "" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Importer regnearket på nytt før du bekrefter."],
    });
  });

  it("answers a nynorsk reader in nynorsk: the rows to correct, the preview's words and the refusals", async () => {
    const nynorsk = createCaller({ db, user: sessionUserOf(leder), locale: "nn" }).businessPlan;
    const badStatus = await exportedWithEdit(leder, "grimstad", "Ikke startet", "Halvferdig");
    expect(await nynorsk.previewImport({ partnership: "grimstad", versionId, file: badStatus })).toEqual({
      errors: [2, 3, 4].map((row) => ({
        sheet: "Aktivitetar",
        row,
        message: `Aktivitetar, rad ${row}, kolonne «Status»: Status må vere «Ikkje starta», «Pågår», «Fullført» eller «Utsett».`,
      })),
    });
    // The field rules' messages (zod) follow the caller's language too.
    const tooLong = await exportedWithEdit(leder, "grimstad", "Sommerjobb", "x".repeat(1001));
    expect((await nynorsk.previewImport({ partnership: "grimstad", versionId, file: tooLong })).errors).toEqual([
      { sheet: "Aktivitetar", row: 3, message: "Aktivitetar, rad 3, kolonne «Aktivitet»: Aktiviteten kan ha høgst 1000 teikn." },
    ]);

    const file = await exportedWithEdit(leder, "grimstad", "Ikke startet", "Pågår");
    const { preview } = await nynorsk.previewImport({ partnership: "grimstad", versionId, file });
    expect(preview!.activities.changed[0]!.changes).toEqual([{ field: "Status", from: "Ikkje starta", to: "Pågår" }]);
    // The token does not depend on the language the preview was read in.
    expect((await call(leder).previewImport({ partnership: "grimstad", versionId, file })).preview!.token).toBe(preview!.token);

    const doc = (await call(leder).document({ partnership: "grimstad", year: YEAR }))!;
    const target = doc.snapshot.focusAreas[0]!.goals[0]!.activities[0]!;
    await call(leder).updateItem({ partnership: "grimstad", id: target.id, version: target.version, fields: activityFields("Jobbmesse i kommunen") });
    expect(await refusal(nynorsk.confirmImport({ partnership: "grimstad", versionId, file, token: preview!.token, remove: [] }))).toEqual({
      code: "CONFLICT",
      messages: [
        "Planen er endra sidan du såg over importen, så han vart ikkje lagra. Importer reknearket på nytt for å sjå endringane slik planen er no.",
      ],
    });
  });
});
