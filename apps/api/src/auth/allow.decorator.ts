import { SetMetadata } from '@nestjs/common';
import { PROGRAMME_EDITOR_ROLES, PROJECT_EDITOR_ROLES, SIGNED_IN_ROLES, type UserRole } from '@tvaers/domain';

export const ALLOW_KEY = 'tvaers:allow';
export const PUBLIC = 'PUBLIC' as const;
// The role groups are the domain's (libs/domain roles.ts), which the web app's menus use too.
export const SIGNED_IN = SIGNED_IN_ROLES;
export const PROGRAMME_EDITORS = PROGRAMME_EDITOR_ROLES;
/** Partners may also edit, but only projects their organisation takes part in (checked on write). */
export const PROJECT_EDITORS = PROJECT_EDITOR_ROLES;

export type Allowed = readonly UserRole[] | typeof PUBLIC;

/**
 * The one permission decorator: every query, mutation and export route names who may call it. The
 * guard denies anything without it, so a new operation is closed until someone decides.
 */
export const Allow = (allowed: Allowed) => SetMetadata(ALLOW_KEY, allowed);
