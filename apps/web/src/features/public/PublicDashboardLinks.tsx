import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';
import { usePublicJson } from './open-data';

/** The sign-in page's links to every programme's public dashboard. */
export function PublicDashboardLinks() {
  const { t } = useI18n();
  const state = usePublicJson<{ programmes: { id: string; name: string }[] }>('/exports/open-data/programmes.json');
  if (state.status !== 'ok' || state.data.programmes.length === 0) return null;
  return (
    <nav className="card" aria-labelledby="public-links-title">
      <h2 id="public-links-title">{t.publicDashboard.linksTitle}</h2>
      <ul className="plain-list">
        {state.data.programmes.map((p) => (
          <li key={p.id}>
            <Link to="/offentlig/$programmeId" params={{ programmeId: p.id }}>
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
