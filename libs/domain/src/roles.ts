import type { UserRole } from './enums.js';

// Who may do what, as role groups that the API's permission decorator and the web app's menus and
// buttons share, so that the two cannot disagree about a role. A role here is the user's role in the
// programme at hand (ADMIN everywhere); row-level security and the partner scope narrow it further.

/** Everyone signed in. */
export const SIGNED_IN_ROLES = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR'] as const satisfies readonly UserRole[];
/** The programme's own office: creates and deletes projects, sets up the programme, manages its members. */
export const PROGRAMME_EDITOR_ROLES = ['ADMIN', 'PROGRAMME_OFFICE'] as const satisfies readonly UserRole[];
/** Those who edit a project's records: partners only on projects their organisation takes part in (checked on write). */
export const PROJECT_EDITOR_ROLES = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER'] as const satisfies readonly UserRole[];
