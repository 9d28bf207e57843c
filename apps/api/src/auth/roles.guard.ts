import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { ALLOW_KEY, type Allowed, PUBLIC } from './allow.decorator.js';
import { currentUser } from './request-context.js';

/**
 * Deny by default: a handler without @Allow is refused for everyone. With @Allow, PUBLIC lets anyone
 * in; otherwise the caller must be signed in with one of the listed roles.
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
    if (!allowed.includes(user.role)) throw new ForbiddenError(`The role ${user.role} may not do this`);
    return true;
  }
}
