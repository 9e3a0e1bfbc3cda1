import { describe, expect, it } from "vitest";
import { catalogues } from "~/messages/catalogues";
import { areaKey, conditionKeys, levels, modelAreas } from "./model";
import { areaScores } from "~/db/schema/enums";

describe("the mulighetsrom model's words", () => {
  for (const locale of ["nb", "nn"] as const) {
    const words = catalogues[locale].mulighetsrom;

    it(`names and describes all 20 areas in ${locale}`, () => {
      expect(modelAreas).toHaveLength(20);
      expect(Object.keys(words.areas).sort()).toEqual(modelAreas.map((a) => areaKey(a.no)).sort());
      for (const area of modelAreas) {
        expect(words.areas[areaKey(area.no)].name.trim()).not.toBe("");
        expect(words.areas[areaKey(area.no)].summary.trim()).not.toBe("");
      }
    });

    it(`names and describes every level, condition and score in ${locale}`, () => {
      for (const level of levels) {
        expect(words.levels[level].label.trim()).not.toBe("");
        expect(words.levels[level].description.trim()).not.toBe("");
      }
      for (const key of conditionKeys) expect(words.conditions[key].trim()).not.toBe("");
      for (const score of areaScores) expect(words.score[score].trim()).not.toBe("");
    });
  }

  it("writes the nynorsk names as nynorsk, not as copies of bokmål", () => {
    const nb = catalogues.nb.mulighetsrom;
    const nn = catalogues.nn.mulighetsrom;
    expect(nn.areas["2"].name).toBe("God og synleg leiing");
    expect(nn.areas["15"].name).toBe("Tillit til Nav-leiar");
    expect(levels.map((level) => nn.levels[level].label)).toEqual(["Eigarnivå", "Kontornivå", "Tenestenivå"]);
    // Every summary is a sentence of its own in nynorsk.
    for (const area of modelAreas) expect(nn.areas[areaKey(area.no)].summary).not.toBe(nb.areas[areaKey(area.no)].summary);
    expect(nn.title).toBe("Moglegheitsrom");
  });
});
