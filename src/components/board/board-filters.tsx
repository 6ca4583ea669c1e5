import { getTranslations } from "@/i18n/server";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { HEALTHS, INITIATIVE_STATUSES, LEVERS } from "@/lib/initiative-enums";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import type { Person } from "@/server/queries/people";

/** The board's filters, kept in the URL: lever, status (live ones by default), health, owner, title text. */
export async function BoardFilters({ filter, people }: { filter: BoardFilter; people: Person[] }) {
  const t = await getTranslations();
  return (
    <FilterBar
      action="/board"
      label={t("filters.label")}
      submitLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
    >
      <FilterSelect
        id="filter-lever"
        name="lever"
        label={t("filters.lever")}
        value={filter.lever}
        anyLabel={t("filters.any")}
        options={LEVERS.map((lever) => ({ value: lever, label: t(`levers.${lever}`) }))}
      />
      <FilterSelect
        id="filter-status"
        name="status"
        label={t("filters.status")}
        value={filter.status}
        anyLabel={t("filters.live")}
        options={INITIATIVE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <FilterSelect
        id="filter-health"
        name="health"
        label={t("filters.health")}
        value={filter.health}
        anyLabel={t("filters.any")}
        options={HEALTHS.map((health) => ({ value: health, label: t(`health.${health}`) }))}
      />
      <FilterSelect
        id="filter-owner"
        name="owner"
        label={t("filters.owner")}
        value={filter.owner}
        anyLabel={t("filters.any")}
        options={people.map((person) => ({ value: person.id, label: person.name }))}
      />
      <FilterInput id="filter-q" type="search" name="q" label={t("filters.text")} value={filter.q} />
    </FilterBar>
  );
}
