import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { MEMBERSHIP_ROLES } from '@tvaers/domain';
import { ALLOW_KEY, type Allowed, PUBLIC } from './allow.decorator.js';
import { currentContext, currentUser, isAdmin } from './request-context.js';

/**
 * Deny by default: a handler without @Allow is refused for everyone. With @Allow, PUBLIC lets anyone
 * in; otherwise the caller must be signed in, as ADMIN when ADMIN is listed, or with a membership whose
 * role is listed (in any programme: which programme an operation touches is checked where it is
 * known, in write-scope.ts and by row-level security). An operation open to every role is open to any
 * signed-in user, even one without memberships yet.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Allowed | undefined>(ALLOW_KEY, [context.getHandler(), context.getClass()]);
    if (allowed === undefined) throw new ForbiddenError(`${context.getHandler().name} declares no permission and is closed`);
    if (allowed === PUBLIC) return true;
    const user = currentUser();
    if (!user) throw new UnauthenticatedError();
    const request = currentContext();
    if (request) request.allowedRoles = allowed;
    if (
      isAdmin(user)
        ? allowed.includes('ADMIN')
        : MEMBERSHIP_ROLES.every((role) => allowed.includes(role)) || user.memberships.some((m) => allowed.includes(m.role))
    )
      return true;
    throw new ForbiddenError(
      isAdmin(user)
        ? 'An administrator may not do this'
        : `None of your roles (${[...new Set(user.memberships.map((m) => m.role))].join(', ') || 'no memberships'}) may do this`,
    );
  }
}
