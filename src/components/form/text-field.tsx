import type { InputHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "defaultValue"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
}

/** A labelled input with its hint and per-field errors. */
export function TextField({ id, label, hint, errors, className, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600"
        {...input}
      />
    </FieldShell>
  );
}
