// The production build's Remix request handler (build/index.js), driven with Requests as
// remix-serve would pass them, and a copy of it whose loaders answer recorded data, to time
// React's render of a page without its database reads.
import fs from "node:fs";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";

export const APP_ORIGIN = "http://planner.test";

export type Answer = { status: number; body: string; headers: Headers };
export type Handle = (request: Request) => Promise<Response>;

export type AppClient = {
  get: (pathname: string, options?: { cookie?: string; headers?: Record<string, string> }) => Promise<Answer>;
  post: (pathname: string, form: Record<string, string>, options: { cookie: string }) => Promise<Answer>;
};

export async function loadBuild(): Promise<ServerBuild> {
  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("no production build: run `npm run build` first");
  return (await import(buildPath)) as ServerBuild;
}

/** Reads the whole body, so streamed rendering counts in the time. */
async function answer(response: Response): Promise<Answer> {
  return { status: response.status, body: await response.text(), headers: response.headers };
}

export function appClient(handle: Handle): AppClient {
  return {
    get: async (pathname, { cookie, headers = {} } = {}) =>
      answer(
        await handle(
          new Request(`${APP_ORIGIN}${pathname}`, { headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } }),
        ),
      ),
    post: async (pathname, form, { cookie }) =>
      answer(
        await handle(
          new Request(`${APP_ORIGIN}${pathname}`, {
            method: "POST",
            body: new URLSearchParams(form),
            headers: { Cookie: cookie, Origin: APP_ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
          }),
        ),
      ),
  };
}

export function requestHandler(build: ServerBuild): Handle {
  const handler = createRequestHandler(build, "production");
  return (request) => handler(request);
}

type Recorded = { status: number; headers: Array<[string, string]>; body: string };
type Loader = (args: unknown) => Promise<unknown>;

function withLoaders(build: ServerBuild, wrap: (routeId: string, loader: Loader) => Loader): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([routeId, route]) => {
      const loader = route.module.loader as Loader | undefined;
      const module = { ...route.module, loader: loader ? wrap(routeId, loader) : undefined };
      return [routeId, { ...route, module }];
    }),
  );
  return { ...build, routes } as ServerBuild;
}

/**
 * A handler whose loaders answer what the real ones answered for one request (recorded by
 * calling `record` once): the same page, rendered by React, with no database reads.
 */
export async function renderOnlyHandler(build: ServerBuild, record: (handle: Handle) => Promise<unknown>) {
  const recorded = new Map<string, Recorded>();
  const recording = withLoaders(build, (routeId, loader) => async (args) => {
    const result = await loader(args);
    if (!(result instanceof Response))
      throw new Error(`the loader of ${routeId} answered something other than a Response`);
    recorded.set(routeId, { status: result.status, headers: [...result.headers], body: await result.clone().text() });
    return result;
  });
  await record(requestHandler(recording));
  const replaying = withLoaders(build, (routeId) => () => {
    const data = recorded.get(routeId);
    if (!data) throw new Error(`nothing recorded for ${routeId}`);
    return Promise.resolve(new Response(data.body, { status: data.status, headers: data.headers }));
  });
  return requestHandler(replaying);
}
