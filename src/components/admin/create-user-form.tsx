"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { ROLES } from "@/lib/roles";
import { createUserAction } from "@/server/actions/user-actions";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { Card } from "../ui/card";

export function CreateUserForm() {
  const t = useTranslations();
  const id = useId();
  const [state, formAction] = useActionState(createUserAction, INITIAL_ACTION_STATE);
  // After a success the form starts empty again; after a failure it keeps what was typed.
  const values = state.ok ? {} : state.values;
  return (
    <Card as="form" action={formAction} noValidate aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("admin.newPerson")}
      </h2>
      <FormMessage state={state} />
      {state.ok && state.data?.password ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 font-mono text-sm text-amber-950">
          {t("admin.generatedPassword", { password: state.data.password })}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${id}-name`}
          name="name"
          label={t("admin.name")}
          defaultValue={values.name}
          errors={state.fieldErrors.name}
          key={`n${values.name ?? ""}`}
          autoComplete="off"
        />
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          label={t("admin.email")}
          defaultValue={values.email}
          errors={state.fieldErrors.email}
          key={`e${values.email ?? ""}`}
          autoComplete="off"
        />
        <div>
          <label htmlFor={`${id}-role`} className="block text-sm font-medium text-slate-800">
            {t("admin.role")}
          </label>
          <select
            id={`${id}-role`}
            name="role"
            key={`r${values.role ?? ""}`}
            defaultValue={values.role ?? "MARKETING"}
            aria-invalid={state.fieldErrors.role ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          {state.fieldErrors.role ? (
            <p className="mt-1 text-sm text-red-700">{state.fieldErrors.role.join(" ")}</p>
          ) : null}
        </div>
        <TextField
          id={`${id}-password`}
          name="password"
          type="password"
          label={t("admin.password")}
          hint={t("admin.passwordHint")}
          errors={state.fieldErrors.password}
          autoComplete="new-password"
        />
      </div>
      <SubmitButton label={t("admin.create")} pendingLabel={t("admin.creating")} />
    </Card>
  );
}
