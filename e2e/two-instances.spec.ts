import { defaultEvaluationStatements } from "./support/bokmal";
import { expectNoA11yViolations } from "./axe";
import { demoUsers, expect, hydrated, test } from "./fixtures";
import {
  assertBuildExists,
  createTwinDatabase,
  dropTwinDatabase,
  killInstance,
  queryTwinDatabase,
  startInstance,
  trpcMutation,
  trpcQuery,
  twinPorts,
  waitUntilReady,
  type Instance,
  type TwinDatabase,
} from "./support/two-instances";
import {
  answerStatement,
  bigScreen,
  direktemodus,
  EVALUATION,
  expectSameDocument,
  expectSignInPage,
  expectStartPage,
  joinAsGuest,
  liveEvaluation,
  markDocument,
  personOn,
  PHONE,
  signIn,
  taskItem,
  userMenu,
} from "./support/two-instances-pages";

/**
 * Issue 17, point 6: two `next start` instances of the e2e build on one PostgreSQL database, as two
 * instances behind one load balancer (ADR 0017). Sessions live in the database, live samling
 * events go between instances through LISTEN/NOTIFY, and an instance killed mid-burst loses no
 * write it acknowledged while the other keeps serving.
 *
 * The database is its own (e2e_twin_…, migrated and seeded by scripts/db-setup.ts, dropped at the
 * end) and so are the instances (127.0.0.1:3311 and :3312, E2E_TWIN_PORT moves them); the build
 * is the one the e2e web server made (E2E_DIST_DIR, default .next-e2e). Without a PostgreSQL
 * server the file fails, saying how to provide one (TEST_POSTGRES_URL); it is never skipped.
 */

// One database and two instances for the file: the tests run in order, on one worker.
test.describe.configure({ mode: "serial" });

let db: TwinDatabase | undefined;
let a: Instance | undefined;
let b: Instance | undefined;

const instances = () => {
  if (!a || !b || !db) throw new Error("The two instances did not start (see beforeAll's error).");
  return { a, b, db };
};

test.beforeAll(async () => {
  // Seeding hashes the demo's passwords and two servers boot: minutes on a loaded machine.
  test.setTimeout(600_000);
  assertBuildExists();
  db = await createTwinDatabase();
  // One after the other: the first start also waits for the migrations (applied already by db-setup).
  a = await startInstance("A", twinPorts.a, db);
  b = await startInstance("B", twinPorts.b, db);
  // Both answer /api/ready before any test starts.
  await Promise.all([waitUntilReady(a, 60_000), waitUntilReady(b, 60_000)]);
});

test.afterAll(async () => {
  test.setTimeout(120_000);
  // Always, whatever failed: both instances stop, then the database goes.
  await Promise.allSettled([a && killInstance(a, "SIGKILL"), b && killInstance(b, "SIGKILL")]);
  if (db) await dropTwinDatabase(db);
});

test("a person who signs in on instance A is signed in on instance B, and a session ended on B is refused by A", async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b } = instances();
  const user = demoUsers.navleder;

  const { context, page } = await personOn(browser, a.url);
  await signIn(page, a.url, user);
  const session = (await context.cookies(a.url)).find((cookie) => cookie.name.endsWith("session_token"));
  expect(session, "signing in on A set a session cookie").toBeDefined();
  // A cookie belongs to its host, not to a port (RFC 6265, 8.5): the browser sends A's cookie to B
  // as well, as it does to every instance behind one address.
  expect((await context.cookies(b.url)).map((cookie) => cookie.name)).toContain(session!.name);

  // B knows the session: the start page with the person's name, and a partnership's page.
  await page.goto(`${b.url}/`);
  await expect(page).toHaveURL(`${b.url}/`);
  await expectStartPage(page, user);
  await page.goto(`${b.url}/partnerskap/grimstad`);
  await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
  await expectNoA11yViolations(page);

  // A browser that has only that cookie, and has never been to A, is signed in on B.
  const { context: onlyB, page: pageB } = await personOn(browser, b.url, { storageState: { cookies: [session!], origins: [] } });
  await pageB.goto("/");
  await expect(pageB).toHaveURL(`${b.url}/`);
  await expectStartPage(pageB, user);
  await onlyB.close();

  // Signed out on B: the session is gone from the database, so A refuses the very same cookie.
  await page.goto(`${b.url}/`);
  await (await hydrated(userMenu(page, user))).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expectSignInPage(page, b.url);
  const { context: stale, page: stalePage } = await personOn(browser, a.url, { storageState: { cookies: [session!], origins: [] } });
  await stalePage.goto("/");
  await expectSignInPage(stalePage, a.url);
  await stale.close();
  await context.close();
});

