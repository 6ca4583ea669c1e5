import type { TextareaHTMLAttributes } from "react";

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
}

export function TextareaField({ id, name, label, hint, errors, className, rows = 3, ...area }: TextareaFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600"
        {...area}
      />
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
