import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/auth/session";
import { watchSession } from "@/server/auth/watch-session";
import { boardChanges, type LiveEvent } from "@/server/live/board-changes";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events for open boards: "change" after every committed change to the list, naming the
 * initiatives it touched (`{"table":"Initiative","ids":["…"]}`, or `"ids":"*"` for any), "status"
 * (live / reconnecting) when this instance's LISTEN connection drops or comes back, "resync" after
 * such a gap (changes may have been missed), and a comment every 25 s to keep proxies from closing
 * the stream. The stream ends when the app shuts down, and when its session ends ("signed-out",
 * checked at least every 30 s). Signed-in readers only.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "board.view")) return new Response("Sign in to follow the board.", { status: 401 });
  const encoder = new TextEncoder();
  const live = boardChanges();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const onEvent = (event: LiveEvent) => {
        if (event.type === "change")
          send(`event: change\ndata: ${JSON.stringify({ table: event.table, ids: event.ids })}\n\n`);
        else if (event.type === "status") send(`event: status\ndata: ${event.status}\n\n`);
        else if (event.type === "resync") send("event: resync\ndata: {}\n\n");
        else close();
      };
      const unsubscribe = live.subscribe(onEvent);
      send(`retry: 1000\n: connected\n\nevent: status\ndata: ${live.status()}\n\n`);
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      const stopWatching = watchSession(user, () => {
        send("event: signed-out\ndata: {}\n\n");
        close();
      });
      cleanup = () => {
        clearInterval(heartbeat);
        stopWatching();
        unsubscribe();
      };
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
