"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import type { Role } from "@/generated/prisma/enums";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { ROLES } from "@/lib/roles";
import {
  changeUserRoleAction,
  resetUserPasswordAction,
  setUserActiveAction,
  signOutEverywhereAction,
} from "@/server/actions/user-actions";
import { ConfirmSubmit } from "../form/confirm-submit";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";

interface Props {
  user: { id: string; name: string; role: Role; active: boolean };
}

/** Role change, deactivation, password reset and sign-out-everywhere for one account. */
export function UserRowActions({ user }: Props) {
  const t = useTranslations();
  const id = useId();
  const [roleState, roleAction] = useActionState(changeUserRoleAction, INITIAL_ACTION_STATE);
  const [activeState, activeAction] = useActionState(setUserActiveAction, INITIAL_ACTION_STATE);
  const [resetState, resetAction] = useActionState(resetUserPasswordAction, INITIAL_ACTION_STATE);
  const [signOutState, signOutAction] = useActionState(signOutEverywhereAction, INITIAL_ACTION_STATE);
  const latest: ActionState[] = [roleState, activeState, resetState, signOutState].filter((s) => s.message);
  return (
    <div className="space-y-2" role="group" aria-label={t("admin.rowActionsFor", { name: user.name })}>
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex flex-wrap items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`${id}-role`} className="sr-only">
            {t("admin.changeRoleFor", { name: user.name })}
          </label>
          <select
            id={`${id}-role`}
            name="role"
            defaultValue={user.role}
            key={user.role}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <SubmitButton label={t("admin.save")} pendingLabel={t("admin.saving")} variant="secondary" />
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          {user.active ? (
            <ConfirmSubmit
              danger
              label={t("admin.deactivate")}
              pendingLabel={t("admin.saving")}
              question={t("admin.confirmDeactivate", { name: user.name })}
            />
          ) : (
            <SubmitButton label={t("admin.reactivate")} pendingLabel={t("admin.saving")} variant="secondary" />
          )}
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="password" value="" />
          <ConfirmSubmit
            label={t("admin.resetPassword")}
            pendingLabel={t("admin.saving")}
            question={t("admin.confirmReset", { name: user.name })}
          />
        </form>
        <form action={signOutAction}>
          <input type="hidden" name="userId" value={user.id} />
          <ConfirmSubmit
            label={t("admin.signOutEverywhere")}
            pendingLabel={t("admin.saving")}
            question={t("admin.confirmSignOut", { name: user.name })}
          />
        </form>
      </div>
      {latest.map((state, index) => (
        <FormMessage key={index} state={state} />
      ))}
      {resetState.ok && resetState.data?.password ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 font-mono text-sm text-amber-950">
          {t("admin.generatedPassword", { password: resetState.data.password })}
        </p>
      ) : null}
    </div>
  );
}
