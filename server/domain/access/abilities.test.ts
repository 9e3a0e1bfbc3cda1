import { describe, expect, it } from "vitest";
import { abilitiesIn, abilitySentence } from "./abilities";
import { permissionSet } from "./permissions";

describe("what a role may do, in words", () => {
  it("tells the avdelingsleder what they may add to the plan, and that the rest is for reading", () => {
    expect(abilitySentence(permissionSet(["avdelingsleder"]), "virksomhetsplan")).toBe(
      "Med din rolle kan du legge til og endre aktiviteter og indikatorer i et utkast, og registrere status og målinger. Resten kan du lese.",
    );
    expect(abilitySentence(permissionSet(["avdelingsleder"]), "arshjul")).toBe("Med din rolle kan du lese her, men ikke endre.");
    expect(abilitySentence(permissionSet(["avdelingsleder"]), "moter")).toBe("Med din rolle kan du lese her, men ikke endre.");
  });

  it("tells an owner about approving and signing, and the delegate not about signing", () => {
    expect(abilitySentence(permissionSet(["kommunal_eier"]), "lederavtale")).toBe(
      "Med din rolle kan du utarbeide og endre lederavtalen før den signeres og signere lederavtalen når du er part i den.",
    );
    expect(abilitiesIn(permissionSet(["kommunal_delegat"]), ["lederavtale"])).toEqual(["utarbeide og endre lederavtalen før den signeres"]);
    expect(abilitiesIn(permissionSet(["fylkesdirektor"]), ["moter"])).toContain("godkjenne referatet fra møter du var til stede på");
    expect(abilitiesIn(permissionSet(["nav_leder"]), ["moter"])).not.toContain("godkjenne referatet fra møter du var til stede på");
  });

  it("says it in nynorsk", () => {
    expect(abilitySentence(permissionSet(["avdelingsleder"]), "arshjul", "nn")).toBe("Med rolla di kan du lese her, men ikkje endre.");
    expect(abilitiesIn(permissionSet(["nav_leder"]), ["arshjul"], "nn")).toEqual(["leggje til, endre og fjerne hendingar i årshjulet"]);
  });
});
