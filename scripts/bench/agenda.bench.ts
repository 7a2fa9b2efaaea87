// The demo meeting's page (/convenings/:id) through the real request handler, as a guest reads
// its agenda and as the manager reads the convening page; and the guest page's parts: the
// database reads its loaders make, and React's render of the same data with no reads at all.
import { conveningCalendarLinks } from "~/calendar/feeds.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getCityById } from "~models/city.server";
import { getWhoIsComing } from "~models/convening-attendance.server";
import { getConvening } from "~models/convening.server";
import { appClient, renderOnlyHandler } from "./app";
import type { BenchPart } from "./context";
import { expectStatus, requestFigure } from "./context";
import { GUEST_COOKIE } from "./fixtures";
import { milliseconds, sampleMedian } from "./measure";

/** The agenda page's server time may be at most this many times its reads plus its render. */
const PARTS_TARGET = 3;

export const run: BenchPart = async ({ app, build, fixtures, scale }) => {
  const path = `/convenings/${fixtures.conveningId}`;
  const guest = () => app.get(path, { cookie: GUEST_COOKIE });
  const agendaPage = await requestFigure("agenda page (guest)", { kind: "scale" }, guest);
  const conveningPage = await requestFigure("convening page (manager)", { kind: "scale" }, () =>
    app.get(path, { cookie: fixtures.manager.cookie }),
  );

  // The reads the guest page's loaders make, as they make them: the convening, then the rest at
  // once; each is timed on its own too, to show where the time goes.
  const { conveningId } = fixtures;
  const hostCityId = (await getConvening(conveningId))?.hostCityId ?? null;
  const eachRead: Array<[string, () => Promise<unknown>]> = [
    ["convening", () => getConvening(conveningId)],
    ["agenda copy", () => listAgendaSessions(conveningId)],
    ["who is coming", () => getWhoIsComing(conveningId, { withNames: false })],
    ["host city", () => (hostCityId ? getCityById(hostCityId) : Promise.resolve(null))],
    ["calendar links", () => conveningCalendarLinks(conveningId)],
  ];
  const readsMs = await sampleMedian(async () => {
    await eachRead[0][1]();
    await Promise.all(eachRead.slice(1).map(([, read]) => read()));
  });
  const readParts: string[] = [];
  for (const [name, read] of eachRead) readParts.push(`${name} ${milliseconds(await sampleMedian(read))}`);
  const renderOnly = appClient(
    await renderOnlyHandler(build, async (handle) =>
      expectStatus(await appClient(handle).get(path, { cookie: GUEST_COOKIE }), 200, "agenda page"),
    ),
  );
  const renderMs = await sampleMedian(async () =>
    expectStatus(await renderOnly.get(path, { cookie: GUEST_COOKIE }), 200, "agenda page (render only)"),
  );
  const times = agendaPage.ms / (readsMs + renderMs);
  return {
    figures: [agendaPage, conveningPage],
    checks: [
      {
        scale,
        name: "agenda page (guest) parts",
        measured: `server ${milliseconds(agendaPage.ms)} = ${times.toFixed(2)}× (database reads ${milliseconds(readsMs)} + React render of the same data ${milliseconds(renderMs)})`,
        target: `≤ ${PARTS_TARGET}×`,
        isMet: times <= PARTS_TARGET,
      },
      {
        scale,
        name: "agenda page (guest) reads, each alone",
        measured: readParts.join(", "),
        target: null,
        isMet: true,
      },
    ],
  };
};
