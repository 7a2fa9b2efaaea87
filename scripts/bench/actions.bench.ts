// Follow-up actions at scale: the programme dashboard and a city plan page with 500 and then 5,000
// actions across 12 cities. Prints the median loader time (auth, queries and JSON, as the server
// answers a page) against a bare serialisation of the same data, and database queries per page.
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as planLoader } from "~/routes/cities.$slug.plan";
import { FRAMEWORK } from "~/domain/vocabulary/framework";
import { CITIES } from "~/seed/programme-data";
import { upsertCity } from "~models/city.server";
import { Convening } from "~models/convening.server";
import { FollowUpAction } from "~models/follow-up-action.server";
import { upsertFrameworkItem } from "~models/framework.server";
import { createAccount, requestAs } from "../../tests/factories/people";
import { countQueries, median, ratio } from "./measure";

const STATUSES = ["open", "open", "in-progress", "blocked", "done", "done", "dropped"] as const;
const RUNS = 5; // FerretDB on SQLite scans in process: a page at 5,000 actions takes seconds

function day(offset: number) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function addActions(count: number, cityIds: string[], ownerIds: string[], managerId: string, start: number) {
  const docs = Array.from({ length: count }, (_, index) => {
    const n = start + index;
    const at = new Date(Date.now() - (n % 200) * 86_400_000);
    const status = STATUSES[n % STATUSES.length];
    return {
      title: `Follow-up action ${n}: agree owners and resources`,
      description: "Raised at a City Working Group meeting.",
      ownerCityId: cityIds[n % cityIds.length],
      ownerPersonId: n % 3 === 0 ? null : ownerIds[n % ownerIds.length],
      dueOn: n % 10 === 0 ? null : day((n % 240) - 120),
      status,
      priority: (["low", "medium", "high"] as const)[n % 3],
      themes: [`T${(n % 5) + 1}`, ...(n % 4 === 0 ? [`T${((n + 2) % 5) + 1}`] : [])],
      principles: [`P${(n % 5) + 1}`],
      updates: [
        { authorId: managerId, authorName: "Programme Manager", at, text: "", statusFrom: null, statusTo: "open" },
        {
          authorId: managerId,
          authorName: "Programme Manager",
          at: new Date(at.getTime() + 86_400_000),
          text: "Progress noted.",
          statusFrom: status === "open" ? null : "open",
          statusTo: status === "open" ? null : status,
        },
      ],
      lastProgressAt: at,
      createdById: managerId,
      createdAt: at,
      updatedAt: at,
    };
  });
  for (let offset = 0; offset < docs.length; offset += 1000) {
    await FollowUpAction.insertMany(docs.slice(offset, offset + 1000));
  }
}

async function measurePage(name: string, call: () => Promise<Response>) {
  let body = "";
  const queries = await countQueries(async () => {
    body = await (await call()).text();
  });
  const loaderMs = await median(RUNS, async () => (await call()).text());
  const data = JSON.parse(body) as unknown;
  const bareMs = await median(RUNS, async () => JSON.stringify(data));
  return { name, queries, loaderMs, bareMs, bytes: body.length };
}

export async function run() {
  for (const item of FRAMEWORK) await upsertFrameworkItem(item);
  const cityIds: string[] = [];
  for (const city of CITIES) cityIds.push(await upsertCity(city));
  const manager = await createAccount({ role: "manager", email: "bench-manager@example.org" });
  const ownerIds: string[] = [];
  for (const [index, cityId] of cityIds.entries()) {
    ownerIds.push((await createAccount({ role: "city-rep", cityId, email: `bench-rep-${index}@example.org` })).id);
  }
  await Convening.create({
    kind: "working-group-meeting",
    title: "Bench convening",
    phase: 2,
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date(Date.now() - 90 * 86_400_000),
    endsAt: new Date(Date.now() - 89 * 86_400_000),
    status: "completed",
    shareToken: "bench-share-token",
  });
  const dashboard = async () =>
    (await dashboardLoader({
      request: await requestAs(manager.id, "/dashboard"),
      params: {},
      context: {},
    })) as Response;
  const plan = async () =>
    (await planLoader({
      request: await requestAs(manager.id, "/cities/bristol/plan"),
      params: { slug: "bristol" },
      context: {},
    })) as Response;

  const results: Record<number, Array<Awaited<ReturnType<typeof measurePage>>>> = {};
  let inserted = 0;
  for (const total of [500, 5000]) {
    let started = performance.now();
    await addActions(total - inserted, cityIds, ownerIds, manager.id, inserted);
    console.log(`  (inserted ${total - inserted} actions in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    inserted = total;
    started = performance.now();
    results[total] = [await measurePage("dashboard", dashboard), await measurePage("city plan (Bristol)", plan)];
    console.log(
      `  (measured both pages at ${total} actions in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  for (const [index, name] of ["dashboard", "city plan (Bristol)"].entries()) {
    const small = results[500][index];
    const large = results[5000][index];
    console.log(`${name}:`);
    console.log(
      `  queries per page: ${small.queries} at 500 actions, ${large.queries} at 5,000 (${small.queries === large.queries ? "equal: bounded" : "NOT EQUAL"})`,
    );
    console.log(
      `  median loader vs bare JSON.stringify of its data: ${ratio(small.loaderMs, small.bareMs)} at 500, ${ratio(large.loaderMs, large.bareMs)} at 5,000`,
    );
    console.log(
      `  median loader, 5,000 vs 500 actions: ${ratio(large.loaderMs, small.loaderMs)} (payload ${ratio(large.bytes, small.bytes)}; actions ${ratio(5000, 500)})`,
    );
    console.log(
      `  (absolute: ${small.loaderMs.toFixed(1)} ms → ${large.loaderMs.toFixed(1)} ms; ${(small.bytes / 1024).toFixed(0)} KiB → ${(large.bytes / 1024).toFixed(0)} KiB)`,
    );
  }
}
