/// <reference types="vite/client" />
// Every route module that has an action, and params that fit any of their URLs: for rules that
// must hold for every action (the origin check, bodies that are not forms).
import type { ActionFunctionArgs } from "@remix-run/node";

export type Action = (args: ActionFunctionArgs) => Promise<unknown>;

const routes = import.meta.glob<{ action?: Action }>("../../app/routes/*.{ts,tsx}", { eager: true });

/** [file name in app/routes, its action], for every route with an action. */
export const ROUTES_WITH_ACTIONS = Object.entries(routes).flatMap(([path, module]) =>
  module.action ? [[path.replace("../../app/routes/", ""), module.action] as const] : [],
);

const sources = import.meta.glob<string>("../../app/routes/*.{ts,tsx}", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** File names whose source declares an action: the glob above must have found each of them. */
export const ROUTE_FILES_DECLARING_ACTIONS = Object.entries(sources)
  .filter(([, source]) => /export (async function|const|function) action\b/.test(source))
  .map(([path]) => path.replace("../../app/routes/", ""))
  .sort();

const id = "0123456789abcdef01234567";
export const ANY_ROUTE_PARAMS = {
  conveningId: id,
  sessionId: id,
  actionId: id,
  personId: id,
  slug: "bristol",
  token: "a-token",
  service: "google",
};
