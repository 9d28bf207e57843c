import { useI18n } from '../../i18n';
import { setParams } from '../../lib/router';
import { FILTER_PARAMS } from './filters';
import type { useProgrammes } from './use-programme';

/**
 * The programme every page is about, in the header; the choice lives in the URL (?programme=), so a
 * link says which programme it shows. A user with one programme just sees its name.
 */
export function ProgrammePicker({ programmes, programme }: Pick<ReturnType<typeof useProgrammes>, 'programmes' | 'programme'>) {
  const { t } = useI18n();
  if (!programme) return null;
  if (programmes.length === 1) return <span className="programme-name">{programme.name}</span>;
  return (
    <div className="programme-picker">
      <label htmlFor="header-programme">{t.filters.programme}</label>
      <select
        id="header-programme"
        value={programme.id}
        // Filters belong to one programme (its tracks): a new programme starts unfiltered.
        onChange={(e) =>
          setParams({ programme: e.target.value, ...Object.fromEntries(Object.values(FILTER_PARAMS).map((key) => [key, null])) })
        }
      >
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
