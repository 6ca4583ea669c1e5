"use client";

import { useFormatter, useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { endSessionAction, signOutMyDevicesAction } from "@/server/actions/user-actions";
import type { SessionRow } from "@/server/queries/sessions";
import { FormMessage } from "./form/form-message";
import { SubmitButton } from "./form/submit-button";
import { Card } from "./ui/card";

/** One browser's row: where and when, and a button that ends it. */
function SessionItem({ session }: { session: SessionRow }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const [state, action] = useActionState(endSessionAction, INITIAL_ACTION_STATE);
  const router = useRouter();
  const current = session.current;
  useEffect(() => {
    // Ending this browser's own session signs it out.
    if (state.ok && current) router.replace("/login");
  }, [state.ok, current, router]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="text-sm">
        <p className="font-medium text-slate-900">
          {session.userAgent ?? t("unknownBrowser")}
          {session.current ? (
            <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{t("thisBrowser")}</span>
          ) : null}
        </p>
        <p className="text-slate-600">
          {t("sessionDetails", {
            method: session.method,
            signedIn: when(session.createdAt),
            lastSeen: when(session.lastSeenAt),
            ends: when(session.expiresAt),
          })}
        </p>
        <FormMessage state={state} />
      </div>
      <form action={action}>
        <input type="hidden" name="sessionId" value={session.id} />
        <SubmitButton
          label={session.current ? t("signOutHere") : t("endSession")}
          pendingLabel={t("pending")}
          variant="secondary"
        />
      </form>
    </li>
  );
}

/** The user's live sessions (/account), each with "End", and "Sign out everywhere". */
export function AccountSessions({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(signOutMyDevicesAction, INITIAL_ACTION_STATE);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.replace("/login");
  }, [state.ok, router]);
  return (
    <Card as="section" padding="lg" aria-labelledby="sessions-title" className="mt-8 max-w-2xl">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t("sessionsTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("sessionsIntro")}</p>
      <ul className="divide-y divide-slate-100">
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} />
        ))}
      </ul>
      <form action={action} className="mt-3 space-y-2">
        <FormMessage state={state} />
        <SubmitButton label={t("signOutEverywhere")} pendingLabel={t("pending")} variant="danger" />
      </form>
    </Card>
  );
}
