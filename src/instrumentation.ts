import type { Instrumentation } from "next";

// Next.js calls register() once when a server process starts, and onRequestError() for every error
// thrown while rendering a page, running a server action or a route handler.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installShutdownHandlers } = await import("./server/lifecycle");
  installShutdownHandlers();
}

/** One JSON log line per failed request, with the digest the user sees on the error page. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./server/log");
  const { isDatabaseUnavailable } = await import("./server/db-errors");
  const header = request.headers["x-request-id"];
  const unavailable = isDatabaseUnavailable(error);
  logger()[unavailable ? "warn" : "error"](
    {
      requestId: Array.isArray(header) ? header[0] : header,
      digest: (error as { digest?: string }).digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    unavailable ? "request failed: database busy or unreachable" : "request failed",
  );
};
