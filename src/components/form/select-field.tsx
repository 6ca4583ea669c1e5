import type { SelectHTMLAttributes } from "react";

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

export function SelectField({ id, name, label, options, placeholder, hint, errors, className, ...select }: SelectFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
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
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
