import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { HEALTHS, INITIATIVE_STATUSES, LEVERS } from "@/lib/initiative-enums";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import type { Person } from "@/server/queries/people";

/** Filters kept in the URL (a plain GET form: shareable, back-button friendly, works without JS). */
export async function BoardFilters({ filter, people }: { filter: BoardFilter; people: Person[] }) {
  const t = await getTranslations();
  const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form
      method="get"
      action="/board"
      role="search"
      aria-label={t("filters.label")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-3 lg:grid-cols-6"
    >
      <div className="text-sm text-slate-700">
        <label htmlFor="filter-lever">{t("filters.lever")}</label>
        <select id="filter-lever" name="lever" defaultValue={filter.lever ?? ""} className={select}>
          <option value="">{t("filters.any")}</option>
          {LEVERS.map((lever) => (
            <option key={lever} value={lever}>
              {t(`levers.${lever}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm text-slate-700">
        <label htmlFor="filter-status">{t("filters.status")}</label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">{t("filters.live")}</option>
          {INITIATIVE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm text-slate-700">
        <label htmlFor="filter-health">{t("filters.health")}</label>
        <select id="filter-health" name="health" defaultValue={filter.health ?? ""} className={select}>
          <option value="">{t("filters.any")}</option>
          {HEALTHS.map((health) => (
            <option key={health} value={health}>
              {t(`health.${health}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm text-slate-700">
        <label htmlFor="filter-owner">{t("filters.owner")}</label>
        <select id="filter-owner" name="owner" defaultValue={filter.owner ?? ""} className={select}>
          <option value="">{t("filters.any")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm text-slate-700">
        <label htmlFor="filter-q">{t("filters.text")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={filter.q ?? ""} className={select} />
      </div>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-900"
        >
          {t("filters.apply")}
        </button>
        <Link
          href="/board"
          className="rounded-md px-2 py-1.5 text-sm text-brand-700 underline-offset-2 hover:underline"
        >
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