test("the facilitator's live screen on instance B moves without a reload when phones on instance A answer", async ({ browser }) => {
  test.setTimeout(240_000);
  const { a, b } = instances();
  const title = "Samling på to instanser";

  // The facilitator works on B.
  const { context: facilitatorContext, page: facilitator } = await personOn(browser, b.url);
  await signIn(facilitator, b.url, demoUsers.fasilitator);
  const { code } = await liveEvaluation(facilitator, b.url, title, "12.2.2027");
  const task = taskItem(facilitator, EVALUATION);
  const screen = bigScreen(facilitator, EVALUATION);
  await expect(screen).toContainText("0 har svart");
  await markDocument(facilitator);

  // Three phones join and answer on A.
  const phones = [];
  for (const [i, name] of ["Aud på A", "Bjørn på A", "Cecilie på A"].entries()) {
    const { context, page: phone } = await personOn(browser, a.url, PHONE);
    phones.push(context);
    await joinAsGuest(phone, a.url, code, name, title);
    await markDocument(phone);
    // Joining on A is counted on B's screen.
    await expect(direktemodus(facilitator).getByRole("region", { name: "Deltakere" })).toContainText(
      i === 0 ? "1 deltaker har blitt med" : `${i + 1} deltakere har blitt med`,
    );
    await answerStatement(phone, defaultEvaluationStatements[0]!, 6 - i);
    await expectNoA11yViolations(phone);
    await expect(task).toContainText(`${i + 1} har svart`);
    await expect(screen).toContainText(`${i + 1} har svart`);
    await expectSameDocument(phone);
  }

  // Three answers: the results can be shown, on B, from answers that went to A.
  await task.getByRole("button", { name: "Vis resultater" }).click();
  const firstStatement = screen
    .getByRole("listitem")
    .filter({ has: facilitator.getByRole("heading", { name: defaultEvaluationStatements[0]!, exact: true }) });
  await expect(firstStatement).toContainText("svarte 5 eller 6 (3 svar)");
  await expectNoA11yViolations(facilitator);

  // And the other way: the facilitator closes the task on B, and every phone on A waits for the next.
  await task.getByRole("button", { name: "Lukk oppgaven" }).click();
  await expect(task).toContainText("Lukket");
  for (const context of phones) {
    const phone = context.pages()[0]!;
    await expect(phone.getByRole("heading", { level: 2, name: "Vent på neste oppgave" })).toBeVisible();
    await expectSameDocument(phone);
  }
  await expectNoA11yViolations(phones[0]!.pages()[0]!);
  await expectSameDocument(facilitator);

  await Promise.all([...phones, facilitatorContext].map((context) => context.close()));
});

