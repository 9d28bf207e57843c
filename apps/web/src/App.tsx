import { Link, Outlet, useLocation, useMatch, useNavigate } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { type Language, LANGUAGE_NAMES, useI18n } from './i18n';
import { can, roleIn, useSession } from './lib/session';
import { request } from './lib/graphql';
import { SetMyLanguageDocument } from './generated/graphql';
import { signOut } from './features/auth/sign-out';
import { ProgrammePicker } from './features/dashboard/ProgrammePicker';
import { useProgrammes } from './features/dashboard/use-programme';
import { NotificationBell } from './features/governance/NotificationBell';
import { LoadingPage } from './router/pages';
import { useLeaveGuard } from './router/unsaved-changes';

// Only a visitor who is not signed in needs the sign-in page (and its form library); see also /sign-in.
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));

type NavPath =
  | '/'
  | '/projects'
  | '/life-events'
  | '/projects/new'
  | '/import'
  | '/audit'
  | '/users'
  | '/admin/programmes'
  | '/organisations'
  | '/outbox';

/** An entry of the main menu: current (aria-current) on its own page only, whatever the query string. */
function NavLink({ to, children }: { to: NavPath; children: ReactNode }) {
  return (
    <li>
      <Link to={to} activeOptions={{ exact: true, includeSearch: false }}>
        {children}
      </Link>
    </li>
  );
}

/** The frame of every page (the router's root): header, menu, language, and the page or the sign-in. */
export function App() {
  const { t, format, language, setLanguage } = useI18n();
  const session = useSession();
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  // The programme the header is about (chosen in the URL, else the first): roles are per programme.
  const programmes = useProgrammes(Boolean(session));
  const current = programmes.programme?.id;
  // An archived programme is read-only for everyone: its pages show it, the menu offers nothing to add.
  const archivedAt = programmes.programme?.archivedAt;
  const mayAddProjects = can.createProjects(session, programmes.programme);
  // The public dashboard needs no sign-in (and shows the same to everyone).
  const publicPage = useMatch({ from: '/offentlig/$programmeId', shouldThrow: false });
  const signInPage = useMatch({ from: '/sign-in', shouldThrow: false });
  useLeaveGuard(t.common.unsavedConfirm);
  // Move focus to the new page's content so screen-reader users hear the page change.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to="/" className="app-name" activeOptions={{ exact: true, includeSearch: false }}>
            {t.appName}
          </Link>
          <span className="tagline">{t.tagline}</span>
        </div>
        {session && (
          <nav aria-label={t.nav.main}>
            <ul>
              <NavLink to="/">{t.nav.dashboard}</NavLink>
              <NavLink to="/projects">{t.nav.projects}</NavLink>
              <NavLink to="/life-events">{t.realisation.lifeEventsNav}</NavLink>
              {mayAddProjects && <NavLink to="/projects/new">{t.nav.newProject}</NavLink>}
              {mayAddProjects && <NavLink to="/import">{t.imports.nav}</NavLink>}
              {can.readAudit(session, current) && <NavLink to="/audit">{t.nav.audit}</NavLink>}
              {can.manageUsers(session, current) && <NavLink to="/users">{t.users.nav}</NavLink>}
              {can.administerProgrammes(session) && <NavLink to="/admin/programmes">{t.admin.nav}</NavLink>}
              {can.administerProgrammes(session) && <NavLink to="/organisations">{t.register.nav}</NavLink>}
              {can.managePlatform(session) && <NavLink to="/outbox">{t.governance.outbox}</NavLink>}
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
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void signOut().then((away) => {
                  if (!away) void navigate({ to: '/' });
                })
              }
            >
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
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {/* A session that ends on a page (expired, signed out in another tab) shows the sign-in in its place. */}
        {publicPage || signInPage || session ? (
          <>
            {session && archivedAt && !publicPage && (
              <p className="notice" role="status">
                {t.filters.archivedNotice(format.date(archivedAt.slice(0, 10)))}
              </p>
            )}
            <Outlet />
          </>
        ) : (
          <Suspense fallback={<LoadingPage />}>
            <SignInPage />
          </Suspense>
        )}
      </main>
    </>
  );
}
