import "server-only";
import { serverEnv } from "../env";
import { liveSessionUser } from "./server-sessions";

/**
 * For long-lived responses (the live board's event stream): re-checks the session every
 * LEVERS_STREAM_SESSION_CHECK_SECONDS (default and at most 30 s) and calls `onEnded` once when it
 * has ended (sign-out, revocation, deactivation, 12 hours, idle). Returns the stop function.
 */
export function watchSession(user: { id: string; sessionId: string }, onEnded: () => void): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    void liveSessionUser(user.id, user.sessionId, new Date(), { touch: false }).then(
      (current) => {
        if (!current && !stopped) {
          stop();
          onEnded();
        }
      },
      () => undefined, // a failed check (database briefly away) is retried at the next tick
    );
  }, serverEnv().LEVERS_STREAM_SESSION_CHECK_SECONDS * 1000);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  return stop;
}
