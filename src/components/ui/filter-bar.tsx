import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "./card";

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * A list's filters: a plain GET form to `action` (kept in the URL: shareable, back-button friendly,
 * works without JavaScript), a search landmark named `label`, its fields in a grid, then the submit
 * button and a link back to `action` with no filter.
 */
export function FilterBar({
  action,
  label,
  submitLabel,
  clearLabel,
  children,
}: {
  action: string;
  label: string;
  submitLabel: string;
  clearLabel: string;
  children: ReactNode;
}) {
  return (
    <Card
      as="form"
      padding="sm"
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
    >
      {children}
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-900"
        >
          {submitLabel}
        </button>
        <Link
          href={action}
          className="rounded-md px-2 py-1.5 text-sm text-brand-700 underline-offset-2 hover:underline"
        >
          {clearLabel}
        </Link>
      </div>
    </Card>
  );
}

interface FieldProps {
  /** The control's id (its label points to it). */
  id: string;
  /** The query parameter. */
  name: string;
  label: string;
  /** The value in the URL now (none: empty). */
  value: string | undefined;
}

/** A filter chosen from a list; the first choice (`anyLabel`, the empty value) leaves it off. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
}: FieldProps & { anyLabel: string; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="text-sm text-slate-700">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter typed in: a text to search for, or a date. */
export function FilterInput({ id, name, label, value, type }: FieldProps & { type: "search" | "date" }) {
  return (
    <div className="text-sm text-slate-700">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} name={name} defaultValue={value ?? ""} className={FIELD} />
    </div>
  );
}

/** A filter that is on or off: sends `name=1` when ticked. */
export function FilterCheckbox({ id, name, label, value }: FieldProps) {
  return (
    <div className="flex items-center gap-2 self-end pb-1.5 text-sm">
      <input id={id} type="checkbox" name={name} value="1" defaultChecked={value === "1"} className="h-4 w-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
