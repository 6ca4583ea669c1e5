import "server-only";
import { db } from "../db";

/** Password checks allowed for one account (email) within LOCKOUT_WINDOW_MS before it is locked. */
export const MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

// Any constant ("lvsign" in hex): the first key of the per-email advisory lock.
const THROTTLE_LOCK_SPACE = 0x6c76;

/**
 * Reserves one password check for `email` (lower-cased), or answers null when the email is locked:
 * MAX_FAILURES checks that failed or are still running within the window. The count and the
 * reservation happen under a per-email advisory lock in one transaction, so N simultaneous guesses
 * count N and at most MAX_FAILURES of them are ever checked. Every caller that checks a password
 * (sign-in, the current password on /account) goes through here with the account's email.
 */
export async function reservePasswordCheck(email: string, now = new Date()): Promise<bigint | null> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${THROTTLE_LOCK_SPACE}::int, hashtext(${email}))`;
    // Rows older than the window no longer count: drop them on the way.
    await tx.signInAttempt.deleteMany({
      where: { email, attemptedAt: { lte: new Date(since.getTime() - LOCKOUT_WINDOW_MS) } },
    });
    // No upper bound: a call that waited for the lock counts the attempts reserved meanwhile by calls
    // that started after it (their timestamps are later than this call's `now`).
    const counted = await tx.signInAttempt.count({
      where: { email, attemptedAt: { gt: since }, OR: [{ succeeded: null }, { succeeded: false }] },
    });
    if (counted >= MAX_FAILURES) return null;
    const attempt = await tx.signInAttempt.create({ data: { email, attemptedAt: now }, select: { id: true } });
    return attempt.id;
  });
}

/** Records the outcome of a reserved check: a success no longer counts against the email. */
export async function settlePasswordCheck(attemptId: bigint, succeeded: boolean): Promise<void> {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded } });
}
