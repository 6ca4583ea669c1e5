import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "defaultValue"> {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** A first, empty choice such as "Choose…". */
  placeholder?: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
}

export function SelectField({ id, label, options, placeholder, hint, errors, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-600"
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
