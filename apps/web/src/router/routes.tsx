import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { currentSession } from '../lib/session';
import { App } from '../App';
import { ErrorPage, LoadingPage, NotFoundPage } from './pages';
import {
  type AppSearch,
  isUuid,
  parseSearch,
  stringifySearch,
  validateAppSearch,
  validateFilterSearch,
  validatePeriodSearch,
  validateRegisterSearch,
  validateRiskSearch,
  validateSignInSearch,
} from './search';

// Every page of the web app, with its path parameters and its query string typed: a link to a page
// that does not exist, or with a parameter it does not take, fails the type check. Each page is a chunk
// of its own, loaded when it is opened or when a link to it is pointed at: a visitor who is not signed
// in never downloads the dashboard's charts (main.tsx loads the first page beside the language).

const rootRoute = createRootRoute({
  validateSearch: validateAppSearch,
  // The programme a page is about stays in the address from page to page, unless a link names another.
  search: { middlewares: [retainSearchParams(['programme'])] },
  component: App,
  notFoundComponent: NotFoundPage,
});

/**
 * Every page but the sign-in and the public dashboard needs a signed-in user. A visitor who is not
 * signed in is sent to the sign-in page, which comes back to the page asked for; none of the signed-in
 * pages' code (the dashboard's charts above all) is downloaded before that.
 */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signedIn',
  beforeLoad: ({ location }) => {
    if (currentSession()) return;
    // A single sign-on's one-time code goes to the sign-in page, not into the address it returns to.
    const { signin, ...kept } = location.search as AppSearch & Record<string, unknown>;
    throw redirect({ to: '/sign-in', search: { signin, next: location.pathname + stringifySearch(kept) }, replace: true });
  },
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateSignInSearch,
  component: lazyRouteComponent(() => import('../features/auth/SignInPage'), 'SignInRoutePage'),
});

/** Ids in the path (a project's, a programme's) must be ids: anything else is a page that does not exist. */
const idsOnly = ({ params }: { params: Record<string, string> }) => {
  if (!Object.values(params).every(isUuid)) throw notFound();
};

const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  validateSearch: validateFilterSearch,
  component: lazyRouteComponent(() => import('../features/dashboard/DashboardPage'), 'DashboardPage'),
});
const projectsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/projects',
  validateSearch: validateFilterSearch,
  component: lazyRouteComponent(() => import('../features/projects/ProjectListPage'), 'ProjectListPage'),
});
const newProjectRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/projects/new',
  component: lazyRouteComponent(() => import('../features/office/ProjectNewPage'), 'ProjectNewPage'),
});
const projectRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/projects/$projectId',
  beforeLoad: idsOnly,
  component: lazyRouteComponent(() => import('../features/projects/ProjectPage'), 'ProjectRoutePage'),
});
const projectEditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/projects/$projectId/edit',
  beforeLoad: idsOnly,
  component: lazyRouteComponent(() => import('../features/office/ProjectEditPage'), 'ProjectEditRoutePage'),
});
const lifeEventsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/life-events',
  validateSearch: validateFilterSearch,
  component: lazyRouteComponent(() => import('../features/realisation/LifeEventsPage'), 'LifeEventsPage'),
});
const risksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/risks',
  validateSearch: validateRiskSearch,
  component: lazyRouteComponent(() => import('../features/governance/RiskListPage'), 'RiskListPage'),
});
const importRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../features/imports/ImportPage'), 'ImportPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../features/users/UsersPage'), 'UsersPage'),
});
const programmesAdminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/programmes',
  component: lazyRouteComponent(() => import('../features/admin/ProgrammesAdminPage'), 'ProgrammesAdminPage'),
});
const organisationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/organisations',
  validateSearch: validateRegisterSearch,
  component: lazyRouteComponent(() => import('../features/admin/OrganisationsPage'), 'OrganisationsPage'),
});
const outboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('../features/governance/OutboxPage'), 'OutboxPage'),
});
/** The public dashboard, without sign-in (see App). */
const publicDashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentlig/$programmeId',
  validateSearch: validatePeriodSearch,
  beforeLoad: idsOnly,
  component: lazyRouteComponent(() => import('../features/public/PublicDashboardPage'), 'PublicDashboardRoutePage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  publicDashboardRoute,
  signedInRoute.addChildren([
    dashboardRoute,
    projectsRoute,
    newProjectRoute,
    projectRoute,
    projectEditRoute,
    lifeEventsRoute,
    risksRoute,
    importRoute,
    auditRoute,
    usersRoute,
    programmesAdminRoute,
    organisationsRoute,
    outboxRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  // A page's code starts loading when a link to it is pointed at or focused.
  defaultPreload: 'intent',
  defaultPendingComponent: LoadingPage,
  defaultErrorComponent: ErrorPage,
  // A new page starts at the top; back and forward return to where the reader was.
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
