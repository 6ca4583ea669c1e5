"use client";

import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";

export interface TriageField {
  name: string;
  label: string;
  type?: "text" | "number" | "date" | "select";
  hint?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  /** Narrow inputs (a score, a weight) sit side by side. */
  narrow?: boolean;
  /** Where an error named `alias` (e.g. "weights") should link to. */
  aliases?: string[];
}

interface Props {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  hidden?: Record<string, string>;
  fields: TriageField[];
  submit: string;
  pending: string;
  /** An accessible name for the form. */
  label: string;
  variant?: "primary" | "secondary" | "danger";
}

/**
 * The triage's forms: labelled fields with per-field errors, the typed values kept after a refusal,
 * and the answer (linked error summary, or confirmation) focused after each submit.
 */
export function TriageForm({ action, hidden = {}, fields, submit, pending, label, variant }: Props) {
  const id = useId();
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const fieldId = (name: string) => `${id}-${name}`;
  const target = (name: string) => {
    const field = fields.find((f) => f.name === name || f.aliases?.includes(name));
    return field ? { id: fieldId(field.name), label: field.label } : null;
  };
  const stamp = JSON.stringify(state.values);
  return (
    <form action={formAction} noValidate aria-label={label} className="space-y-2">
      <FormMessage state={state} field={target} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-wrap items-start gap-3">
        {fields.map((field) => {
          const errors = [
            ...(state.fieldErrors[field.name] ?? []),
            ...(field.aliases ?? []).flatMap((alias) => state.fieldErrors[alias] ?? []),
          ];
          const value =
            state.ok || state.values[field.name] === undefined ? (field.defaultValue ?? "") : state.values[field.name];
          const describedBy =
            [field.hint ? `${fieldId(field.name)}-hint` : null, errors.length ? `${fieldId(field.name)}-error` : null]
              .filter(Boolean)
              .join(" ") || undefined;
          const common = {
            id: fieldId(field.name),
            name: field.name,
            defaultValue: value,
            "aria-invalid": errors.length ? true : undefined,
            "aria-describedby": describedBy,
            className:
              "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600",
          };
          return (
            <div key={`${field.name}-${stamp}`} className={field.narrow ? "w-32" : "min-w-48 flex-1"}>
              <label htmlFor={fieldId(field.name)} className="block text-sm font-medium text-slate-800">
                {field.label}
              </label>
              {field.type === "select" ? (
                <select {...common}>
                  {field.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...common}
                  type={field.type === "number" ? "text" : (field.type ?? "text")}
                  inputMode={field.type === "number" ? "decimal" : undefined}
                />
              )}
              {field.hint ? (
                <p id={`${fieldId(field.name)}-hint`} className="mt-1 text-xs text-slate-600">
                  {field.hint}
                </p>
              ) : null}
              {errors.length ? (
                <p id={`${fieldId(field.name)}-error`} className="mt-1 text-sm text-red-700">
                  {errors.join(" ")}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <SubmitButton label={submit} pendingLabel={pending} variant={variant} />
    </form>
  );
}
