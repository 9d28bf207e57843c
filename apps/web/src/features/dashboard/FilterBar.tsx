import { CommonComponentValues, LifeEventValues, ProjectPhaseValues, SectorValues, type ProgrammesQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { setParams, useLocation } from '../../lib/router';
import { COMPONENT_NAMES } from '../../lib/names';
import { FILTER_PARAMS } from './filters';

type Programme = ProgrammesQuery['programmes'][number];

/** Project filters of the programme chosen in the header; every change rewrites the query string (shareable, back-button safe). */
export function FilterBar({ programme, withSearch = false }: { programme: Programme; withSearch?: boolean }) {
  const { t } = useI18n();
  const { params } = useLocation();
  const select = (key: string, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={params.get(key) ?? ''} onChange={(e) => setParams({ [key]: e.target.value || null })}>
        <option value="">{t.filters.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const clear = () => setParams(Object.fromEntries(Object.values(FILTER_PARAMS).map((key) => [key, null])));
  const active = Object.values(FILTER_PARAMS).some((key) => params.get(key));
  return (
    <form className="filters" role="search" aria-label={t.filters.title} onSubmit={(e) => e.preventDefault()}>
      {select(
        FILTER_PARAMS.track,
        t.filters.track,
        programme.tracks.map((track) => ({ value: track.id, label: track.name })),
      )}
      {select(
        FILTER_PARAMS.phase,
        t.filters.phase,
        ProjectPhaseValues.map((p) => ({ value: p, label: t.phases[p] })),
      )}
      {select(
        FILTER_PARAMS.sector,
        t.filters.sector,
        SectorValues.map((s) => ({ value: s, label: t.sectors[s] })),
      )}
      {select(
        FILTER_PARAMS.lifeEvent,
        t.filters.lifeEvent,
        LifeEventValues.map((l) => ({ value: l, label: t.lifeEvents[l] })),
      )}
      {select(
        FILTER_PARAMS.component,
        t.filters.component,
        CommonComponentValues.map((c) => ({ value: c, label: COMPONENT_NAMES[c] })),
      )}
      {withSearch && (
        <div className="field">
          <label htmlFor="filter-q">{t.filters.search}</label>
          <input
            id="filter-q"
            type="search"
            defaultValue={params.get(FILTER_PARAMS.search) ?? ''}
            onChange={(e) => setParams({ [FILTER_PARAMS.search]: e.target.value || null })}
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
