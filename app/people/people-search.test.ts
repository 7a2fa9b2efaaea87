import { describe, expect, it } from "vitest";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { createTranslator } from "~/i18n/translator";
import { peopleQueryString, readPeopleQuery, showingLabel } from "./people-search";

describe("the people directory's URL", () => {
  it("reads the search, the filters and the page", () => {
    const query = readPeopleQuery(
      new URLSearchParams("q=+ann+&city=abc&role=city-rep&programmeRole=speaker&state=invited&page=3"),
    );
    expect(query).toEqual({
      q: "ann",
      cityId: "abc",
      role: "city-rep",
      programmeRole: "speaker",
      state: "invited",
      page: 3,
    });
  });

  it("ignores values that name nothing and pages that are not whole numbers", () => {
    expect(readPeopleQuery(new URLSearchParams("role=king&state=zombie&page=-2"))).toEqual({
      q: "",
      cityId: "",
      role: "",
      programmeRole: "",
      state: "",
      page: 1,
    });
    expect(readPeopleQuery(new URLSearchParams("page=1.5")).page).toBe(1);
  });

  it("writes the same filters for another page", () => {
    const query = readPeopleQuery(new URLSearchParams("q=ann&state=guest"));
    expect(peopleQueryString(query, 2)).toBe("?q=ann&state=guest&page=2");
    expect(peopleQueryString(query, 1)).toBe("?q=ann&state=guest");
    expect(peopleQueryString(readPeopleQuery(new URLSearchParams()), 1)).toBe("");
  });

  it("says which rows are shown", () => {
    const t = createTranslator("en", english);
    expect(showingLabel(t, 2, 50, 312)).toBe("Showing 51–100 of 312");
    expect(showingLabel(t, 7, 12, 312)).toBe("Showing 301–312 of 312");
    expect(showingLabel(t, 1, 0, 0)).toBe("No one matches");
  });

  it("says which rows are shown in Welsh", () => {
    const t = createTranslator("cy", welsh);
    expect(showingLabel(t, 2, 50, 312)).toBe("Yn dangos 51–100 o 312");
    expect(showingLabel(t, 1, 0, 0)).toBe("Does neb yn cyfateb");
  });
});
