import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@tvaers/domain';

export const ALLOW_KEY = 'tvaers:allow';
export const PUBLIC = 'PUBLIC' as const;
export const SIGNED_IN = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR'] as const satisfies readonly UserRole[];
export const EDITORS = ['ADMIN', 'PROGRAMME_OFFICE'] as const satisfies readonly UserRole[];
/** Partners may also edit, but only projects their organisation takes part in (checked on write). */
export const PROJECT_EDITORS = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER'] as const satisfies readonly UserRole[];

export type Allowed = readonly UserRole[] | typeof PUBLIC;

/**
 * The one permission decorator: every query, mutation and export route names who may call it. The
 * guard denies anything without it, so a new operation is closed until someone decides.
 */
export const Allow = (allowed: Allowed) => SetMetadata(ALLOW_KEY, allowed);
