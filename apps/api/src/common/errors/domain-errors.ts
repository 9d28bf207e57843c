// Typed errors the services throw. The GraphQL layer maps each `code` to `extensions.code`; anything
// that is not a DomainError reaches clients only as a generic INTERNAL_SERVER_ERROR.

export interface FieldProblem {
  /** Dotted path of the input field, e.g. "input.targets.1.value". */
  field: string;
  reason: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly fields: FieldProblem[] = [];
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist`);
  }
}

/** Optimistic locking: someone else saved the row since the client read it. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(entity: string, id: string, expectedVersion: number, currentVersion: number) {
    super(
      `${entity} ${id} was changed by someone else (you edited version ${expectedVersion}, it is now version ${currentVersion}); reload and apply your change again`,
    );
  }
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  override readonly fields: FieldProblem[];
  constructor(fields: FieldProblem[]) {
    super(`Invalid input: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`);
    this.fields = fields;
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
}

export function invalidField(field: string, reason: string): InvalidInputError {
  return new InvalidInputError([{ field, reason }]);
}

/** No valid sign-in token. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first') {
    super(message);
  }
}

/** Signed in, but the role (or the partner's organisation) may not do this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
}

/** Seconds a client or load balancer should wait before sending a SERVICE_UNAVAILABLE request again. */
export const RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached right now (restarting, failing over); the request may be retried. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message = 'The database is not reachable right now; try again in a moment') {
    super(message);
  }
}
