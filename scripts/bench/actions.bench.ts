// Follow-up actions through the real request handler: the programme dashboard as the manager
// sees it and Bristol's action plan as the Bristol rep sees it (5,000 actions at 10×).
import type { BenchPart } from "./context";
import { requestFigure } from "./context";

export const run: BenchPart = async ({ app, fixtures }) => ({
  figures: [
    await requestFigure("dashboard (manager)", { kind: "scale" }, () =>
      app.get("/dashboard", { cookie: fixtures.manager.cookie }),
    ),
    await requestFigure("city plan (Bristol rep)", { kind: "scale" }, () =>
      app.get(`/cities/${fixtures.rep.citySlug}/plan`, { cookie: fixtures.rep.cookie }),
    ),
  ],
  checks: [],
});
