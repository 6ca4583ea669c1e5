"use client";

import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { ConfirmSubmit } from "../form/confirm-submit";
import { FormMessage } from "../form/form-message";
import { TextareaField } from "../form/textarea-field";

interface Props {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields (initiative id, version, side…). */
  hidden: Record<string, string | number>;
  /** The text field's name and label (a reason, an outcome note). */
  name: string;
  label: string;
  hint?: string;
  button: string;
  pendingLabel: string;
  question: string;
  danger?: boolean;
}

/** A decision that needs a text (why, or what came out of it), confirmed in a dialog; the text is kept after a refusal. */
export function ReasonForm({ action, hidden, name, label, hint, button, pendingLabel, question, danger }: Props) {
  const id = useId();
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormMessage state={state} field={(field) => (field === name ? { id: `${id}-${name}`, label } : null)} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextareaField
        key={`${name}${state.values[name] ?? ""}`}
        id={`${id}-${name}`}
        name={name}
        label={label}
        hint={hint}
        defaultValue={state.ok ? "" : state.values[name]}
        errors={state.fieldErrors[name]}
      />
      <ConfirmSubmit danger={danger} label={button} pendingLabel={pendingLabel} question={question} />
    </form>
  );
}

/** A ReasonForm folded behind its own summary line (withdraw, reopen, drop): open only when wanted. */
export function DisclosedReasonForm(props: Props) {
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className={`cursor-pointer text-sm font-medium ${props.danger ? "text-red-800" : ""}`}>
        {props.button}
      </summary>
      <div className="mt-2">
        <ReasonForm {...props} />
      </div>
    </details>
  );
}
