import { describe, expect, it } from "vitest";
import { contentViewFor, languageOrder, pickVersion, versionsOf, versionsShown } from "./bilingual";

describe("pickVersion", () => {
  it("gives a Welsh reader the Welsh version, marked Welsh", () => {
    expect(pickVersion({ en: "Phase two launch", cy: "Lansio'r ail gam" }, "cy")).toEqual({
      value: "Lansio'r ail gam",
      language: "cy",
      isFallback: false,
    });
  });

  it("gives an English reader the English version though a Welsh one exists", () => {
    expect(pickVersion({ en: "Phase two launch", cy: "Lansio'r ail gam" }, "en")).toEqual({
      value: "Phase two launch",
      language: "en",
      isFallback: false,
    });
  });

  it("falls back to English for a Welsh reader when no Welsh is written, and says so", () => {
    expect(pickVersion({ en: "Phase two launch", cy: "  " }, "cy")).toEqual({
      value: "Phase two launch",
      language: "en",
      isFallback: true,
    });
  });

  it("falls back to Welsh for an English reader when only Welsh is written", () => {
    expect(pickVersion({ en: "", cy: "Croeso" }, "en")).toEqual({ value: "Croeso", language: "cy", isFallback: true });
  });

  it("treats an empty list of aims as not written", () => {
    expect(pickVersion({ en: ["Start the project"], cy: [] }, "cy")).toEqual({
      value: ["Start the project"],
      language: "en",
      isFallback: true,
    });
  });

  it("gives the empty English version, marked English, when neither is written", () => {
    expect(pickVersion({ en: "", cy: "" }, "cy")).toEqual({ value: "", language: "en", isFallback: true });
  });
});

describe("languageOrder", () => {
  it("puts Welsh first for a host city in Wales and English first elsewhere", () => {
    expect(languageOrder("Wales")).toEqual(["cy", "en"]);
    expect(languageOrder("England")).toEqual(["en", "cy"]);
    expect(languageOrder(null)).toEqual(["en", "cy"]);
  });
});

describe("versionsShown", () => {
  const title = { en: "Phase two launch", cy: "Lansio'r ail gam" };

  it("shows both written versions side by side in the host's order", () => {
    expect(versionsShown(title, "both", ["cy", "en"])).toEqual([
      { value: "Lansio'r ail gam", language: "cy", isFallback: false },
      { value: "Phase two launch", language: "en", isFallback: false },
    ]);
  });

  it("shows a piece written only in English once in the both view", () => {
    expect(versionsShown({ en: "Lunch", cy: "" }, "both", ["cy", "en"])).toEqual([
      { value: "Lunch", language: "en", isFallback: false },
    ]);
  });

  it("shows the one language asked for", () => {
    expect(versionsShown(title, "cy", ["en", "cy"])).toEqual([
      { value: "Lansio'r ail gam", language: "cy", isFallback: false },
    ]);
  });
});

describe("contentViewFor", () => {
  it("follows ?content= when it names a view", () => {
    expect(contentViewFor("en", { language: "cy", bothByDefault: true })).toBe("en");
    expect(contentViewFor("both", { language: "en" })).toBe("both");
  });

  it("opens in both languages where both are the default, else in the reader's language", () => {
    expect(contentViewFor(null, { language: "en", bothByDefault: true })).toBe("both");
    expect(contentViewFor("klingon", { language: "cy" })).toBe("cy");
  });
});

describe("versionsOf", () => {
  it("pairs a field with its Welsh field", () => {
    expect(versionsOf({ title: "Lunch", titleCy: "Cinio" }, "title")).toEqual({ en: "Lunch", cy: "Cinio" });
    expect(versionsOf({ aims: ["Start"] }, "aims")).toEqual({ en: ["Start"], cy: [] });
  });
});
