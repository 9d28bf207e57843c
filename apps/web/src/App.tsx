import { lazy, Suspense, useEffect, useRef } from 'react';
import { type Language, LANGUAGES, useI18n } from './i18n';
import { Link, setLeaveQuestion, useLocation } from './lib/router';
import { can, roleIn, useSession } from './lib/session';
import { request } from './lib/graphql';
import { SetMyLanguageDocument } from './generated/graphql';
import { signOut, SignInPage } from './features/auth/SignInPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ProgrammePicker } from './features/dashboard/ProgrammePicker';
import { useProgrammes } from './features/dashboard/use-programme';
import { NotificationBell } from './features/governance/NotificationBell';

// The dashboard is the landing page and ships in the first bundle; everything else loads on demand.
const ProjectListPage = lazy(() => import('./features/projects/ProjectListPage').then((m) => ({ default: m.ProjectListPage })));
const ProjectPage = lazy(() => import('./features/projects/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const ProjectNewPage = lazy(() => import('./features/office/ProjectNewPage').then((m) => ({ default: m.ProjectNewPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ImportPage = lazy(() => import('./features/imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const RiskListPage = lazy(() => import('./features/governance/RiskListPage').then((m) => ({ default: m.RiskListPage })));
const OutboxPage = lazy(() => import('./features/governance/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const PublicDashboardPage = lazy(() => import('./features/public/PublicDashboardPage').then((m) => ({ default: m.PublicDashboardPage })));
const LifeEventsPage = lazy(() => import('./features/realisation/LifeEventsPage').then((m) => ({ default: m.LifeEventsPage })));
const ProgrammesAdminPage = lazy(() => import('./features/admin/ProgrammesAdminPage').then((m) => ({ default: m.ProgrammesAdminPage })));
const OrganisationsPage = lazy(() => import('./features/admin/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const ProjectEditPage = lazy(() => import('./features/office/ProjectEditPage').then((m) => ({ default: m.ProjectEditPage })));

function Route({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  if (pathname === '/') return <DashboardPage />;
  if (pathname === '/projects') return <ProjectListPage />;
  if (pathname === '/projects/new') return <ProjectNewPage />;
  if (pathname === '/audit') return <AuditPage />;
  if (pathname === '/users') return <UsersPage />;
  if (pathname === '/import') return <ImportPage />;
  if (pathname === '/risks') return <RiskListPage />;
  if (pathname === '/outbox') return <OutboxPage />;
  if (pathname === '/life-events') return <LifeEventsPage />;
  if (pathname === '/admin/programmes') return <ProgrammesAdminPage />;
  if (pathname === '/organisations') return <OrganisationsPage />;
  const edit = /^\/projects\/([0-9a-f-]{36})\/edit$/.exec(pathname);
  if (edit) return <ProjectEditPage key={edit[1]} id={edit[1]!} />;
  const project = /^\/projects\/([0-9a-f-]{36})$/.exec(pathname);
  if (project) return <ProjectPage key={project[1]} id={project[1]!} />;
  return (
    <>
      <h1>{t.common.notFound}</h1>
      <Link to="/">{t.common.backToDashboard}</Link>
    </>
  );
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const { pathname, params } = useLocation();
  const main = useRef<HTMLElement>(null);
  const programme = params.get('programme');
  // The programme the header is about (chosen in the URL, else the first): roles are per programme.
  const programmes = useProgrammes(Boolean(session));
  const current = programmes.programme?.id;
  // The public dashboard needs no sign-in (and shows the same to everyone).
  const publicProgramme = /^\/offentlig\/([0-9a-f-]{36})$/.exec(pathname)?.[1];
  const withProgramme = (path: string) => (programme ? `${path}?programme=${programme}` : path);
  useEffect(() => setLeaveQuestion(t.common.unsavedConfirm), [t]);
  // Move focus to the new page's content so screen-reader users hear the page change.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  const here = (path: string) => (pathname === path ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to={withProgramme('/')} className="app-name">
            {t.appName}
          </Link>
          <span className="tagline">{t.tagline}</span>
        </div>
        {session && (
          <nav aria-label={t.nav.main}>
            <ul>
              <li>
                <Link to={withProgramme('/')} aria-current={here('/')}>
                  {t.nav.dashboard}
                </Link>
              </li>
              <li>
                <Link to={withProgramme('/projects')} aria-current={here('/projects')}>
                  {t.nav.projects}
                </Link>
              </li>
              <li>
                <Link to={withProgramme('/life-events')} aria-current={here('/life-events')}>
                  {t.realisation.lifeEventsNav}
                </Link>
              </li>
              {can.createProjects(session, current) && (
                <li>
                  <Link to={withProgramme('/projects/new')} aria-current={here('/projects/new')}>
                    {t.nav.newProject}
                  </Link>
                </li>
              )}
              {can.createProjects(session, current) && (
                <li>
                  <Link to={withProgramme('/import')} aria-current={here('/import')}>
                    {t.imports.nav}
                  </Link>
                </li>
              )}
              {can.readAudit(session, current) && (
                <li>
                  <Link to={withProgramme('/audit')} aria-current={here('/audit')}>
                    {t.nav.audit}
                  </Link>
                </li>
              )}
              {can.manageUsers(session, current) && (
                <li>
                  <Link to={withProgramme('/users')} aria-current={here('/users')}>
                    {t.users.nav}
                  </Link>
                </li>
              )}
              {can.administerProgrammes(session) && (
                <li>
                  <Link to={withProgramme('/admin/programmes')} aria-current={here('/admin/programmes')}>
                    {t.admin.nav}
                  </Link>
                </li>
              )}
              {can.administerProgrammes(session) && (
                <li>
                  <Link to={withProgramme('/organisations')} aria-current={here('/organisations')}>
                    {t.register.nav}
                  </Link>
                </li>
              )}
              {can.managePlatform(session) && (
                <li>
                  <Link to={withProgramme('/outbox')} aria-current={here('/outbox')}>
                    {t.governance.outbox}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
        {/* A slot of fixed size, so the header does not wrap anew when the programmes arrive. */}
        {session && (
          <div className="programme-slot">
            <ProgrammePicker programmes={programmes.programmes} programme={programmes.programme} />
          </div>
        )}
        {session && <NotificationBell />}
        {session && (
          <div className="user">
            <span>{t.auth.signedInAs(session.user.name, t.userRoles[roleIn(session, current) ?? 'VIEWER'])}</span>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t.auth.signOut}
            </button>
          </div>
        )}
        <div className="language">
          <label htmlFor="language">{t.language}</label>
          <select
            id="language"
            value={language}
            onChange={(e) => {
              const next = e.target.value as Language;
              setLanguage(next);
              // Signed in: mail and documents follow the choice too (best effort; the page has switched anyway).
              if (session) void request(SetMyLanguageDocument, { language: next }).catch(() => undefined);
            }}
          >
            {(Object.keys(LANGUAGES) as Language[]).map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGES[code].languageName}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {publicProgramme ? (
          <Suspense fallback={<p role="status">{t.common.loading}</p>}>
            <PublicDashboardPage programmeId={publicProgramme} />
          </Suspense>
        ) : session ? (
          <Suspense fallback={<p role="status">{t.common.loading}</p>}>
            <Route pathname={pathname} />
          </Suspense>
        ) : (
          <SignInPage />
        )}
      </main>
    </>
  );
}
