import { describe, expect, it } from "vitest";
import { STATE_SEAT } from "~/server/domain/access/seats";
import { renderText } from "~/lib/i18n/text";
import { allowedActions, refusalFor as refusalText, type ActorPosition, type PlanAction, type PlanStatus } from "./lifecycle";

/** The refusal as a bokmål reader sees it. */
const refusalFor = (action: PlanAction, p: ActorPosition) => renderText(refusalText(action, p), "nb");

const editor = (status: PlanStatus, more: Partial<ActorPosition> = {}): ActorPosition => ({
  status,
  isLatest: true,
  isEditor: true,
  isContributor: true,
  openSeats: [],
  isOwner: false,
  ...more,
});
const owner = (status: PlanStatus, openSeats: string[] = [STATE_SEAT], more: Partial<ActorPosition> = {}): ActorPosition => ({
  status,
  isLatest: true,
  isEditor: false,
  isContributor: false,
  openSeats,
  isOwner: true,
  ...more,
});
const reader = (status: PlanStatus): ActorPosition => ({ status, isLatest: true, isEditor: false, isContributor: false, openSeats: [], isOwner: false });
const actions = (p: ActorPosition) => [...allowedActions(p)].sort();

const allActions: PlanAction[] = ["edit", "contribute", "send", "withdraw", "approve", "return", "publish", "new_version", "comment", "follow_up"];
const statuses: PlanStatus[] = ["utkast", "til_godkjenning", "godkjent", "publisert"];

describe("allowedActions", () => {
  it("lets the office edit and send a draft, and nobody else", () => {
    expect(actions(editor("utkast"))).toEqual(["contribute", "edit", "follow_up", "send"]);
    expect(actions(reader("utkast"))).toEqual([]);
    expect(actions({ ...reader("utkast"), isContributor: true })).toEqual(["contribute", "follow_up"]);
    expect(actions(owner("utkast", []))).toEqual([]);
    expect(actions(reader("utkast"))).toEqual([]);
  });

  it("lets owners with an open seat approve or return a plan sent for approval", () => {
    expect(actions(owner("til_godkjenning"))).toEqual(["approve", "comment", "return"]);
  });

  it("lets an owner whose seats have all decided only comment", () => {
    expect(actions(owner("til_godkjenning", []))).toEqual(["comment"]);
  });

  it("lets the office withdraw and comment, but not edit, while it is out for approval", () => {
    expect(actions(editor("til_godkjenning"))).toEqual(["comment", "follow_up", "withdraw"]);
  });

  it("lets the office publish an approved plan or start a new version", () => {
    expect(actions(editor("godkjent"))).toEqual(["follow_up", "new_version", "publish"]);
    expect(actions(editor("publisert"))).toEqual(["follow_up", "new_version"]);
    expect(actions(owner("godkjent", []))).toEqual([]);
    expect(actions(owner("publisert", []))).toEqual([]);
  });

  it("allows nothing on an older version, for anyone", () => {
    for (const status of statuses) {
      expect(actions(editor(status, { isLatest: false }))).toEqual([]);
      expect(actions(owner(status, [STATE_SEAT], { isLatest: false }))).toEqual([]);
    }
  });
});

describe("refusalFor", () => {
  it("names an older version first, whatever the action", () => {
    for (const action of allActions) {
      expect(refusalFor(action, editor("utkast", { isLatest: false }))).toBe(
        "Dette er en eldre versjon av planen. Bare den nyeste versjonen kan endres.",
      );
    }
  });

  it("explains why the plan cannot be edited", () => {
    expect(refusalFor("edit", reader("utkast"))).toBe("Bare Nav-lederen og eierne kan endre planen.");
    expect(refusalFor("edit", editor("til_godkjenning"))).toBe(
      "Planen er sendt til godkjenning. Trekk den tilbake for å endre den.",
    );
    expect(refusalFor("edit", editor("godkjent"))).toBe("Planen er godkjent. Start en ny versjon for å endre den.");
  });

  it("explains sending", () => {
    expect(refusalFor("send", editor("godkjent"))).toBe("Planen er godkjent og kan ikke sendes til godkjenning nå.");
    expect(refusalFor("send", owner("utkast", []))).toBe(
      "Bare Nav-lederen og eierne kan sende planen til godkjenning.",
    );
  });

  it("explains approving and returning", () => {
    expect(refusalFor("approve", owner("utkast"))).toBe("Planen er ikke til godkjenning.");
    expect(refusalFor("return", owner("til_godkjenning", []))).toBe("Du har allerede godkjent denne versjonen.");
    expect(refusalFor("approve", editor("til_godkjenning"))).toBe(
      "Bare eierne – kommunen og Nav fylke – kan godkjenne planen.",
    );
  });

  it("explains publishing", () => {
    expect(refusalFor("publish", editor("til_godkjenning"))).toBe(
      "Planen må være godkjent av alle eierne før den kan publiseres.",
    );
    expect(refusalFor("publish", editor("publisert"))).toBe("Planen er allerede publisert.");
    expect(refusalFor("publish", owner("godkjent", []))).toBe("Bare Nav-lederen og eierne kan publisere planen.");
  });

  it("explains starting a new version", () => {
    expect(refusalFor("new_version", editor("utkast"))).toBe(
      "En ny versjon kan bare startes fra en godkjent eller publisert plan.",
    );
    expect(refusalFor("new_version", owner("publisert", []))).toBe(
      "Bare Nav-lederen og eierne kan starte en ny versjon av planen.",
    );
  });

  it("gives a Norwegian sentence for every action the person may not take", () => {
    const people = statuses.flatMap((s) => [editor(s), owner(s), owner(s, []), reader(s)]);
    for (const p of people) {
      const allowed = allowedActions(p);
      for (const action of allActions.filter((a) => !allowed.has(a))) expect(refusalFor(action, p)).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
  });
});
