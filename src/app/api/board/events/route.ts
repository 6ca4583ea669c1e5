import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/auth/session";
import { watchSession } from "@/server/auth/watch-session";
import { boardChanges } from "@/server/live/board-changes";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events for open boards: a "change" event after every committed change to the list,
 * a comment every 25 s to keep proxies from closing the stream. Signed-in readers only; the stream
 * closes when its session ends (checked at least every 30 s).
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "board.view")) return new Response("Sign in to follow the board.", { status: 401 });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send("retry: 3000\n: connected\n\n");
      const unsubscribe = boardChanges().subscribe((table) => send(`event: change\ndata: ${JSON.stringify({ table })}\n\n`));
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      const stopWatching = watchSession(user, () => {
        send("event: signed-out\ndata: {}\n\n");
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      cleanup = () => {
        clearInterval(heartbeat);
        stopWatching();
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
