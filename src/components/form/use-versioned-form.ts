"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { dynamicKeys } from "@/i18n/translator";

/**
 * State for a create/edit form of a versioned record: the action's answer, props for each field
 * (label from `labels.<name>`, the typed value after a refusal, its errors, focus when it is the
 * field the user came to fill), the version to send (the saved one after a success), a key that
 * remounts the fields when either changes so that their defaults apply, and the field lookup the
 * error summary links with.
 */
export function useVersionedForm<T extends { version?: string | number } = Record<string, string>>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  initial: Record<string, string>,
  labels: string,
  focus?: string,
) {
  const t = dynamicKeys(useTranslations());
  const id = useId();
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const values = state.ok ? initial : { ...initial, ...state.values };
  const fieldId = (name: string) => `${id}-${name}`;
  const field = (name: string) => ({
    id: fieldId(name),
    name,
    label: t(`${labels}.${name}`),
    defaultValue: values[name] ?? "",
    errors: state.fieldErrors[name],
    ...(focus === name && !state.message ? { autoFocus: true } : {}),
  });
  const summaryField = (name: string) =>
    t.has(`${labels}.${name}`) ? { id: fieldId(name), label: t(`${labels}.${name}`) } : null;
  const saved = state.ok ? state.data?.version : undefined;
  const version = saved !== undefined ? String(saved) : (initial.version ?? "");
  const fieldsKey = `${version}|${state.ok ? "" : JSON.stringify(state.values)}`;
  return { id, state, formAction, values, field, fieldId, summaryField, version, fieldsKey };
}
