// What each part of the bench gets for one size of the programme, and how a part measures a
// request: its status checked, its database queries counted once, then its median time.
import type { ServerBuild } from "@remix-run/node";
import type { Answer, AppClient } from "./app";
import type { Figure, PartResult, Target } from "./figures";
import type { Fixtures } from "./fixtures";
import { countQueries, sampleMedian, type Sampling } from "./measure";

export type BenchContext = {
  /** 1 or 10: the programme's size, in demos. */
  scale: number;
  build: ServerBuild;
  app: AppClient;
  fixtures: Fixtures;
  /** The embedded FerretDB's process, whose memory counts as the app's; undefined with MONGODB_URI. */
  databasePid: number | undefined;
  /** The scale's database, for a server process of its own (the memory part). */
  databaseUri: string;
};

export type BenchPart = (context: BenchContext) => Promise<PartResult>;

export function expectStatus(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}, expected ${status}`);
  return answer;
}

/**
 * One figure for a request that must answer `status`: a first request warms it, a second counts
 * its queries and warms it again, then the median of timed runs.
 */
export async function requestFigure(
  name: string,
  target: Target,
  call: () => Promise<Answer>,
  options: Sampling & { status?: number } = {},
): Promise<Figure> {
  const { status = 200, ...sampling } = options;
  const checked = async () => expectStatus(await call(), status, name);
  await options.before?.();
  await checked();
  await options.before?.();
  const queries = await countQueries(checked);
  const ms = await sampleMedian(checked, { warmups: 0, ...sampling });
  return { name, ms, queries, target };
}
