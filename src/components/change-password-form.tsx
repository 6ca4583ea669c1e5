"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "@/i18n/client";
import { useActionState, useEffect, useId } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { changeOwnPasswordAction } from "@/server/actions/user-actions";
import { FormMessage } from "./form/form-message";
import { SubmitButton } from "./form/submit-button";
import { TextField } from "./form/text-field";
import { Card } from "./ui/card";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const id = useId();
  const [state, formAction] = useActionState(changeOwnPasswordAction, INITIAL_ACTION_STATE);
  useEffect(() => {
    // The change ended every session, this one included: sign in again with the new password.
    if (state.ok) {
      const timer = setTimeout(() => void signOut({ callbackUrl: "/login" }), 2500);
      return () => clearTimeout(timer);
    }
  }, [state.ok]);
  return (
    <Card as="form" padding="lg" action={formAction} noValidate className="max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        id={`${id}-current`}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        errors={state.fieldErrors.currentPassword}
      />
      <TextField
        id={`${id}-new`}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        errors={state.fieldErrors.newPassword}
      />
      <TextField
        id={`${id}-confirm`}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        errors={state.fieldErrors.confirmPassword}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
    </Card>
  );
}
