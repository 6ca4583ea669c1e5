// The JavaScript a route makes the browser download on its first load, read from a production build's
// manifests (no browser, no timing: bytes are deterministic). A route loads the framework's root files
// (build-manifest.json's rootMainFiles: the floor every page of the build shares) plus the chunks of its
// layouts and page (the route's client reference manifest, entryJSFiles of its page). Sizes are gzip, as
// a browser receives them; `npm run bench -- --only=pages` measures the same in Chromium.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export interface RouteJs {
  /** The route as the app names it, e.g. "/dashboard" or "/initiatives/[id]". */
  route: string;
  /** gzip bytes above the floor that every visitor loads: the app's own JavaScript and what it pulls in. */
  aboveFloor: number;
  /**
   * gzip bytes of the route's dynamically imported chunks (next/dynamic; react-loadable-manifest.json),
   * not counted in `aboveFloor`: loaded only by those who need them (the board's drag and drop).
   */
  dynamic: number;
}

export interface FirstLoadJs {
  /** gzip bytes of the root files every page loads. */
  floor: number;
  routes: RouteJs[];
}

/** The build folder: LEVERS_DIST_DIR as next.config.ts reads it, else .next. */
export function distDir(root: string): string {
  return path.join(root, process.env.LEVERS_DIST_DIR ?? ".next");
}

/**
 * First-load JavaScript of `routes` (app-router paths such as "/dashboard"; the (app) route group is
 * found on its own) in the build at `dist`.
 */
export function firstLoadJs(dist: string, routes: string[]): FirstLoadJs {
  const sizes = new Map<string, number>();
  const gzip = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dist, file))).length);
    return sizes.get(file)!;
  };
  const build = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const root = new Set(build.rootMainFiles);
  const floor = [...root].reduce((sum, file) => sum + gzip(file), 0);
  return {
    floor,
    routes: routes.map((route) => {
      const group = ["(app)", ""].find((g) =>
        existsSync(path.join(dist, "server", "app", g, route, "page_client-reference-manifest.js")),
      );
      if (group === undefined) throw new Error(`no client reference manifest for ${route} in ${dist}`);
      const page = path.posix.join("/", group, route, "page");
      // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page]; run it in a sandbox of its own.
      const sandbox = { globalThis: {} as Record<string, unknown>, self: {} };
      sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
      runInNewContext(
        readFileSync(path.join(dist, "server", "app", group, route, "page_client-reference-manifest.js"), "utf8"),
        sandbox,
      );
      const manifest = (
        sandbox.globalThis.__RSC_MANIFEST as Record<string, { entryJSFiles: Record<string, string[]> }>
      )[page];
      const files = manifest?.entryJSFiles[`[project]/src/app${page}`];
      if (!files) throw new Error(`no entry files for ${page} in ${dist}`);
      const own = [...new Set(files)].filter((file) => !root.has(file));
      const loadable = path.join(dist, "server", "app", group, route, "page", "react-loadable-manifest.json");
      const lazy = existsSync(loadable)
        ? [
            ...new Set(
              Object.values(JSON.parse(readFileSync(loadable, "utf8")) as Record<string, { files: string[] }>).flatMap(
                (entry) => entry.files,
              ),
            ),
          ].filter((file) => file.endsWith(".js") && !root.has(file) && !own.includes(file))
        : [];
      return {
        route,
        aboveFloor: own.reduce((sum, file) => sum + gzip(file), 0),
        dynamic: lazy.reduce((sum, file) => sum + gzip(file), 0),
      };
    }),
  };
}