test("SIGKILL of instance A in the middle of a burst of answers loses no acknowledged answer, and instance B keeps serving", async ({ browser }) => {
  test.setTimeout(300_000);
  const { a, b, db } = instances();
  const title = "Samling der A faller";

  // The facilitator's screen is on B all the while.
  const { context: facilitatorContext, page: facilitator } = await personOn(browser, b.url);
  await signIn(facilitator, b.url, demoUsers.fasilitator);
  const { code } = await liveEvaluation(facilitator, b.url, title, "13.2.2027");
  const task = taskItem(facilitator, EVALUATION);

  // --- Forty phones join through A, as the phone page does (tRPC workshop.join) ---------------------
  type Joined = { token: string; participantId: string; gatheringId: string };
  const participants: Joined[] = [];
  for (let i = 0; i < 40; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: 8 }, (_, j) =>
        trpcMutation<Joined>(a.url, "workshop.join", { code, name: `Telefon ${i + j + 1}`, roleGroup: "fylke", partnershipId: null }),
      ),
    );
    for (const joined of batch) {
      expect(joined.ok, `joining through A: ${joined.ok ? "" : joined.error}`).toBe(true);
      if (joined.ok) participants.push(joined.data);
    }
  }
  const view = await trpcQuery<{ tasks: { id: string; kind: string; statements: string[] }[] }>(a.url, "workshop.participant", {
    token: participants[0]!.token,
  });
  const open = view.tasks.find((t) => t.kind === "evaluering");
  expect(open, "the phones see the open evaluation").toBeDefined();
  const taskId = open!.id;
  const statements = open!.statements.length;
  expect(statements).toBeGreaterThan(1);

  // --- The burst: every phone answers every statement, each answer its own request to A -----------
  // 40 phones × 6 statements, 32 in flight at a time; A is killed once a quarter is acknowledged.
  const writes = participants.flatMap((p, i) =>
    Array.from({ length: statements }, (_, item) => ({ participant: p, item: String(item), value: String((i + item) % 7) })),
  );
  const killAfter = Math.floor(writes.length / 4);
  const acknowledged: typeof writes = [];
  const failed: { write: (typeof writes)[number]; error: string }[] = [];
  let killed: Promise<void> | undefined;
  let next = 0;
  const sender = async () => {
    while (next < writes.length) {
      const write = writes[next++]!;
      const answer = await trpcMutation<{ taskId: string }>(a.url, "workshop.submit", {
        token: write.participant.token,
        taskId,
        answers: [{ item: write.item, value: write.value }],
      });
      if (answer.ok) {
        acknowledged.push(write);
        // SIGKILL: no shutdown hook, no flush; whatever A had in flight dies with it.
        if (acknowledged.length >= killAfter && !killed) killed = killInstance(a, "SIGKILL");
      } else {
        failed.push({ write, error: `${answer.status ?? "no answer"}: ${answer.error}` });
      }
    }
  };
  await Promise.all(Array.from({ length: 32 }, sender));
  expect(killed, `A acknowledged only ${acknowledged.length} of ${writes.length} answers, so it was never killed; refusals: ${failed.slice(0, 3).map((f) => f.error).join("; ")}`).toBeDefined();
  await killed;
  const ended = await a.exited;
  expect(ended.signal, "instance A was killed, not ended by itself").toBe("SIGKILL");
  expect(acknowledged.length, "A acknowledged answers before it was killed").toBeGreaterThanOrEqual(killAfter);
  expect(failed.length, "the kill came in the middle of the burst: answers after it were not acknowledged").toBeGreaterThan(0);
  // Every refusal is A being gone: A refused no answer while it was up.
  for (const { error } of failed) expect(error).toMatch(/^no answer: /);

  // --- Every acknowledged answer is in the database, exactly as sent ---------------------------------
  const stored = await queryTwinDatabase<{ participant_id: string; item: string; value: string }>(
    db,
    "SELECT participant_id, item, value FROM workshop_answer WHERE task_id = $1",
    [taskId],
  );
  const storedValues = new Map(stored.map((row) => [`${row.participant_id}/${row.item}`, row.value]));
  const lost = acknowledged.filter((w) => storedValues.get(`${w.participant.participantId}/${w.item}`) !== w.value);
  expect(lost, `acknowledged answers missing from the database (${lost.length} of ${acknowledged.length})`).toEqual([]);
  const respondents = new Set(stored.map((row) => row.participant_id)).size;
  test.info().annotations.push({
    type: "burst",
    description: `${writes.length} answers sent to A, ${acknowledged.length} acknowledged before and around the SIGKILL, ${failed.length} without an answer; ${stored.length} stored, from ${respondents} phones`,
  });
  expect(respondents).toBeGreaterThanOrEqual(new Set(acknowledged.map((w) => w.participant.participantId)).size);

  // --- B keeps serving: its readiness, a page, and a write --------------------------------------
  const ready = await fetch(`${b.url}/api/ready`);
  expect(ready.status).toBe(200);
  await facilitator.reload();
  await expect(facilitator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(task).toContainText(`${respondents} har svart`);
  await expect(direktemodus(facilitator).getByRole("status").filter({ hasText: "Direkteoppdatering: Tilkoblet" })).toBeVisible();
  await expectNoA11yViolations(facilitator);
  await markDocument(facilitator);

  const { context: phoneContext, page: phone } = await personOn(browser, b.url, PHONE);
  await joinAsGuest(phone, b.url, code, "Dagny på B", title);
  await answerStatement(phone, defaultEvaluationStatements[0]!, 4);
  await expectNoA11yViolations(phone);
  await expect(task).toContainText(`${respondents + 1} har svart`);
  await expectSameDocument(facilitator);
  const [dagny] = await queryTwinDatabase<{ value: string }>(
    db,
    "SELECT a.value FROM workshop_answer a JOIN workshop_participant p ON p.id = a.participant_id WHERE a.task_id = $1 AND p.display_name = $2 AND a.item = '0'",
    [taskId, "Dagny på B"],
  );
  expect(dagny?.value).toBe("4");

  await Promise.all([phoneContext, facilitatorContext].map((context) => context.close()));
});
