import { describe, expect, it } from "vitest";
import { explainError as explainWith, type StatusHandlers } from "./error-boundary";
import { english } from "~/i18n/catalogues/english";
import { createTranslator } from "~/i18n/translator";

const explainError = (status: number, statusText: string, data: unknown, handlers: StatusHandlers = {}) =>
  explainWith(status, statusText, data, handlers, createTranslator("en", english));

const START = { to: "/", label: "Go to the start page" };

describe("the words of the error page", () => {
  it("uses a route's own words for its status, with its own way on", () => {
    const own = {
      title: "Convening not found",
      body: "There is no convening at this address.",
      link: { to: "/convenings", label: "See the convenings" },
    };
    expect(explainError(404, "Not Found", "Convening not found", { 404: own })).toEqual(own);
  });

  it("otherwise shows the refusal's own short message under the general title", () => {
    expect(
      explainError(403, "Forbidden", "You can only act for your own city.", { 404: { title: "x", body: "y" } }),
    ).toEqual({
      title: "You do not have access to this",
      body: "You can only act for your own city.",
      link: START,
    });
  });

  it("falls back to the general explanation for a long or missing message", () => {
    expect(explainError(404, "Not Found", "x".repeat(300))).toEqual({
      title: "Page not found",
      body: "There is nothing at this address. It may have moved or been removed.",
      link: START,
    });
    expect(explainError(418, "I'm a teapot", null)).toEqual({
      title: "I'm a teapot",
      body: "The request could not be completed.",
      link: START,
    });
  });
});
