import { useEffect, useState } from 'react';
import { da as t } from '../../i18n/da';
import { formatMoney } from '../../lib/format';
import { ProjectTable } from './ProjectTable';
import { PROGRAMMES_QUERY, PROJECTS_QUERY, type ProgrammesData, type ProjectsData } from './queries';
import { useQuery } from './use-query';

const PHASES = ['PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED'];

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function PortfolioPage() {
  const programmes = useQuery<ProgrammesData>(PROGRAMMES_QUERY, undefined);
  const [programmeId, setProgrammeId] = useState<string>('');
  const [search, setSearch] = useState('');
  const [phase, setPhase] = useState('');
  const debouncedSearch = useDebounced(search, 250);

  const list = programmes.status === 'ok' ? programmes.data.programmes : [];
  const selected = list.find((p) => p.id === programmeId) ?? list[0];
  const filter = { ...(debouncedSearch ? { search: debouncedSearch } : {}), ...(phase ? { phases: [phase] } : {}) };
  const projects = useQuery<ProjectsData>(PROJECTS_QUERY, selected ? { programmeId: selected.id, filter } : undefined, Boolean(selected));

  if (programmes.status === 'loading') return <p role="status">{t.loading}</p>;
  if (programmes.status === 'error') return <p role="alert">{`${t.error}: ${programmes.message}`}</p>;
  if (!selected) return <p>{t.empty}</p>;

  return (
    <>
      <section aria-labelledby="programme-heading" className="summary">
        <div className="field">
          <label htmlFor="programme">{t.programme}</label>
          <select id="programme" value={selected.id} onChange={(e) => setProgrammeId(e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <h2 id="programme-heading">{selected.name}</h2>
        <dl className="figures">
          <div>
            <dt>{t.envelope}</dt>
            <dd>{formatMoney(selected.fundingEnvelope, selected.currency)}</dd>
          </div>
          <div>
            <dt>{t.budget}</dt>
            <dd>{formatMoney(selected.totalBudget, selected.currency)}</dd>
          </div>
          <div>
            <dt>{t.projects}</dt>
            <dd>{projects.status === 'ok' ? projects.data.projects.totalCount : '…'}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t.projects}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="search">{t.search}</label>
            <input id="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="phase">{t.phase}</label>
            <select id="phase" value={phase} onChange={(e) => setPhase(e.target.value)}>
              <option value="">{t.allPhases}</option>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {t.phases[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {projects.status === 'loading' && <p role="status">{t.loading}</p>}
        {projects.status === 'error' && <p role="alert">{`${t.error}: ${projects.message}`}</p>}
        {projects.status === 'ok' && (
          <>
            <p role="status" className="count">
              {t.shownOf(projects.data.projects.edges.length, projects.data.projects.totalCount)}
            </p>
            <ProjectTable rows={projects.data.projects.edges.map((e) => e.node)} currency={selected.currency} t={t} />
          </>
        )}
      </section>
    </>
  );
}
