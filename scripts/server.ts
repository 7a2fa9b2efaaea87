// The app server: remix-serve's behaviour (compression, immutable build assets, an hour's cache for
// public files, request log), plus one thing remix-serve cannot do. Remix refuses a form post whose
// Origin is not the Host with an empty 500 before any app code runs; here that Origin is set aside
// under ORIGIN_SET_ASIDE_HEADER so the action's own origin check answers 403 with the page's
// message (docs/decisions/013-own-server-for-the-cross-site-answer.md).
import fs from "node:fs";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { setAsideForeignOrigin } from "../app/utils/foreign-origin";

process.env.NODE_ENV = process.env.NODE_ENV ?? "production";
process.setSourceMapsEnabled(true);

const development = process.env.NODE_ENV === "development";
const buildPath = path.resolve(process.argv[2] ?? "build/index.js");
const versionPath = path.resolve(buildPath, "..", "version.txt");

async function importBuild(): Promise<ServerBuild> {
  // A query string busts Node's import cache when the dev build changes.
  const stamp = fs.statSync(buildPath).mtimeMs;
  return (await import(`${url.pathToFileURL(buildPath).href}?t=${stamp}`)) as ServerBuild;
}

let build = await importBuild();
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const mode = process.env.NODE_ENV;
let handleRemixRequest = createRequestHandler({ build, mode });

if (development) {
  // `remix dev` rewrites version.txt after each rebuild and waits to hear the new build is served.
  const reload = async () => {
    build = await importBuild();
    handleRemixRequest = createRequestHandler({ build, mode });
    await broadcastDevReady(build);
  };
  fs.watch(path.dirname(versionPath), (_event, file) => {
    if (file === path.basename(versionPath)) reload().catch((error: unknown) => console.error(error));
  });
}

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.use(morgan("tiny"));
app.use((req, _res, next) => {
  setAsideForeignOrigin(req.method, req.headers);
  next();
});
app.all("*", (req, res, next) => {
  handleRemixRequest(req, res, next).catch(next);
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;
const onListen = () => {
  console.log(`[server] http://${host ?? "localhost"}:${port}`);
  if (development) void broadcastDevReady(build);
};
const server = host ? app.listen(port, host, onListen) : app.listen(port, onListen);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
