// Remix's own request handler over the root and a few routes, so a test gets the whole HTML
// document a browser would (entry.server, root, the route's component), without a build.
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import * as rootModule from "../../app/root";
import remixConfig from "../../remix.config.js";

type RouteModule = ServerBuild["routes"][string]["module"];

const manifestEntry = (id: string, module: RouteModule, path: string, parentId?: string) => ({
  id,
  parentId,
  path,
  module: `/build/${id}.js`,
  hasLoader: typeof module.loader === "function",
  hasAction: typeof module.action === "function",
  hasClientLoader: false,
  hasClientAction: false,
  hasErrorBoundary: true,
  imports: [],
  css: [],
});

/** A handler for these routes under the root; import it once the test database is connected. */
export async function requestHandlerFor(
  // Any route module: one whose meta is typed by its loader (MetaFunction<typeof loader>) is one too.
  routes: Record<string, { path: string; module: object }>,
): Promise<(request: Request) => Promise<Response>> {
  const entry = await import("../../app/entry.server"); // it connects the database at import
  const build: ServerBuild = {
    mode: "production",
    entry: { module: entry },
    routes: {
      root: { id: "root", path: "", module: rootModule },
      ...Object.fromEntries(
        Object.entries(routes).map(([id, route]) => [
          id,
          { id, parentId: "root", path: route.path, module: route.module as RouteModule },
        ]),
      ),
    },
    assets: {
      entry: { module: "/build/entry.client.js", imports: [] },
      routes: {
        root: manifestEntry("root", rootModule, ""),
        ...Object.fromEntries(
          Object.entries(routes).map(([id, route]) => [
            id,
            manifestEntry(id, route.module as RouteModule, route.path, "root"),
          ]),
        ),
      },
      url: "/build/manifest.js",
      version: "test",
    },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: remixConfig.future as ServerBuild["future"], // the app's own flags, as the build has them
    isSpaMode: false,
  };
  return createRequestHandler(build, "production");
}
