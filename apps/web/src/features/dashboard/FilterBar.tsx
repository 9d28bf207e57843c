import { CommonComponentValues, LifeEventValues, ProjectPhaseValues, SectorValues, type ProgrammesQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { COMPONENT_NAMES } from '../../lib/names';
import type { FilterSearch } from '../../router/search';
import { useReplaceSearch } from '../../router/use-replace-search';
import { filterFromSearch, hasFilter, withoutFilters } from './filters';

type Programme = ProgrammesQuery['programmes'][number];

/** Project filters of the programme chosen in the header; every change rewrites the query string (shareable, back-button safe). */
export function FilterBar({ programme, withSearch = false }: { programme: Programme; withSearch?: boolean }) {
  const { t } = useI18n();
  const [search, replaceSearch] = useReplaceSearch<FilterSearch>();
  const select = (key: Exclude<keyof FilterSearch, 'q'>, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={search[key]?.[0] ?? ''}
        onChange={(e) => replaceSearch((previous) => ({ ...previous, [key]: e.target.value ? [e.target.value] : undefined }))}
      >
        <option value="">{t.filters.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const clear = () => replaceSearch(withoutFilters);
  const active = hasFilter(filterFromSearch(search));
  return (
    <form className="filters" role="search" aria-label={t.filters.title} onSubmit={(e) => e.preventDefault()}>
      {select(
        'track',
        t.filters.track,
        programme.tracks.map((track) => ({ value: track.id, label: track.name })),
      )}
      {select(
        'phase',
        t.filters.phase,
        ProjectPhaseValues.map((p) => ({ value: p, label: t.phases[p] })),
      )}
      {select(
        'sector',
        t.filters.sector,
        SectorValues.map((s) => ({ value: s, label: t.sectors[s] })),
      )}
      {select(
        'life',
        t.filters.lifeEvent,
        LifeEventValues.map((l) => ({ value: l, label: t.lifeEvents[l] })),
      )}
      {select(
        'component',
        t.filters.component,
        CommonComponentValues.map((c) => ({ value: c, label: COMPONENT_NAMES[c] })),
      )}
      {withSearch && (
        <div className="field">
          <label htmlFor="filter-q">{t.filters.search}</label>
          <input
            id="filter-q"
            type="search"
            defaultValue={search.q ?? ''}
            onChange={(e) => replaceSearch((previous) => ({ ...previous, q: e.target.value || undefined }))}
          />
        </div>
      )}
      {active && (
        <button type="button" className="link-button filters-clear" onClick={clear}>
          {t.filters.clear}
        </button>
      )}
    </form>
  );
}
