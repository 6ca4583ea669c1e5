"use client";

import { useTranslations } from "@/i18n/client";
import { useId, useState, type FormEvent } from "react";

/** "Go to position N": scrolls the virtualised list there (the rows are read as they come into view). */
export function JumpToPosition({ total, onJump }: { total: number; onJump: (position: number) => void }) {
  const t = useTranslations("board");
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const position = Number(value);
    if (!Number.isInteger(position) || position < 1 || position > total) {
      setError(t("jumpInvalid", { total }));
      return;
    }
    setError(null);
    onJump(position);
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mb-3 flex flex-wrap items-end gap-2 text-sm"
      aria-label={t("jumpLabel")}
    >
      <div>
        <label htmlFor={`${id}-n`} className="block font-medium text-slate-800">
          {t("jumpLabel")}
        </label>
        <input
          id={`${id}-n`}
          type="number"
          inputMode="numeric"
          min={1}
          max={total}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1.5"
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
      >
        {t("jumpGo")}
      </button>
      {error ? (
        <p id={`${id}-e`} role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
