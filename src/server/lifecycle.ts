import "server-only";
import { boardChanges } from "./live/board-changes";
import { logger } from "./log";

// What the Next.js server process does when it is told to stop (SIGTERM from `npm start`, a process
// manager or an orchestrator; SIGINT from Ctrl-C). Next itself stops accepting connections and waits
// for in-flight requests; open board event streams would keep it waiting forever, so they are ended
// here, and the LISTEN connection closed. The database pool's sockets close with the process.

const globalForLifecycle = globalThis as unknown as { leversLifecycleInstalled?: boolean };

export function installShutdownHandlers(): void {
  if (globalForLifecycle.leversLifecycleInstalled) return;
  globalForLifecycle.leversLifecycleInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    logger().info(
      { signal, openStreams: boardChanges().listenerCount() },
      "shutting down: ending event streams, finishing requests in flight",
    );
    void boardChanges().shutdown();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  process.once("exit", (code) => logger().info({ code }, "stopped"));
  logger().info("server process ready for requests");
}
