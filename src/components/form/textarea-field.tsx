import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
}

export function TextareaField({ id, label, hint, errors, className, rows = 3, ...area }: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600"
        {...area}
      />
    </FieldShell>
  );
}
