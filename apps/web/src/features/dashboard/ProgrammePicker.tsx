import { useI18n } from '../../i18n';
import { useReplaceSearch } from '../../router/use-replace-search';
import type { AppSearch, FilterSearch } from '../../router/search';
import { withoutFilters } from './filters';
import type { useProgrammes } from './use-programme';

/**
 * The programme every page is about, in the header; the choice lives in the URL (?programme=), so a
 * link says which programme it shows. A user with one programme just sees its name.
 */
export function ProgrammePicker({ programmes, programme }: Pick<ReturnType<typeof useProgrammes>, 'programmes' | 'programme'>) {
  const { t } = useI18n();
  const [, replaceSearch] = useReplaceSearch<AppSearch & FilterSearch>();
  if (!programme) return null;
  if (programmes.length === 1) return <span className="programme-name">{programme.name}</span>;
  const active = programmes.filter((p) => !p.archivedAt);
  const archived = programmes.filter((p) => p.archivedAt);
  const option = (p: (typeof programmes)[number]) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  );
  return (
    <div className="programme-picker">
      <label htmlFor="header-programme">{t.filters.programme}</label>
      <select
        id="header-programme"
        value={programme.id}
        // Filters belong to one programme (its tracks): a new programme starts unfiltered.
        onChange={(e) => replaceSearch((previous) => ({ ...withoutFilters(previous), programme: e.target.value }))}
      >
        {active.map(option)}
        {archived.length > 0 && <optgroup label={t.filters.archivedProgrammes}>{archived.map(option)}</optgroup>}
      </select>
    </div>
  );
}
