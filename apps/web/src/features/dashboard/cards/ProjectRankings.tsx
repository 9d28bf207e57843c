import type { FiguresRowFragment } from './fragment-types';
import { RagBadge } from '../../../components/Rag';
import { useI18n } from '../../../i18n';
import { Link } from '@tanstack/react-router';

function Ranking({
  title,
  projects,
  figure,
}: {
  title: string;
  projects: FiguresRowFragment[];
  figure: (p: FiguresRowFragment) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="ranking">
      <h3>{title}</h3>
      <ol>
        {projects.map((p) => (
          <li key={p.projectId}>
            <Link to="/projects/$projectId" params={{ projectId: p.projectId }}>
              {p.code} {p.title}
            </Link>{' '}
            <span className="figure">{figure(p)}</span> <RagBadge rag={p.benefitRag} label={t.lights.benefit} />
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ProjectRankings({
  summary,
  currency,
}: {
  summary: {
    bestByNpv: FiguresRowFragment[];
    worstByNpv: FiguresRowFragment[];
    bestByRealisation: FiguresRowFragment[];
    worstByRealisation: FiguresRowFragment[];
  };
  currency: string;
}) {
  const { t, format } = useI18n();
  const npv = (p: FiguresRowFragment) => format.money(p.npv, currency);
  const realisation = (p: FiguresRowFragment) => format.rate(p.realisationRate);
  return (
    <section className="card" aria-labelledby="rankings-title">
      <div className="card-head">
        <h2 id="rankings-title">{t.dashboard.bestWorst}</h2>
      </div>
      <div className="rankings">
        <Ranking title={t.dashboard.bestByNpv} projects={summary.bestByNpv} figure={npv} />
        <Ranking title={t.dashboard.worstByNpv} projects={summary.worstByNpv} figure={npv} />
        <Ranking title={t.dashboard.bestByRealisation} projects={summary.bestByRealisation} figure={realisation} />
        <Ranking title={t.dashboard.worstByRealisation} projects={summary.worstByRealisation} figure={realisation} />
      </div>
    </section>
  );
}
